using System;
using Microsoft.Xrm.Sdk;

namespace Cor.Plugins.Decks;

/// <summary>
/// Partnership goal as saved: its id, deck and rank, from the pre-image and the Target.
/// </summary>
public sealed class GoalChange
{
    private GoalChange(Guid id, Guid? deckId, int? rank)
    {
        Id = id;
        DeckId = deckId;
        Rank = rank;
    }

    /// <summary>Id of the goal, or Guid.Empty when the Target of a Create carries no id.</summary>
    public Guid Id { get; }

    public Guid? DeckId { get; }

    public int? Rank { get; }

    public static GoalChange From(Entity merged) =>
        new(
            merged.Id,
            merged.GetAttributeValue<EntityReference>(GoalColumns.DeckId)?.Id,
            merged.GetAttributeValue<int?>(GoalColumns.Rank));
}
