using System;

namespace Cor.Emulator.Tests;

/// <summary>A clock that stays at one instant unless a test moves it.</summary>
internal sealed class FixedClock : TimeProvider
{
    public FixedClock(DateTimeOffset now)
    {
        Now = now;
    }

    public DateTimeOffset Now { get; set; }

    public override DateTimeOffset GetUtcNow() => Now;
}
