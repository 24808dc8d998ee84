using System;
using System.Linq;
using Cor.Emulator;
using Cor.Plugins.FollowUp;
using Cor.Plugins.Meetings;
using Cor.Rules.Meetings;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace Cor.Plugins.Tests.FollowUp;

public class CloseMeetingApiTests : IDisposable
{
    private readonly FollowUpHost host = FollowUpHost.Start();
    private readonly Guid organizerId;
    private readonly Guid meetingId;

    public CloseMeetingApiTests()
    {
        organizerId = host.CreateUser("Olive", "Organizer");
        meetingId = host.CreateConfirmedMeeting(organizerId);
        host.CreateNextStep(meetingId, "Send the renewal proposal", FollowUpHost.MeetingEnd.AddDays(7),
            new EntityReference("systemuser", organizerId));
    }

    public void Dispose() => host.Dispose();

    [Fact]
    public void CloseMeeting_ReturnsTheStoredTaskIds()
    {
        var taskIds = Close("Agreed to extend the pilot.");

        var stored = host.TasksOf(meetingId).Select(t => t.Id.ToString()).OrderBy(id => id, StringComparer.Ordinal);
        Assert.Equal(4, taskIds.Length);
        Assert.Equal(stored, taskIds.OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public void CloseMeeting_WritesSummaryAndCompletes()
    {
        Close("Agreed to extend the pilot.");

        var meeting = host.Meeting(meetingId, MeetingColumns.Summary, MeetingColumns.StateCode, MeetingColumns.StatusCode);
        Assert.Equal("Agreed to extend the pilot.", meeting.GetAttributeValue<string>(MeetingColumns.Summary));
        Assert.Equal((int)MeetingState.Inactive, meeting.GetAttributeValue<OptionSetValue>(MeetingColumns.StateCode).Value);
        Assert.Equal((int)MeetingStatus.Completed, meeting.GetAttributeValue<OptionSetValue>(MeetingColumns.StatusCode).Value);
    }

    [Fact]
    public void CloseMeeting_NoSummary_KeepsStoredSummary()
    {
        Close(null);

        var meeting = host.Meeting(meetingId, MeetingColumns.Summary);
        Assert.Equal("Agreed the renewal scope.", meeting.GetAttributeValue<string>(MeetingColumns.Summary));
    }

    [Fact]
    public void CloseMeeting_Repeated_ReturnsSameIds()
    {
        var first = Close("Agreed to extend the pilot.");

        var second = Close("Agreed to extend the pilot.");

        Assert.Equal(first, second);
        Assert.Equal(4, host.TasksOf(meetingId).Count);
    }

    [Fact]
    public void CloseMeeting_RunsTheTasksStepOnce()
    {
        host.Emulator.ClearLogs();

        Close("Agreed to extend the pilot.");

        var run = Assert.Single(host.ExecutionsOf<FollowUpTasksPlugin>());
        Assert.Null(run.Exception);
        Assert.Equal(2, run.Depth);
    }

    [Fact]
    public void CloseMeeting_OwnerNotAssignable_SavesNothing()
    {
        var sales = host.CreateBusinessUnit("Sales");
        var support = host.CreateBusinessUnit("Support");
        var closerId = host.CreateUser("Cleo", "Closer", sales);
        var supportId = host.CreateUser("Sky", "Support", support);
        var salesMeetingId = host.CreateConfirmedMeeting(closerId, "Fabrikam Q1 COR");
        host.CreateNextStep(salesMeetingId, "Fix the outage report", FollowUpHost.MeetingEnd.AddDays(7),
            new EntityReference("systemuser", supportId));
        var request = new OrganizationRequest(CloseMeetingPlugin.MessageName)
        {
            ["Target"] = new EntityReference(MeetingColumns.Table, salesMeetingId),
            [CloseMeetingPlugin.SummaryParameter] = "Agreed to extend the pilot.",
        };

        var exception = Assert.Throws<InvalidPluginExecutionException>(
            () => host.Emulator.CreateService(closerId).Execute(request));

        var meeting = host.Meeting(salesMeetingId, MeetingColumns.Summary, MeetingColumns.StatusCode);
        Assert.Contains("the task of the next step 'Fix the outage report'", exception.Message, StringComparison.Ordinal);
        Assert.Equal("Agreed the renewal scope.", meeting.GetAttributeValue<string>(MeetingColumns.Summary));
        Assert.Equal((int)MeetingStatus.Confirmed, meeting.GetAttributeValue<OptionSetValue>(MeetingColumns.StatusCode).Value);
        Assert.Empty(host.TasksOf(salesMeetingId));
    }

    [Fact]
    public void CloseMeeting_MissingMeeting_NotFound()
    {
        var missingId = Guid.NewGuid();
        var request = new OrganizationRequest(CloseMeetingPlugin.MessageName)
        {
            ["Target"] = new EntityReference(MeetingColumns.Table, missingId),
        };

        var exception = Assert.Throws<DataverseFaultException>(() => host.Service.Execute(request));

        Assert.Equal($"cor_meeting With Id = {missingId} Does Not Exist", exception.Message);
        Assert.Empty(host.TasksOf(missingId));
    }

    private string[] Close(string? summary)
    {
        var request = new OrganizationRequest(CloseMeetingPlugin.MessageName)
        {
            ["Target"] = new EntityReference(MeetingColumns.Table, meetingId),
        };
        if (summary != null)
        {
            request[CloseMeetingPlugin.SummaryParameter] = summary;
        }

        var response = host.Service.Execute(request);
        return (string[])response.Results[CloseMeetingPlugin.TaskIdsProperty];
    }
}
