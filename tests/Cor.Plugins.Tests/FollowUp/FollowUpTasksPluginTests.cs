using System;
using System.Linq;
using Cor.Plugins.FollowUp;
using Cor.Plugins.Meetings;
using Cor.Rules.FollowUp;
using Cor.Rules.Meetings;
using Cor.Rules.Settings;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace Cor.Plugins.Tests.FollowUp;

public class FollowUpTasksPluginTests : IDisposable
{
    private static readonly DateTime StepDue = FollowUpHost.MeetingEnd.Date.AddDays(7);

    private readonly FollowUpHost host = FollowUpHost.Start();
    private readonly Guid organizerId;
    private readonly Guid stepOwnerId;
    private readonly Guid meetingId;

    public FollowUpTasksPluginTests()
    {
        organizerId = host.CreateUser("Olive", "Organizer");
        stepOwnerId = host.CreateUser("Sam", "Stepowner");
        meetingId = host.CreateConfirmedMeeting(organizerId);
    }

    public void Dispose() => host.Dispose();

    [Fact]
    public void Close_FollowUpTask_HasEveryColumn()
    {
        host.CreateNextStep(meetingId, "Send the renewal proposal", StepDue, User(stepOwnerId));

        host.SetStatus(meetingId, MeetingStatus.Completed);

        var task = TaskOf(FollowUpTaskKind.SendFollowUp);
        Assert.Equal("Send the COR follow-up for 'Contoso Q1 COR'", task.GetAttributeValue<string>(TaskColumns.Subject));
        Assert.Equal(
            "Summary of 'Contoso Q1 COR':\nAgreed the renewal scope.\n\nNext steps:\n"
            + $"- Send the renewal proposal: owner Sam Stepowner, due {StepDue:yyyy-MM-dd}",
            task.GetAttributeValue<string>(TaskColumns.Description));
        Assert.Equal(FollowUpHost.MeetingEnd.AddHours(24), task.GetAttributeValue<DateTime>(TaskColumns.ScheduledEnd));
        Assert.Equal(User(organizerId), task.GetAttributeValue<EntityReference>(TaskColumns.OwnerId));
        Assert.Equal(MeetingReference, task.GetAttributeValue<EntityReference>(TaskColumns.RegardingObjectId));
        Assert.Equal((int)TaskPriority.High, task.GetAttributeValue<OptionSetValue>(TaskColumns.PriorityCode).Value);
        Assert.Null(task.GetAttributeValue<EntityReference>(TaskColumns.NextStepId));
    }

    [Fact]
    public void Close_NextStepTask_CopiesStep()
    {
        var stepId = host.CreateNextStep(meetingId, "Send the renewal proposal", StepDue, User(stepOwnerId));

        host.SetStatus(meetingId, MeetingStatus.Completed);

        var task = TaskOf(FollowUpTaskKind.NextStep);
        Assert.Equal("Send the renewal proposal", task.GetAttributeValue<string>(TaskColumns.Subject));
        Assert.Equal(
            "Details of Send the renewal proposal.\n\nNext step agreed in 'Contoso Q1 COR'.",
            task.GetAttributeValue<string>(TaskColumns.Description));
        Assert.Equal(StepDue, task.GetAttributeValue<DateTime>(TaskColumns.ScheduledEnd));
        Assert.Equal(User(stepOwnerId), task.GetAttributeValue<EntityReference>(TaskColumns.OwnerId));
        Assert.Equal(MeetingReference, task.GetAttributeValue<EntityReference>(TaskColumns.RegardingObjectId));
        Assert.Equal(stepId, task.GetAttributeValue<EntityReference>(TaskColumns.NextStepId).Id);
        Assert.Equal((int)TaskPriority.Normal, task.GetAttributeValue<OptionSetValue>(TaskColumns.PriorityCode).Value);
    }

    [Fact]
    public void Close_TeamOwnedStep_TeamOwnsTask()
    {
        var teamId = host.Service.Create(new Entity("team") { ["name"] = "Customer success EMEA" });
        host.CreateNextStep(meetingId, "Run the admin workshop", StepDue, new EntityReference("team", teamId));

        host.SetStatus(meetingId, MeetingStatus.Completed);

        Assert.Equal(
            new EntityReference("team", teamId),
            TaskOf(FollowUpTaskKind.NextStep).GetAttributeValue<EntityReference>(TaskColumns.OwnerId));
        Assert.EndsWith(
            $"- Run the admin workshop: owner Customer success EMEA, due {StepDue:yyyy-MM-dd}",
            TaskOf(FollowUpTaskKind.SendFollowUp).GetAttributeValue<string>(TaskColumns.Description),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Close_NoOrganizer_ClosingUserOwns()
    {
        host.Service.Update(new Entity(MeetingColumns.Table, meetingId) { [FollowUpColumns.OrganizerId] = null! });

        host.SetStatus(meetingId, MeetingStatus.Completed);

        Assert.All(
            host.TasksOf(meetingId),
            t => Assert.Equal(User(host.Emulator.CallerId), t.GetAttributeValue<EntityReference>(TaskColumns.OwnerId)));
    }

    [Fact]
    public void Close_FeedbackAndBooking_OrganizerOwns()
    {
        host.SetStatus(meetingId, MeetingStatus.Completed);

        foreach (var kind in new[] { FollowUpTaskKind.AskForFeedback, FollowUpTaskKind.BookNextMeeting })
        {
            var task = TaskOf(kind);
            Assert.Equal(User(organizerId), task.GetAttributeValue<EntityReference>(TaskColumns.OwnerId));
            Assert.Equal(MeetingReference, task.GetAttributeValue<EntityReference>(TaskColumns.RegardingObjectId));
            Assert.Equal(FollowUpHost.MeetingEnd.AddHours(24), task.GetAttributeValue<DateTime>(TaskColumns.ScheduledEnd));
            Assert.False(string.IsNullOrWhiteSpace(task.GetAttributeValue<string>(TaskColumns.Description)));
        }

        Assert.Equal(
            "Ask the customer for feedback on 'Contoso Q1 COR'",
            TaskOf(FollowUpTaskKind.AskForFeedback).GetAttributeValue<string>(TaskColumns.Subject));
    }

    [Fact]
    public void Close_NextMeetingLinked_NoBookingTask()
    {
        var nextId = host.Service.Create(new Entity(MeetingColumns.Table)
        {
            [MeetingColumns.Name] = "Contoso Q2 COR",
            [MeetingColumns.Agenda] = "1. Review",
        });
        host.Service.Update(new Entity(MeetingColumns.Table, meetingId)
        {
            [FollowUpColumns.NextMeetingId] = new EntityReference(MeetingColumns.Table, nextId),
        });

        host.SetStatus(meetingId, MeetingStatus.Completed);

        Assert.DoesNotContain(host.TasksOf(meetingId), t => KindOf(t) == FollowUpTaskKind.BookNextMeeting);
        Assert.Equal(2, host.TasksOf(meetingId).Count);
    }

    [Fact]
    public void Close_DueHoursVariable_MovesDue()
    {
        host.SetVariable(FollowUpSettings.DueHours.SchemaName, "48");

        host.SetStatus(meetingId, MeetingStatus.Completed);

        Assert.Equal(
            FollowUpHost.MeetingEnd.AddHours(48),
            TaskOf(FollowUpTaskKind.SendFollowUp).GetAttributeValue<DateTime>(TaskColumns.ScheduledEnd));
    }

    [Fact]
    public void Close_InvalidDueHours_RejectsClose()
    {
        host.SetVariable(FollowUpSettings.DueHours.SchemaName, "a day");

        var exception = Assert.Throws<InvalidPluginExecutionException>(
            () => host.SetStatus(meetingId, MeetingStatus.Completed));

        Assert.Contains("cor_FollowUpDueHours has the value 'a day'", exception.Message, StringComparison.Ordinal);
        Assert.Equal(MeetingStatus.Confirmed, StatusOf(meetingId));
        Assert.Empty(host.TasksOf(meetingId));
    }

    [Fact]
    public void Close_Replayed_CreatesNothingTwice()
    {
        host.CreateNextStep(meetingId, "Send the renewal proposal", StepDue, User(stepOwnerId));
        host.SetStatus(meetingId, MeetingStatus.Completed);
        var first = host.TasksOf(meetingId).Select(t => t.Id).ToList();

        host.SetStatus(meetingId, MeetingStatus.Completed);

        Assert.Equal(4, first.Count);
        Assert.Equal(first, host.TasksOf(meetingId).Select(t => t.Id));
    }

    [Fact]
    public void Close_ReopenAndClose_CreatesOnlyMissing()
    {
        host.SetVariable(SettingDefinitions.StatusTransitionLevel.SchemaName, "Off");
        host.CreateNextStep(meetingId, "Send the renewal proposal", StepDue, User(stepOwnerId));
        host.SetStatus(meetingId, MeetingStatus.Completed);
        var first = host.TasksOf(meetingId).Select(t => t.Id).ToList();
        host.SetStatus(meetingId, MeetingStatus.Confirmed);
        var addedStepId = host.CreateNextStep(meetingId, "Run the admin workshop", StepDue.AddDays(7), User(stepOwnerId));

        host.SetStatus(meetingId, MeetingStatus.Completed);

        var added = host.TasksOf(meetingId).Where(t => !first.Contains(t.Id)).ToList();
        Assert.Equal(4, first.Count);
        Assert.Single(added);
        Assert.Equal(addedStepId, added[0].GetAttributeValue<EntityReference>(TaskColumns.NextStepId).Id);
        Assert.Equal(5, host.TasksOf(meetingId).Count);
    }

    [Fact]
    public void Close_SummaryInSameUpdate_RunsOnce()
    {
        host.Emulator.ClearLogs();

        host.Service.Update(new Entity(MeetingColumns.Table, meetingId)
        {
            [MeetingColumns.Summary] = "Agreed to extend the pilot.",
            [MeetingColumns.StateCode] = new OptionSetValue((int)MeetingState.Inactive),
            [MeetingColumns.StatusCode] = new OptionSetValue((int)MeetingStatus.Completed),
        });

        var runs = host.ExecutionsOf<FollowUpTasksPlugin>();
        Assert.Single(runs);
        Assert.Null(runs[0].Exception);
        Assert.Equal(1, runs[0].Depth);
        Assert.StartsWith(
            "Summary of 'Contoso Q1 COR':\nAgreed to extend the pilot.",
            TaskOf(FollowUpTaskKind.SendFollowUp).GetAttributeValue<string>(TaskColumns.Description),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Close_OtherStatusChange_Skips()
    {
        host.Emulator.ClearLogs();

        host.SetStatus(meetingId, MeetingStatus.Cancelled);

        var run = host.ExecutionsOf<FollowUpTasksPlugin>().Single();
        Assert.Contains(FollowUpTasksPlugin.NotClosingTrace, run.TraceText, StringComparison.Ordinal);
        Assert.Empty(host.TasksOf(meetingId));
    }

    [Fact]
    public void Close_FollowUpRuleOff_CreatesNoTasks()
    {
        host.SetVariable(SettingDefinitions.FollowUpLevel.SchemaName, "Off");

        host.SetStatus(meetingId, MeetingStatus.Completed);

        Assert.Equal(MeetingStatus.Completed, StatusOf(meetingId));
        Assert.Empty(host.TasksOf(meetingId));
    }

    [Fact]
    public void Close_TasksCreatedByClosingUser()
    {
        var closerId = host.CreateUser("Cleo", "Closer");

        host.SetStatus(meetingId, MeetingStatus.Completed, host.Emulator.CreateService(closerId));

        Assert.All(host.TasksOf(meetingId), t => Assert.Equal(closerId, t.GetAttributeValue<EntityReference>("createdby").Id));
    }

    [Fact]
    public void Close_OwnerNotAssignable_RollsBackAll()
    {
        var sales = host.CreateBusinessUnit("Sales");
        var support = host.CreateBusinessUnit("Support");
        var closerId = host.CreateUser("Cleo", "Closer", sales);
        var supportId = host.CreateUser("Sky", "Support", support);
        var salesMeetingId = host.CreateConfirmedMeeting(closerId, "Fabrikam Q1 COR");
        host.CreateNextStep(salesMeetingId, "Send the renewal proposal", StepDue, User(closerId));
        var blockedStepId = host.CreateNextStep(salesMeetingId, "Fix the outage report", StepDue.AddDays(1), User(supportId));

        var exception = Assert.Throws<InvalidPluginExecutionException>(
            () => host.SetStatus(salesMeetingId, MeetingStatus.Completed, host.Emulator.CreateService(closerId)));

        Assert.StartsWith(
            $"Closing 'Fabrikam Q1 COR' failed because the task of the next step 'Fix the outage report' ({blockedStepId}) "
            + $"could not be created for its owner systemuser {supportId}: ",
            exception.Message,
            StringComparison.Ordinal);
        Assert.Contains("Nothing was saved and the meeting stays open.", exception.Message, StringComparison.Ordinal);
        Assert.Equal(MeetingStatus.Confirmed, StatusOf(salesMeetingId));
        Assert.Empty(host.TasksOf(salesMeetingId));
    }

    [Fact]
    public void Close_TenSteps_CreatesWithoutReads()
    {
        for (var i = 0; i < 10; i++)
        {
            host.CreateNextStep(meetingId, $"Step {i}", StepDue.AddDays(i), User(stepOwnerId));
        }

        host.Emulator.ClearLogs();
        host.SetStatus(meetingId, MeetingStatus.Completed);

        var calls = host.Emulator.ServiceCalls.Single();
        Assert.Equal(13, host.TasksOf(meetingId).Count);
        Assert.Equal(13, calls["Create"]);
        Assert.Equal(0, calls["Retrieve"]);
    }

    private EntityReference MeetingReference => new(MeetingColumns.Table, meetingId);

    private static EntityReference User(Guid id) => new("systemuser", id);

    private static FollowUpTaskKind? KindOf(Entity task) =>
        (FollowUpTaskKind?)task.GetAttributeValue<OptionSetValue>(TaskColumns.FollowUpKind)?.Value;

    private Entity TaskOf(FollowUpTaskKind kind) => host.TasksOf(meetingId).Single(t => KindOf(t) == kind);

    private MeetingStatus StatusOf(Guid id) =>
        (MeetingStatus)host.Meeting(id, MeetingColumns.StatusCode).GetAttributeValue<OptionSetValue>(MeetingColumns.StatusCode).Value;
}
