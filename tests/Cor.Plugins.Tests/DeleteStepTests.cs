using System;
using System.Linq;
using Cor.Plugins.Decks;
using Cor.Plugins.Framework;
using Cor.Plugins.Meetings;
using Cor.Rules.Meetings;
using Cor.Rules.Settings;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Cor.Plugins.Tests;

public class DeleteStepTests : IDisposable
{
    private readonly PluginTestHost host = PluginTestHost.Start();

    public void Dispose() => host.Dispose();

    private Guid OnlyCustomerAttendee(Guid meetingId)
    {
        var query = new QueryExpression(AttendeeColumns.Table) { ColumnSet = new ColumnSet(false) };
        query.Criteria.AddCondition(AttendeeColumns.MeetingId, ConditionOperator.Equal, meetingId);
        return host.Service.RetrieveMultiple(query).Entities.Single().Id;
    }

    private Guid OnlyGoal()
    {
        var query = new QueryExpression(GoalColumns.Table) { ColumnSet = new ColumnSet(false) };
        return host.Service.RetrieveMultiple(query).Entities.Single().Id;
    }

    [Theory]
    [InlineData(MeetingStatus.Planned)]
    [InlineData(MeetingStatus.Confirmed)]
    public void LastCustomerAttendee_Planned_IsRejected(MeetingStatus status)
    {
        var scenario = MeetingScenario.Create(host).MoveTo(status);
        var attendeeId = OnlyCustomerAttendee(scenario.MeetingId);

        var exception = Assert.Throws<InvalidPluginExecutionException>(
            () => host.Service.Delete(AttendeeColumns.Table, attendeeId));

        Assert.Equal(
            "Deleting the attendee 'Dana Customer' leaves the meeting with no attendees, but a planned COR meeting "
            + "keeps at least one customer-side attendee. Add another attendee with the side Customer first, or "
            + "cancel the meeting.",
            exception.Message);
        Assert.Equal(1, host.Count(AttendeeColumns.Table));
    }

    [Fact]
    public void LastCustomerAttendee_Draft_IsDeleted()
    {
        var scenario = MeetingScenario.Create(host);

        host.Service.Delete(AttendeeColumns.Table, OnlyCustomerAttendee(scenario.MeetingId));

        Assert.Equal(0, host.Count(AttendeeColumns.Table));
    }

    [Fact]
    public void CustomerAttendee_AnotherLeft_IsDeleted()
    {
        var scenario = MeetingScenario.Create(host).MoveTo(MeetingStatus.Planned);
        var first = OnlyCustomerAttendee(scenario.MeetingId);
        host.Service.Create(CorRecords.Attendee(scenario.MeetingId, "Eli Customer", AttendeeSide.Customer));

        host.Service.Delete(AttendeeColumns.Table, first);

        Assert.Equal(1, host.Count(AttendeeColumns.Table));
    }

    [Fact]
    public void LastCustomerAttendee_Record_StampsMeeting()
    {
        var scenario = MeetingScenario.Create(host).MoveTo(MeetingStatus.Planned);
        host.SetVariable(SettingDefinitions.CustomerAttendeeLevel.SchemaName, "Record");

        host.Service.Delete(AttendeeColumns.Table, OnlyCustomerAttendee(scenario.MeetingId));

        Assert.Equal(0, host.Count(AttendeeColumns.Table));
        Assert.Equal(PluginTestHost.Now, scenario.BreachedOn(MeetingColumns.AttendeeBreachedOn));
    }

    [Fact]
    public void LastGoal_Completed_IsRejected()
    {
        var scenario = MeetingScenario.Create(host).WithCompletionRecords().MoveTo(MeetingStatus.Completed);
        var goalId = OnlyGoal();
        host.Service.Delete(KpiColumns.Table, KpiOf(goalId));

        var exception = Assert.Throws<InvalidPluginExecutionException>(
            () => host.Service.Delete(GoalColumns.Table, goalId));

        Assert.Equal(MeetingStatus.Completed, scenario.Status);
        Assert.Equal(
            "Deleting goal 1 'Goal 1' leaves the deck 'Contoso Q1 deck' with no partnership goals, but the deck of a "
            + "completed COR meeting keeps 1 to 3. Add another goal to the deck before deleting this one.",
            exception.Message);
        Assert.Equal(1, host.Count(GoalColumns.Table));
    }

    [Fact]
    public void LastGoal_Record_StampsDeck()
    {
        MeetingScenario.Create(host).WithCompletionRecords().MoveTo(MeetingStatus.Completed);
        host.SetVariable(SettingDefinitions.PartnershipGoalsLevel.SchemaName, "Record");
        var goalId = OnlyGoal();
        host.Service.Delete(KpiColumns.Table, KpiOf(goalId));

        host.Service.Delete(GoalColumns.Table, goalId);

        var deck = host.Service.RetrieveMultiple(new QueryExpression(DeckColumns.Table)
        {
            ColumnSet = new ColumnSet(DeckColumns.GoalsBreachedOn),
        }).Entities.Single();
        Assert.Equal(PluginTestHost.Now, deck.GetAttributeValue<DateTime?>(DeckColumns.GoalsBreachedOn));
        Assert.Equal(0, host.Count(GoalColumns.Table));
    }

    [Fact]
    public void LastGoal_OpenMeeting_IsDeleted()
    {
        MeetingScenario.Create(host).WithCompletionRecords();
        var goalId = OnlyGoal();
        host.Service.Delete(KpiColumns.Table, KpiOf(goalId));

        host.Service.Delete(GoalColumns.Table, goalId);

        Assert.Equal(0, host.Count(GoalColumns.Table));
        var execution = Assert.Single(host.ExecutionsOf<GoalDeletePlugin>(MessageNames.Delete));
        Assert.Contains("is not Completed", execution.TraceText, StringComparison.Ordinal);
    }

    private Guid KpiOf(Guid goalId)
    {
        var query = new QueryExpression(KpiColumns.Table) { ColumnSet = new ColumnSet(false) };
        query.Criteria.AddCondition(KpiColumns.GoalId, ConditionOperator.Equal, goalId);
        return host.Service.RetrieveMultiple(query).Entities.Single().Id;
    }
}
