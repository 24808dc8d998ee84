namespace Cor.Plugins.Decks;

/// <summary>
/// Logical names of the cor_partnershipgoal table and the columns the goal rules read.
/// </summary>
public static class GoalColumns
{
    public const string Table = "cor_partnershipgoal";
    public const string Id = "cor_partnershipgoalid";
    public const string DeckId = "cor_deckid";
    public const string Name = "cor_name";
    public const string Description = "cor_description";
    public const string Rank = "cor_rank";
}
