using System;

namespace Cor.Rules.Decks;

/// <summary>
/// Progress of a KPI from its baseline toward its target.
/// </summary>
public static class KpiProgress
{
    /// <summary>
    /// Returns the share of the way from baseline to target that the current value has covered, in percent and
    /// rounded to two decimals: 0 at the baseline, 100 at the target. It can be below 0 or above 100, and works for
    /// targets below the baseline too. Returns null when a value is missing or the target equals the baseline.
    /// </summary>
    public static decimal? ComputePercent(decimal? baseline, decimal? target, decimal? current)
    {
        if (baseline == null || target == null || current == null || target == baseline)
        {
            return null;
        }

        var percent = (current.Value - baseline.Value) / (target.Value - baseline.Value) * 100m;
        return Math.Round(percent, 2, MidpointRounding.AwayFromZero);
    }
}
