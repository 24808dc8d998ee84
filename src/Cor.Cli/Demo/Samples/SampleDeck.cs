using System.Collections.Generic;

namespace Cor.Cli.Demo.Samples;

/// <summary>The deck presented in a sample meeting, with its author and reviewer named by user key.</summary>
internal sealed record SampleDeck(
    string Name,
    string Author,
    string Reviewer,
    IReadOnlyList<SampleGoal> Goals,
    string? BusinessObjectives = null,
    string? ProgressToDate = null,
    string? NextPartnershipSteps = null);
