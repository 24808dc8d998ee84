using System;
using Cor.Rules.Decks;

namespace Cor.Plugins.Decks;

/// <summary>
/// Stored deck: its id, for reading its goals, and what the review rule checks.
/// </summary>
public sealed class DeckRecord
{
    public DeckRecord(Guid id, Deck deck)
    {
        Id = id;
        Deck = deck;
    }

    public Guid Id { get; }

    public Deck Deck { get; }
}
