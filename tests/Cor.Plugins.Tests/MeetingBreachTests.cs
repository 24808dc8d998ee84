using System;
using Cor.Plugins.Decks;
using Cor.Plugins.Framework;
using Cor.Plugins.Meetings;
using Cor.Rules.Meetings;
using Cor.Rules.Settings;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Cor.Plugins.Tests;

/// <summary>
/// Breach columns of the agenda, duration, customer attendee, status transition and goals rules at each level.
/// </summary>
public class MeetingBreachTests : IDisposable
{
    private static readonly DateTime EarlierBreach = PluginTestHost.Now.AddDays(-5);

    private readonly PluginTestHost host = PluginTestHost.Start();

    public void Dispose() => host.Dispose();

    [Theory]
    [InlineData("Enforce")]
    [InlineData("Record")]
    [InlineData("Off")]
    public void Agenda_Blank_FollowsLevel(string level)
    {
        host.SetVariable(SettingDefinitions.AgendaLevel.SchemaName, level);

        var exception = Record.Exception(() => host.Service.Create(CorRecords.Meeting(agenda: null)));

        AssertCreateOutcome(level, exception, MeetingColumns.AgendaBreachedOn, "The meeting has no agenda");
    }

    [Theory]
    [InlineData("Enforce")]
    [InlineData("Record")]
    [InlineData("Off")]
    public void Duration_TooLong_FollowsLevel(string level)
    {
        host.SetVariable(SettingDefinitions.DurationLevel.SchemaName, level);

        var exception = Record.Exception(() => host.Service.Create(CorRecords.Meeting(minutes: 90)));

        AssertCreateOutcome(level, exception, MeetingColumns.DurationBreachedOn, "The meeting is scheduled for 90 minutes");
    }

    [Theory]
    [InlineData("Enforce")]
    [InlineData("Record")]
    [InlineData("Off")]
    public void CustomerAttendee_Missing_FollowsLevel(string level)
    {
        host.SetVariable(SettingDefinitions.CustomerAttendeeLevel.SchemaName, level);
        var meetingId = host.Service.Create(CorRecords.Meeting());
        var scenario = MeetingScenario.Existing(host, meetingId);

        var exception = Record.Exception(() => scenario.Update(MeetingStatus.Planned));

        AssertUpdateOutcome(level, exception, scenario, MeetingStatus.Draft, MeetingStatus.Planned,
            MeetingColumns.AttendeeBreachedOn);
    }

    [Theory]
    [InlineData("Enforce")]
    [InlineData("Record")]
    [InlineData("Off")]
    public void Transition_SkipsPlanned_FollowsLevel(string level)
    {
        host.SetVariable(SettingDefinitions.StatusTransitionLevel.SchemaName, level);
        var scenario = MeetingScenario.Create(host);

        var exception = Record.Exception(() => scenario.Update(MeetingStatus.Confirmed));

        AssertUpdateOutcome(level, exception, scenario, MeetingStatus.Draft, MeetingStatus.Confirmed,
            MeetingColumns.TransitionBreachedOn);
    }

    [Theory]
    [InlineData("Enforce")]
    [InlineData("Record")]
    [InlineData("Off")]
    public void Goals_CompletedWithoutKpi_StampsDeck(string level)
    {
        host.SetVariable(SettingDefinitions.PartnershipGoalsLevel.SchemaName, level);
        var scenario = MeetingScenario.Create(host).WithCompletionRecords(kpi: false).MoveTo(MeetingStatus.Confirmed);
        var deckId = host.Service.RetrieveMultiple(new QueryExpression(DeckColumns.Table)).Entities[0].Id;

        var exception = Record.Exception(() => scenario.Update(MeetingStatus.Completed));

        var expectedStatus = level == "Enforce" ? MeetingStatus.Confirmed : MeetingStatus.Completed;
        Assert.Equal(level == "Enforce", exception is InvalidPluginExecutionException);
        Assert.Equal(expectedStatus, scenario.Status);
        var expectedStamp = level == "Record" ? PluginTestHost.Now : (DateTime?)null;
        Assert.Equal(expectedStamp, DeckGoalsBreachedOn(deckId));
    }

    [Fact]
    public void Goals_NoDeckAtRecord_TracesOnly()
    {
        host.SetVariable(SettingDefinitions.PartnershipGoalsLevel.SchemaName, "Record");
        var scenario = MeetingScenario.Create(host).MoveTo(MeetingStatus.Confirmed);
        scenario.SetSummary("Agreed the scope.");
        host.Emulator.ClearLogs();

        scenario.Update(MeetingStatus.Completed);

        Assert.Equal(MeetingStatus.Completed, scenario.Status);
        Assert.Equal(PluginTestHost.Now, scenario.BreachedOn(MeetingColumns.DeckReviewBreachedOn));
        var trace = Assert.Single(host.ExecutionsOf<MeetingPlugin>(MessageNames.Update)).TraceText;
        Assert.Contains(
            "Recorded a breach of PartnershipGoals in the trace log only", trace, StringComparison.Ordinal);
    }

    [Fact]
    public void Record_SecondBreach_KeepsFirstTime()
    {
        host.SetVariable(SettingDefinitions.AgendaLevel.SchemaName, "Record");
        var meeting = CorRecords.Meeting(agenda: null);
        meeting[MeetingColumns.AgendaBreachedOn] = EarlierBreach;
        var scenario = MeetingScenario.Create(host, meeting);

        host.Service.Update(new Entity(MeetingColumns.Table, scenario.MeetingId)
        {
            [MeetingColumns.ScheduledEnd] = CorRecords.Start.AddMinutes(30),
        });

        Assert.Equal(30, host.MeetingDuration(scenario.MeetingId));
        Assert.Equal(EarlierBreach, scenario.BreachedOn(MeetingColumns.AgendaBreachedOn));
    }

    [Fact]
    public void Record_LaterPassingSave_KeepsStamp()
    {
        host.SetVariable(SettingDefinitions.AgendaLevel.SchemaName, "Record");
        var scenario = MeetingScenario.Create(host, CorRecords.Meeting(agenda: null));

        host.Service.Update(new Entity(MeetingColumns.Table, scenario.MeetingId)
        {
            [MeetingColumns.Agenda] = "1. Goals 2. Usage",
        });

        var agenda = scenario.Read(MeetingColumns.Agenda).GetAttributeValue<string>(MeetingColumns.Agenda);
        Assert.Equal("1. Goals 2. Usage", agenda);
        Assert.Equal(PluginTestHost.Now, scenario.BreachedOn(MeetingColumns.AgendaBreachedOn));
    }

    [Fact]
    public void Record_ValidMeeting_StampsNothing()
    {
        var id = host.Service.Create(CorRecords.Meeting());

        var stored = host.Retrieve(MeetingColumns.Table, id, MeetingColumns.PreImageColumns);

        foreach (var column in MeetingBreachColumns.OnMeeting.Values)
        {
            Assert.False(stored.Contains(column), column + " is set on a meeting that breaks no rule.");
        }
    }

    private DateTime? DeckGoalsBreachedOn(Guid deckId) =>
        host.Retrieve(DeckColumns.Table, deckId, DeckColumns.GoalsBreachedOn)
            .GetAttributeValue<DateTime?>(DeckColumns.GoalsBreachedOn);

    private void AssertCreateOutcome(string level, Exception? exception, string breachColumn, string messageStart)
    {
        if (level == "Enforce")
        {
            var rejection = Assert.IsType<InvalidPluginExecutionException>(exception);
            Assert.StartsWith(messageStart, rejection.Message, StringComparison.Ordinal);
            Assert.Equal(0, host.Count(MeetingColumns.Table));
            return;
        }

        Assert.Null(exception);
        var query = new QueryExpression(MeetingColumns.Table) { ColumnSet = new ColumnSet(breachColumn) };
        var stored = Assert.Single(host.Service.RetrieveMultiple(query).Entities);
        var expected = level == "Record" ? PluginTestHost.Now : (DateTime?)null;
        Assert.Equal(expected, stored.GetAttributeValue<DateTime?>(breachColumn));
    }

    private static void AssertUpdateOutcome(
        string level,
        Exception? exception,
        MeetingScenario scenario,
        MeetingStatus from,
        MeetingStatus to,
        string breachColumn)
    {
        if (level == "Enforce")
        {
            Assert.IsType<InvalidPluginExecutionException>(exception);
            Assert.Equal(from, scenario.Status);
            Assert.Null(scenario.BreachedOn(breachColumn));
            return;
        }

        Assert.Null(exception);
        Assert.Equal(to, scenario.Status);
        var expected = level == "Record" ? PluginTestHost.Now : (DateTime?)null;
        Assert.Equal(expected, scenario.BreachedOn(breachColumn));
    }
}
