using System;
using System.Linq;
using Cor.Plugins.Decks;
using Cor.Plugins.Framework;
using Cor.Plugins.Meetings;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Xunit;

namespace Cor.Plugins.Tests;

public class DeckPluginTests : IDisposable
{
    private const string SecondDeckMessage =
        "The COR meeting 'Contoso COR' already has the deck 'Contoso Q1 deck', and a COR meeting has one deck. ";

    private readonly PluginTestHost host = PluginTestHost.Start();
    private readonly Guid meetingId;

    public DeckPluginTests()
    {
        meetingId = MeetingScenario.Create(host).MeetingId;
    }

    public void Dispose() => host.Dispose();

    private Entity Deck(Guid meeting, string name)
    {
        var deck = CorRecords.Deck(meeting, host.Emulator.CallerId, null);
        deck[DeckColumns.Name] = name;
        return deck;
    }

    private Guid? MeetingOf(Guid deckId) =>
        host.Retrieve(DeckColumns.Table, deckId, DeckColumns.MeetingId)
            .GetAttributeValue<EntityReference>(DeckColumns.MeetingId)?.Id;

    [Fact]
    public void Create_FirstDeck_ReadsOnce()
    {
        host.Emulator.ClearLogs();

        host.Service.Create(Deck(meetingId, "Contoso Q1 deck"));

        var calls = host.Emulator.ServiceCalls.Single();
        Assert.Equal(1, calls["RetrieveMultiple"]);
        Assert.Equal(2, calls.Total);
        Assert.Equal(1, host.Count(DeckColumns.Table));
    }

    [Fact]
    public void Create_SecondDeck_IsRejected()
    {
        host.Service.Create(Deck(meetingId, "Contoso Q1 deck"));

        var exception = Assert.Throws<InvalidPluginExecutionException>(
            () => host.Service.Create(Deck(meetingId, "Contoso Q2 deck")));

        Assert.Equal(
            SecondDeckMessage + "Update the deck 'Contoso Q1 deck' instead of adding another, or delete it first.",
            exception.Message);
        Assert.Equal(1, host.Count(DeckColumns.Table));
    }

    [Fact]
    public void Create_DeckOfOtherMeeting_Passes()
    {
        var otherMeetingId = MeetingScenario.Create(host).MeetingId;
        host.Service.Create(Deck(meetingId, "Contoso Q1 deck"));

        host.Service.Create(Deck(otherMeetingId, "Contoso Q2 deck"));

        Assert.Equal(2, host.Count(DeckColumns.Table));
    }

    [Fact]
    public void CreateMultiple_TwoDecksOneMeeting_StoresNone()
    {
        var decks = new[] { Deck(meetingId, "Contoso Q1 deck"), Deck(meetingId, "Contoso Q1 deck") };
        var targets = new EntityCollection(decks) { EntityName = DeckColumns.Table };

        var exception = Assert.Throws<InvalidPluginExecutionException>(
            () => host.Service.Execute(new CreateMultipleRequest { Targets = targets }));

        Assert.StartsWith(SecondDeckMessage, exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, host.Count(DeckColumns.Table));
    }

    [Fact]
    public void Update_MoveToMeetingWithDeck_IsRejected()
    {
        host.Service.Create(Deck(meetingId, "Contoso Q1 deck"));
        var otherMeetingId = MeetingScenario.Create(host).MeetingId;
        var movedId = host.Service.Create(Deck(otherMeetingId, "Contoso Q2 deck"));
        var move = new Entity(DeckColumns.Table, movedId)
        {
            [DeckColumns.MeetingId] = new EntityReference(MeetingColumns.Table, meetingId),
        };

        var exception = Assert.Throws<InvalidPluginExecutionException>(() => host.Service.Update(move));

        Assert.Equal(
            SecondDeckMessage + "Choose another meeting for this deck, or delete that deck first.",
            exception.Message);
        Assert.Equal(otherMeetingId, MeetingOf(movedId));
    }

    [Fact]
    public void Update_MoveToMeetingWithoutDeck_Passes()
    {
        var deckId = host.Service.Create(Deck(meetingId, "Contoso Q1 deck"));
        var otherMeetingId = MeetingScenario.Create(host).MeetingId;
        var move = new Entity(DeckColumns.Table, deckId)
        {
            [DeckColumns.MeetingId] = new EntityReference(MeetingColumns.Table, otherMeetingId),
        };

        host.Service.Update(move);

        Assert.Equal(otherMeetingId, MeetingOf(deckId));
    }

    [Fact]
    public void Update_SameMeeting_Passes()
    {
        var deckId = host.Service.Create(Deck(meetingId, "Contoso Q1 deck"));
        var update = new Entity(DeckColumns.Table, deckId)
        {
            [DeckColumns.MeetingId] = new EntityReference(MeetingColumns.Table, meetingId),
        };

        host.Service.Update(update);

        Assert.Equal(meetingId, MeetingOf(deckId));
        Assert.Single(host.ExecutionsOf<DeckPlugin>(MessageNames.Update));
    }
}
