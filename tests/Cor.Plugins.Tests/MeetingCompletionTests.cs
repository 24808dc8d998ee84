using System;
using System.Linq;
using Cor.Emulator;
using Cor.Plugins.Decks;
using Cor.Plugins.Meetings;
using Cor.Rules.Meetings;
using Cor.Rules.Settings;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Cor.Plugins.Tests;

public class MeetingCompletionTests : IDisposable
{
    private readonly PluginTestHost host = PluginTestHost.Start();

    public void Dispose() => host.Dispose();

    [Fact]
    public void Completed_Valid_StampsNothing()
    {
        var scenario = MeetingScenario.Create(host).WithCompletionRecords().MoveTo(MeetingStatus.Confirmed);

        scenario.Update(MeetingStatus.Completed);

        Assert.Equal(MeetingStatus.Completed, scenario.Status);
        Assert.Null(scenario.BreachedOn(MeetingColumns.DeckReviewBreachedOn));
        Assert.Null(scenario.BreachedOn(MeetingColumns.FollowUpBreachedOn));
    }

    [Fact]
    public void Completed_ReadsEachKindOnce()
    {
        var withRules = CountCompletionQueries(host);
        using var otherHost = PluginTestHost.Start();
        otherHost.SetVariable(SettingDefinitions.DeckReviewLevel.SchemaName, "Off");
        otherHost.SetVariable(SettingDefinitions.PartnershipGoalsLevel.SchemaName, "Off");
        var withoutRules = CountCompletionQueries(otherHost);

        // The deck rules add one query each for the deck, its goals and their KPIs. The follow-up rule stays on in
        // both counts, because the follow-up plugins on the same Update also read its level and act on it.
        Assert.Equal(3, withRules["RetrieveMultiple"] - withoutRules["RetrieveMultiple"]);
        Assert.Equal(withoutRules["Retrieve"], withRules["Retrieve"]);
    }

    private static ServiceCallCount CountCompletionQueries(PluginTestHost testHost)
    {
        var scenario = MeetingScenario.Create(testHost).WithCompletionRecords().MoveTo(MeetingStatus.Confirmed);
        testHost.Emulator.ClearLogs();
        scenario.Update(MeetingStatus.Completed);
        return testHost.Emulator.ServiceCalls.Single();
    }

    [Theory]
    [InlineData("Enforce")]
    [InlineData("Record")]
    [InlineData("Off")]
    public void DeckReview_ByAuthor_FollowsLevel(string level)
    {
        host.SetVariable(SettingDefinitions.DeckReviewLevel.SchemaName, level);
        var scenario = MeetingScenario.Create(host)
            .WithCompletionRecords(reviewerId: host.Emulator.CallerId)
            .MoveTo(MeetingStatus.Confirmed);

        var exception = Record.Exception(() => scenario.Update(MeetingStatus.Completed));

        AssertOutcome(level, exception, scenario, MeetingColumns.DeckReviewBreachedOn,
            "The deck 'Contoso Q1 deck' was reviewed by its own author");
    }

    [Theory]
    [InlineData("Enforce")]
    [InlineData("Record")]
    [InlineData("Off")]
    public void GoalWithoutKpi_FollowsLevel(string level)
    {
        host.SetVariable(SettingDefinitions.PartnershipGoalsLevel.SchemaName, level);
        var scenario = MeetingScenario.Create(host).WithCompletionRecords(kpi: false).MoveTo(MeetingStatus.Confirmed);

        var exception = Record.Exception(() => scenario.Update(MeetingStatus.Completed));

        AssertOutcome(level, exception, scenario, breachColumn: null,
            "On the deck 'Contoso Q1 deck', goal 1 'Goal 1' has no KPI");
    }

    [Theory]
    [InlineData("Enforce")]
    [InlineData("Record")]
    [InlineData("Off")]
    public void FollowUp_NoSummary_FollowsLevel(string level)
    {
        host.SetVariable(SettingDefinitions.FollowUpLevel.SchemaName, level);
        var scenario = MeetingScenario.Create(host).WithCompletionRecords().MoveTo(MeetingStatus.Confirmed);
        scenario.SetSummary(" ");

        var exception = Record.Exception(() => scenario.Update(MeetingStatus.Completed));

        AssertOutcome(level, exception, scenario, MeetingColumns.FollowUpBreachedOn, "The meeting has no summary");
    }

    [Fact]
    public void FollowUp_StepWithoutDueDate_IsRecorded()
    {
        var scenario = MeetingScenario.Create(host).WithCompletionRecords().MoveTo(MeetingStatus.Confirmed);
        host.Service.Create(CorRecords.NextStep(scenario.MeetingId, dueDate: null));

        scenario.Update(MeetingStatus.Completed);

        Assert.Equal(PluginTestHost.Now, scenario.BreachedOn(MeetingColumns.FollowUpBreachedOn));
    }

    [Fact]
    public void Goals_NoDeck_IsRejected()
    {
        var scenario = MeetingScenario.Create(host).MoveTo(MeetingStatus.Confirmed);
        scenario.SetSummary("Done.");

        var exception = Assert.Throws<InvalidPluginExecutionException>(() => scenario.Update(MeetingStatus.Completed));

        Assert.StartsWith("The meeting has no deck, so it has none of the 1 to 3 partnership goals", exception.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Goals_EmptyDeck_IsRejected()
    {
        var scenario = MeetingScenario.Create(host).WithCompletionRecords().MoveTo(MeetingStatus.Confirmed);
        var goals = host.Service.RetrieveMultiple(new QueryExpression(GoalColumns.Table)).Entities;
        foreach (var goal in goals)
        {
            host.Service.Delete(GoalColumns.Table, goal.Id);
        }

        var exception = Assert.Throws<InvalidPluginExecutionException>(() => scenario.Update(MeetingStatus.Completed));

        Assert.StartsWith(
            "The deck 'Contoso Q1 deck' has 0 partnership goals", exception.Message, StringComparison.Ordinal);
    }

    private static void AssertOutcome(
        string level, Exception? exception, MeetingScenario scenario, string? breachColumn, string messageStart)
    {
        if (level == "Enforce")
        {
            var rejection = Assert.IsType<InvalidPluginExecutionException>(exception);
            Assert.StartsWith(messageStart, rejection.Message, StringComparison.Ordinal);
            Assert.Equal(MeetingStatus.Confirmed, scenario.Status);
            return;
        }

        Assert.Null(exception);
        Assert.Equal(MeetingStatus.Completed, scenario.Status);
        if (breachColumn != null)
        {
            var expected = level == "Record" ? PluginTestHost.Now : (DateTime?)null;
            Assert.Equal(expected, scenario.BreachedOn(breachColumn));
        }
    }
}
