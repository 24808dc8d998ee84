using Cor.Rules.Decks;
using Xunit;

namespace Cor.Rules.Tests;

public class MeetingDeckRulesTests
{
    [Fact]
    public void NoOtherDeck_Passes()
    {
        Assert.Null(MeetingDeckRules.CheckNoOtherDeck("Contoso COR", existingDeckName: null, movesDeck: false));
    }

    [Fact]
    public void SecondDeck_NamesMeetingAndDeck()
    {
        var message = MeetingDeckRules.CheckNoOtherDeck("Contoso COR", "Q1 deck", movesDeck: false);

        Assert.Equal(
            "The COR meeting 'Contoso COR' already has the deck 'Q1 deck', and a COR meeting has one deck. "
            + "Update the deck 'Q1 deck' instead of adding another, or delete it first.",
            message);
    }

    [Fact]
    public void MovedDeck_AsksForAnotherMeeting()
    {
        var message = MeetingDeckRules.CheckNoOtherDeck("Contoso COR", "Q1 deck", movesDeck: true);

        Assert.Equal(
            "The COR meeting 'Contoso COR' already has the deck 'Q1 deck', and a COR meeting has one deck. "
            + "Choose another meeting for this deck, or delete that deck first.",
            message);
    }
}
