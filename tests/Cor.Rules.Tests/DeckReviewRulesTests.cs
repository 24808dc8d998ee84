using System;
using Cor.Rules.Decks;
using Xunit;

namespace Cor.Rules.Tests;

public class DeckReviewRulesTests
{
    private static readonly Guid Author = Guid.NewGuid();
    private static readonly Guid Reviewer = Guid.NewGuid();

    [Fact]
    public void Review_ReadyWithOtherReviewer_Passes()
    {
        Assert.Null(DeckReviewRules.CheckReviewed(new Deck("Q1", DeckStatus.Ready, Author, Reviewer)));
    }

    [Fact]
    public void Review_NoDeck_Fails()
    {
        var violation = DeckReviewRules.CheckReviewed(null);

        Assert.NotNull(violation);
        Assert.Equal(RuleId.DeckReview, violation.Rule);
        Assert.StartsWith("The meeting has no deck", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_DraftDeck_NamesStatus()
    {
        var violation = DeckReviewRules.CheckReviewed(new Deck("Q1", DeckStatus.Draft, Author, Reviewer));

        Assert.NotNull(violation);
        Assert.StartsWith("The deck 'Q1' has the status Draft", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_NoReviewer_Fails()
    {
        var violation = DeckReviewRules.CheckReviewed(new Deck("Q1", DeckStatus.Ready, Author, null));

        Assert.NotNull(violation);
        Assert.StartsWith("The deck 'Q1' has no reviewer", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_AuthorReviewed_Fails()
    {
        var violation = DeckReviewRules.CheckReviewed(new Deck("Q1", DeckStatus.Ready, Author, Author));

        Assert.NotNull(violation);
        Assert.StartsWith("The deck 'Q1' was reviewed by its own author", violation.Message, StringComparison.Ordinal);
    }
}
