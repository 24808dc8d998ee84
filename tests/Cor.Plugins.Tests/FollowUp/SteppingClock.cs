using System;

namespace Cor.Plugins.Tests.FollowUp;

/// <summary>
/// Clock that returns a set time until a test moves it, so a task can be completed hours after the meeting closed.
/// </summary>
internal sealed class SteppingClock : TimeProvider
{
    private DateTimeOffset now;

    public SteppingClock(DateTime utcNow)
    {
        now = new DateTimeOffset(utcNow, TimeSpan.Zero);
    }

    public DateTime UtcNow => now.UtcDateTime;

    public override DateTimeOffset GetUtcNow() => now;

    public void Set(DateTime utcNow) => now = new DateTimeOffset(utcNow, TimeSpan.Zero);
}
