using System;

namespace Cor.Rules.Decks;

/// <summary>
/// Deck of a meeting with the columns that the review rule checks: status, author and reviewer.
/// </summary>
public sealed class Deck
{
    public Deck(string name, DeckStatus? status, Guid? authorId, Guid? reviewerId)
    {
        Name = name;
        Status = status;
        AuthorId = authorId;
        ReviewerId = reviewerId;
    }

    public string Name { get; }

    public DeckStatus? Status { get; }

    /// <summary>System user who wrote the deck, or null when none is set.</summary>
    public Guid? AuthorId { get; }

    /// <summary>System user who reviewed the deck, or null when none is set.</summary>
    public Guid? ReviewerId { get; }
}
