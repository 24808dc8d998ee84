namespace Cor.Rules.Decks;

/// <summary>
/// Checks of the deck made when a meeting moves to Completed, under <see cref="RuleId.DeckReview"/>.
/// </summary>
public static class DeckReviewRules
{
    /// <summary>
    /// Returns a violation when the meeting has no deck, the deck is not Ready, or it has no reviewer other than its
    /// author.
    /// </summary>
    public static RuleViolation? CheckReviewed(Deck? deck)
    {
        var problem = FindProblem(deck);
        return problem == null ? null : new RuleViolation(RuleId.DeckReview, problem);
    }

    private static string? FindProblem(Deck? deck)
    {
        if (deck == null)
        {
            return "The meeting has no deck, but a COR meeting is completed only with a reviewed deck. "
                + "Add the deck that was presented and have it reviewed.";
        }

        if (deck.Status != DeckStatus.Ready)
        {
            var status = deck.Status?.ToString() ?? "empty";
            return $"The deck '{deck.Name}' has the status {status}, but a COR meeting is completed only with a "
                + "Ready deck. Set the deck's status to Ready once it is reviewed.";
        }

        if (deck.ReviewerId == null)
        {
            return $"The deck '{deck.Name}' has no reviewer, but someone other than its author reviews every deck. "
                + "Set the reviewer.";
        }

        if (deck.ReviewerId == deck.AuthorId)
        {
            return $"The deck '{deck.Name}' was reviewed by its own author, but someone other than the author reviews "
                + "every deck. Have another user review it and set that user as the reviewer.";
        }

        return null;
    }
}
