namespace Cor.Rules.Decks;

/// <summary>
/// Partnership goal of a deck: its rank, its description and how many KPIs measure it.
/// </summary>
public sealed class PartnershipGoal
{
    public PartnershipGoal(int? rank, string? description, int kpiCount)
    {
        Rank = rank;
        Description = description;
        KpiCount = kpiCount;
    }

    /// <summary>Rank within the deck, 1 for the most important goal, or null when none is set.</summary>
    public int? Rank { get; }

    public string? Description { get; }

    public int KpiCount { get; }

    /// <summary>Returns how a message names the goal, for example "goal 2 'Grow adoption'".</summary>
    public override string ToString()
    {
        var rank = Rank.HasValue ? "goal " + Rank.Value : "goal without rank";
        return string.IsNullOrWhiteSpace(Description) ? rank : $"{rank} '{Description}'";
    }
}
