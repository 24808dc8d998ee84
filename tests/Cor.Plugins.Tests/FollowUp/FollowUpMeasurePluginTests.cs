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

public class FollowUpMeasurePluginTests : IDisposable
{
    private static readonly DateTime Due = FollowUpHost.MeetingEnd.AddHours(24);

    private readonly FollowUpHost host = FollowUpHost.Start();
    private readonly Guid meetingId;

    public FollowUpMeasurePluginTests()
    {
        var organizerId = host.CreateUser("Olive", "Organizer");
        meetingId = host.CreateConfirmedMeeting(organizerId);
        host.CreateNextStep(meetingId, "Send the renewal proposal", Due.AddDays(6), new EntityReference("systemuser", organizerId));
        host.Clock.Set(FollowUpHost.MeetingEnd.AddMinutes(10));
        host.SetStatus(meetingId, MeetingStatus.Completed);
    }

    public void Dispose() => host.Dispose();

    [Fact]
    public void Complete_OnTime_RecordsSentOnTime()
    {
        var sentOn = Due.AddHours(-2);
        host.Clock.Set(sentOn);

        CompleteTask(FollowUpTaskKind.SendFollowUp);

        var meeting = ReadMeeting();
        Assert.Equal(sentOn, meeting.GetAttributeValue<DateTime?>(FollowUpColumns.FollowUpSentOn));
        Assert.True(meeting.GetAttributeValue<bool?>(FollowUpColumns.FollowUpOnTime));
        Assert.Null(meeting.GetAttributeValue<DateTime?>(MeetingColumns.FollowUpBreachedOn));
    }

    [Fact]
    public void Complete_AtDueTime_IsOnTime()
    {
        host.Clock.Set(Due);

        CompleteTask(FollowUpTaskKind.SendFollowUp);

        Assert.True(ReadMeeting().GetAttributeValue<bool?>(FollowUpColumns.FollowUpOnTime));
    }

    [Fact]
    public void Complete_Late_RecordsBreach()
    {
        var sentOn = Due.AddHours(5);
        host.Clock.Set(sentOn);

        CompleteTask(FollowUpTaskKind.SendFollowUp);

        var meeting = ReadMeeting();
        Assert.Equal(sentOn, meeting.GetAttributeValue<DateTime?>(FollowUpColumns.FollowUpSentOn));
        Assert.False(meeting.GetAttributeValue<bool?>(FollowUpColumns.FollowUpOnTime));
        Assert.Equal(sentOn, meeting.GetAttributeValue<DateTime?>(MeetingColumns.FollowUpBreachedOn));
    }

    [Fact]
    public void Complete_LateWithRuleEnforce_RecordsBreach()
    {
        host.SetVariable(SettingDefinitions.FollowUpLevel.SchemaName, "Enforce");
        host.Clock.Set(Due.AddHours(5));

        CompleteTask(FollowUpTaskKind.SendFollowUp);

        Assert.Equal(Due.AddHours(5), ReadMeeting().GetAttributeValue<DateTime?>(MeetingColumns.FollowUpBreachedOn));
    }

    [Fact]
    public void Complete_LateWithRuleOff_NoBreach()
    {
        host.SetVariable(SettingDefinitions.FollowUpLevel.SchemaName, "Off");
        host.Clock.Set(Due.AddHours(5));

        CompleteTask(FollowUpTaskKind.SendFollowUp);

        var meeting = ReadMeeting();
        Assert.False(meeting.GetAttributeValue<bool?>(FollowUpColumns.FollowUpOnTime));
        Assert.Null(meeting.GetAttributeValue<DateTime?>(MeetingColumns.FollowUpBreachedOn));
    }

    [Fact]
    public void Complete_OtherTaskKind_RecordsNothing()
    {
        host.Clock.Set(Due.AddHours(5));

        CompleteTask(FollowUpTaskKind.NextStep);
        CompleteTask(FollowUpTaskKind.AskForFeedback);

        var meeting = ReadMeeting();
        Assert.Null(meeting.GetAttributeValue<DateTime?>(FollowUpColumns.FollowUpSentOn));
        Assert.False(meeting.GetAttributeValue<bool>(FollowUpColumns.FollowUpOnTime));
        Assert.Null(meeting.GetAttributeValue<DateTime?>(MeetingColumns.FollowUpBreachedOn));
    }

    [Fact]
    public void Complete_Again_FirstCompletionCounts()
    {
        var firstSentOn = Due.AddHours(-1);
        host.Clock.Set(firstSentOn);
        var taskId = CompleteTask(FollowUpTaskKind.SendFollowUp);
        host.Service.Update(new Entity(TaskColumns.Table, taskId)
        {
            [TaskColumns.StateCode] = new OptionSetValue(0),
            ["statuscode"] = new OptionSetValue(2),
        });
        host.Clock.Set(Due.AddHours(8));

        CompleteTask(FollowUpTaskKind.SendFollowUp);

        var meeting = ReadMeeting();
        Assert.Equal(firstSentOn, meeting.GetAttributeValue<DateTime?>(FollowUpColumns.FollowUpSentOn));
        Assert.True(meeting.GetAttributeValue<bool?>(FollowUpColumns.FollowUpOnTime));
        Assert.Null(meeting.GetAttributeValue<DateTime?>(MeetingColumns.FollowUpBreachedOn));
    }

    [Fact]
    public void Complete_DoesNotRunTasksStepAgain()
    {
        host.Emulator.ClearLogs();

        CompleteTask(FollowUpTaskKind.SendFollowUp);

        Assert.Empty(host.ExecutionsOf<FollowUpTasksPlugin>());
        Assert.Single(host.ExecutionsOf<FollowUpMeasurePlugin>());
        Assert.Equal(4, host.TasksOf(meetingId).Count);
    }

    private Guid CompleteTask(FollowUpTaskKind kind)
    {
        var task = host.TasksOf(meetingId)
            .Single(t => t.GetAttributeValue<OptionSetValue>(TaskColumns.FollowUpKind)?.Value == (int)kind);
        host.Service.Update(new Entity(TaskColumns.Table, task.Id)
        {
            [TaskColumns.StateCode] = new OptionSetValue(TaskColumns.CompletedState),
            ["statuscode"] = new OptionSetValue(5),
        });
        return task.Id;
    }

    private Entity ReadMeeting() => host.Meeting(
        meetingId, FollowUpColumns.FollowUpSentOn, FollowUpColumns.FollowUpOnTime, MeetingColumns.FollowUpBreachedOn);
}
