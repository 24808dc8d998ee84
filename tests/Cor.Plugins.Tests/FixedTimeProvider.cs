using System;

namespace Cor.Plugins.Tests;

/// <summary>
/// Clock that always returns the same time, so lead times and breach stamps are exact in assertions.
/// </summary>
internal sealed class FixedTimeProvider : TimeProvider
{
    private readonly DateTimeOffset now;

    public FixedTimeProvider(DateTime utcNow)
    {
        now = new DateTimeOffset(utcNow, TimeSpan.Zero);
    }

    public override DateTimeOffset GetUtcNow() => now;
}
