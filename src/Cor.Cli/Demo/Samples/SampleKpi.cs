namespace Cor.Cli.Demo.Samples;

/// <summary>A KPI of a partnership goal: its unit and the baseline, target and current values in that unit.</summary>
internal sealed record SampleKpi(string Name, string Unit, decimal Baseline, decimal Target, decimal Current);
