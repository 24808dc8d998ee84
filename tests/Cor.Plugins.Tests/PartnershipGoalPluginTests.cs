using System;
using System.Linq;
using Cor.Plugins.Decks;
using Cor.Plugins.Framework;
using Cor.Rules.Settings;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Xunit;

namespace Cor.Plugins.Tests;

public class PartnershipGoalPluginTests : IDisposable
{
    private const string FourthGoalMessage =
        "This request gives the deck 'Contoso Q1 deck' 4 partnership goals, but a deck has at most 3. "
        + "Remove goals from the request or from the deck.";

    private readonly PluginTestHost host = PluginTestHost.Start();
    private readonly Guid deckId;

    public PartnershipGoalPluginTests()
    {
        var meeting = MeetingScenario.Create(host);
        deckId = host.Service.Create(CorRecords.Deck(meeting.MeetingId, host.Emulator.CallerId, null));
    }

    public void Dispose() => host.Dispose();

    private int? Rank(Guid goalId) =>
        host.Retrieve(GoalColumns.Table, goalId, GoalColumns.Rank).GetAttributeValue<int?>(GoalColumns.Rank);

    private DateTime? GoalsBreachedOn() =>
        host.Retrieve(DeckColumns.Table, deckId, DeckColumns.GoalsBreachedOn)
            .GetAttributeValue<DateTime?>(DeckColumns.GoalsBreachedOn);

    private void CreateThreeGoals()
    {
        for (var rank = 1; rank <= 3; rank++)
        {
            host.Service.Create(CorRecords.Goal(deckId, rank));
        }
    }

    [Fact]
    public void Create_FourthGoal_IsRejected()
    {
        CreateThreeGoals();
        var fourth = CorRecords.Goal(deckId, 3);

        var exception = Assert.Throws<InvalidPluginExecutionException>(() => host.Service.Create(fourth));

        Assert.StartsWith(FourthGoalMessage, exception.Message, StringComparison.Ordinal);
        Assert.Equal(3, host.Count(GoalColumns.Table));
    }

    [Fact]
    public void Create_DuplicateRank_IsRejected()
    {
        host.Service.Create(CorRecords.Goal(deckId, 1));

        var duplicate = CorRecords.Goal(deckId, 1);

        var exception = Assert.Throws<InvalidPluginExecutionException>(() => host.Service.Create(duplicate));

        Assert.Equal(
            "This request gives the deck 'Contoso Q1 deck' 2 goals at rank 1: goal 1 'Goal 1' and goal 1 'Goal 1', "
            + "but each goal of a deck has its own rank. Give each of them a different rank from 1 to 3.",
            exception.Message);
        Assert.Equal(1, host.Count(GoalColumns.Table));
    }

    [Fact]
    public void Create_RankAboveConfiguredMax_IsRejected()
    {
        // The column's MaxValue 3 rejects a rank of 4 before any plugin runs, so a lower maximum tests the plugin.
        host.SetVariable(SettingDefinitions.MaxPartnershipGoals.SchemaName, "2");
        var goal = CorRecords.Goal(deckId, 3);

        var exception = Assert.Throws<InvalidPluginExecutionException>(() => host.Service.Create(goal));

        Assert.Equal(
            "The partnership goal's rank is 3, but a goal is ranked from 1 to 2. Set a rank from 1 to 2.",
            exception.Message);
        Assert.Equal(0, host.Count(GoalColumns.Table));
    }

    [Fact]
    public void Update_RankToTaken_IsRejected()
    {
        host.Service.Create(CorRecords.Goal(deckId, 1));
        var secondId = host.Service.Create(CorRecords.Goal(deckId, 2));

        var exception = Assert.Throws<InvalidPluginExecutionException>(() => host.Service.Update(
            new Entity(GoalColumns.Table, secondId) { [GoalColumns.Rank] = 1 }));

        var expected = "This request gives the deck 'Contoso Q1 deck' 2 goals at rank 1: goal 1 'Goal 2' and goal 1 "
            + "'Goal 1',";
        Assert.StartsWith(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_RankToFree_Passes()
    {
        var id = host.Service.Create(CorRecords.Goal(deckId, 1));

        host.Service.Update(new Entity(GoalColumns.Table, id) { [GoalColumns.Rank] = 3 });

        Assert.Equal(3, Rank(id));
    }

    [Fact]
    public void CreateMultiple_FourGoals_StoresNone()
    {
        var goals = Enumerable.Range(1, 4).Select(r => CorRecords.Goal(deckId, Math.Min(r, 3))).ToList();
        var targets = new EntityCollection(goals) { EntityName = GoalColumns.Table };

        var exception = Assert.Throws<InvalidPluginExecutionException>(
            () => host.Service.Execute(new CreateMultipleRequest { Targets = targets }));

        Assert.StartsWith(FourthGoalMessage, exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, host.Count(GoalColumns.Table));
    }

    [Fact]
    public void CreateMultiple_TwoAtRankOne_NamesBoth()
    {
        var first = CorRecords.Goal(deckId, 1);
        first[GoalColumns.Name] = "G1";
        var second = CorRecords.Goal(deckId, 1);
        second[GoalColumns.Name] = "G2";
        var targets = new EntityCollection(new[] { first, second }) { EntityName = GoalColumns.Table };

        var exception = Assert.Throws<InvalidPluginExecutionException>(
            () => host.Service.Execute(new CreateMultipleRequest { Targets = targets }));

        var expected = "This request gives the deck 'Contoso Q1 deck' 2 goals at rank 1: goal 1 'G1' and goal 1 'G2',";
        Assert.StartsWith(expected, exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, host.Count(GoalColumns.Table));
    }

    [Fact]
    public void CreateMultiple_ThreeGoals_RunsPerRecord()
    {
        var targets = new EntityCollection(Enumerable.Range(1, 3).Select(r => CorRecords.Goal(deckId, r)).ToList())
        {
            EntityName = GoalColumns.Table,
        };
        host.Emulator.ClearLogs();

        host.Service.Execute(new CreateMultipleRequest { Targets = targets });

        Assert.Equal(3, host.Count(GoalColumns.Table));
        Assert.Equal(3, host.ExecutionsOf<PartnershipGoalPlugin>(MessageNames.Create).Count);
        Assert.Empty(host.ExecutionsOf<PartnershipGoalPlugin>("CreateMultiple"));
    }

    [Fact]
    public void FourthGoal_AtRecord_StampsDeck()
    {
        host.SetVariable(SettingDefinitions.PartnershipGoalsLevel.SchemaName, "Record");
        CreateThreeGoals();
        host.Emulator.ClearLogs();

        host.Service.Create(CorRecords.Goal(deckId, 2));

        Assert.Equal(4, host.Count(GoalColumns.Table));
        Assert.Equal(PluginTestHost.Now, GoalsBreachedOn());
        var execution = Assert.Single(host.ExecutionsOf<PartnershipGoalPlugin>(MessageNames.Create));
        var expected = "Recorded a breach of PartnershipGoals in cor_goalsbreachedon: " + FourthGoalMessage;
        Assert.Contains(expected, execution.TraceText, StringComparison.Ordinal);
    }

    [Fact]
    public void SecondBreach_AtRecord_KeepsFirstTime()
    {
        host.SetVariable(SettingDefinitions.PartnershipGoalsLevel.SchemaName, "Record");
        var earlier = PluginTestHost.Now.AddDays(-2);
        host.Service.Update(new Entity(DeckColumns.Table, deckId) { [DeckColumns.GoalsBreachedOn] = earlier });
        CreateThreeGoals();

        host.Service.Create(CorRecords.Goal(deckId, 3));

        Assert.Equal(4, host.Count(GoalColumns.Table));
        Assert.Equal(earlier, GoalsBreachedOn());
    }

    [Fact]
    public void FourthGoal_AtEnforce_StampsNothing()
    {
        CreateThreeGoals();

        Assert.Throws<InvalidPluginExecutionException>(() => host.Service.Create(CorRecords.Goal(deckId, 1)));

        Assert.Equal(3, host.Count(GoalColumns.Table));
        Assert.Null(GoalsBreachedOn());
    }

    [Fact]
    public void FourthGoal_AtOff_IsSavedWithoutQuery()
    {
        host.SetVariable(SettingDefinitions.PartnershipGoalsLevel.SchemaName, "Off");
        CreateThreeGoals();
        host.Emulator.ClearLogs();

        host.Service.Create(CorRecords.Goal(deckId, 3));

        Assert.Equal(4, host.Count(GoalColumns.Table));
        var execution = Assert.Single(host.ExecutionsOf<PartnershipGoalPlugin>(MessageNames.Create));
        Assert.Contains("Skipped: The rule PartnershipGoals is Off.", execution.TraceText, StringComparison.Ordinal);
        Assert.Null(GoalsBreachedOn());
    }

    [Fact]
    public void MaxGoals_ConfiguredValue_IsUsed()
    {
        host.SetVariable(SettingDefinitions.MaxPartnershipGoals.SchemaName, "2");
        host.Service.Create(CorRecords.Goal(deckId, 1));
        host.Service.Create(CorRecords.Goal(deckId, 2));

        var exception = Assert.Throws<InvalidPluginExecutionException>(
            () => host.Service.Create(CorRecords.Goal(deckId, 1)));

        var expected = "This request gives the deck 'Contoso Q1 deck' 3 partnership goals, but a deck has at most 2.";
        Assert.StartsWith(expected, exception.Message, StringComparison.Ordinal);
        Assert.Equal(2, host.Count(GoalColumns.Table));
    }

    [Fact]
    public void UpdateMultiple_SwapRanks_Passes()
    {
        var first = host.Service.Create(CorRecords.Goal(deckId, 1));
        var second = host.Service.Create(CorRecords.Goal(deckId, 2));
        var targets = new EntityCollection(new[]
        {
            new Entity(GoalColumns.Table, first) { [GoalColumns.Rank] = 2 },
            new Entity(GoalColumns.Table, second) { [GoalColumns.Rank] = 1 },
        })
        {
            EntityName = GoalColumns.Table,
        };

        host.Service.Execute(new UpdateMultipleRequest { Targets = targets });

        Assert.Equal(2, Rank(first));
        Assert.Equal(1, Rank(second));
    }

    [Fact]
    public void Update_MoveToFullDeck_IsRejected()
    {
        CreateThreeGoals();
        var otherMeeting = MeetingScenario.Create(host);
        var otherDeckId = host.Service.Create(CorRecords.Deck(otherMeeting.MeetingId, host.Emulator.CallerId, null));
        var movedId = host.Service.Create(CorRecords.Goal(otherDeckId, 1));
        var move = new Entity(GoalColumns.Table, movedId)
        {
            [GoalColumns.DeckId] = new EntityReference(DeckColumns.Table, deckId),
        };

        var exception = Assert.Throws<InvalidPluginExecutionException>(() => host.Service.Update(move));

        Assert.StartsWith(FourthGoalMessage, exception.Message, StringComparison.Ordinal);
    }
}
