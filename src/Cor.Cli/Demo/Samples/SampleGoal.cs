using System.Collections.Generic;

namespace Cor.Cli.Demo.Samples;

/// <summary>A partnership goal of a sample deck, ranked from 1, with the KPIs that measure it.</summary>
internal sealed record SampleGoal(int Rank, string Description, IReadOnlyList<SampleKpi> Kpis);
