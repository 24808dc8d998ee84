using System;

namespace Cor.Cli.Demo.Scenario;

/// <summary>
/// The emulator's clock during the demo: it starts at the real time and moves only when the scenario moves it, for
/// example to the end of a meeting, so that time-based rules see the times the scenario describes.
/// </summary>
internal sealed class DemoClock : TimeProvider
{
    private DateTimeOffset utcNow;

    public DemoClock(DateTimeOffset start)
    {
        utcNow = start.ToUniversalTime();
    }

    public override DateTimeOffset GetUtcNow() => utcNow;

    /// <summary>Moves the clock forward to the given time. Throws when the time is earlier than the clock's time.</summary>
    public void MoveTo(DateTime utcTime)
    {
        var target = new DateTimeOffset(DateTime.SpecifyKind(utcTime, DateTimeKind.Utc));
        if (target < utcNow)
        {
            throw new ArgumentOutOfRangeException(
                nameof(utcTime), utcTime, $"The demo clock moves only forward, and it is already at {utcNow:u}.");
        }

        utcNow = target;
    }
}
