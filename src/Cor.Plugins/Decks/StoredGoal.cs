using System;
using Cor.Rules.Decks;

namespace Cor.Plugins.Decks;

/// <summary>
/// Partnership goal read from the database, with its id and deck.
/// </summary>
public sealed class StoredGoal
{
    public StoredGoal(Guid id, Guid deckId, PartnershipGoal goal)
    {
        Id = id;
        DeckId = deckId;
        Goal = goal;
    }

    public Guid Id { get; }

    public Guid DeckId { get; }

    public PartnershipGoal Goal { get; }
}
