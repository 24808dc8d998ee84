using System;
using Cor.Rules.Decks;

namespace Cor.Plugins.Decks;

/// <summary>
/// Stored deck: its id, for reading its goals, what the review rule checks, and the goals rule's breach time.
/// </summary>
public sealed class DeckRecord
{
    public DeckRecord(Guid id, Deck deck, DateTime? goalsBreachedOn)
    {
        Id = id;
        Deck = deck;
        GoalsBreachedOn = goalsBreachedOn;
    }

    public Guid Id { get; }

    public Deck Deck { get; }

    /// <summary>Stored cor_goalsbreachedon, or null when the goals rule has no recorded breach on the deck.</summary>
    public DateTime? GoalsBreachedOn { get; }
}
