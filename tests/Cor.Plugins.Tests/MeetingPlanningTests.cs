using System;
using Cor.Plugins.Meetings;
using Cor.Rules.Meetings;
using Cor.Rules.Settings;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace Cor.Plugins.Tests;

public class MeetingPlanningTests : IDisposable
{
    private readonly PluginTestHost host = PluginTestHost.Start();

    public void Dispose() => host.Dispose();

    private static Entity ShortLeadMeeting()
    {
        var meeting = CorRecords.Meeting();
        meeting[MeetingColumns.ScheduledStart] = PluginTestHost.Now.AddDays(10);
        meeting[MeetingColumns.ScheduledEnd] = PluginTestHost.Now.AddDays(10).AddMinutes(45);
        return meeting;
    }

    [Fact]
    public void Planned_Valid_StampsPlannedOn()
    {
        var scenario = MeetingScenario.Create(host);

        scenario.Update(MeetingStatus.Planned);

        Assert.Equal(PluginTestHost.Now, scenario.ReadTime(MeetingColumns.PlannedOn));
        Assert.Null(scenario.BreachedOn(MeetingColumns.LeadTimeBreachedOn));
    }

    [Theory]
    [InlineData(MeetingStatus.Planned)]
    [InlineData(MeetingStatus.Confirmed)]
    public void ObjectivesCleared_AfterPlanning_IsRejected(MeetingStatus status)
    {
        var scenario = MeetingScenario.Create(host).MoveTo(status);
        var clear = new Entity(MeetingColumns.Table, scenario.MeetingId) { [MeetingColumns.Objectives] = " " };

        var exception = Assert.Throws<InvalidPluginExecutionException>(() => host.Service.Update(clear));

        var expected = $"The meeting is {status} but has no objectives";
        Assert.StartsWith(expected, exception.Message, StringComparison.Ordinal);
        var stored = scenario.Read(MeetingColumns.Objectives).GetAttributeValue<string>(MeetingColumns.Objectives);
        Assert.Equal("Agree the renewal scope", stored);
    }

    [Fact]
    public void ObjectivesCleared_InDraft_IsSaved()
    {
        var scenario = MeetingScenario.Create(host);
        var clear = new Entity(MeetingColumns.Table, scenario.MeetingId) { [MeetingColumns.Objectives] = " " };

        host.Service.Update(clear);

        var stored = scenario.Read(MeetingColumns.Objectives).GetAttributeValue<string>(MeetingColumns.Objectives);
        Assert.Equal(" ", stored);
    }

    [Fact]
    public void Planned_ExistingPlannedOn_IsKept()
    {
        var meeting = CorRecords.Meeting();
        meeting[MeetingColumns.PlannedOn] = PluginTestHost.Now.AddDays(-3);
        var scenario = MeetingScenario.Create(host, meeting);

        scenario.Update(MeetingStatus.Planned);

        Assert.Equal(
            PluginTestHost.Now.AddDays(-3),
            scenario.ReadTime(MeetingColumns.PlannedOn));
    }

    [Fact]
    public void Planned_WithoutObjectives_IsRejected()
    {
        var meeting = CorRecords.Meeting();
        meeting.Attributes.Remove(MeetingColumns.Objectives);
        var scenario = MeetingScenario.Create(host, meeting);

        var exception = Assert.Throws<InvalidPluginExecutionException>(() => scenario.Update(MeetingStatus.Planned));

        Assert.StartsWith("The meeting has no objectives", exception.Message, StringComparison.Ordinal);
        Assert.Equal(MeetingStatus.Draft, scenario.Status);
    }

    [Fact]
    public void Planned_WithoutSchedule_IsRejected()
    {
        var meeting = CorRecords.Meeting();
        meeting.Attributes.Remove(MeetingColumns.ScheduledEnd);
        var scenario = MeetingScenario.Create(host, meeting);

        var exception = Assert.Throws<InvalidPluginExecutionException>(() => scenario.Update(MeetingStatus.Planned));

        Assert.StartsWith("The meeting has no scheduled end.", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Enforce")]
    [InlineData("Record")]
    [InlineData("Off")]
    public void CustomerAttendee_Missing_FollowsLevel(string level)
    {
        host.SetVariable(SettingDefinitions.CustomerAttendeeLevel.SchemaName, level);
        var id = host.Service.Create(CorRecords.Meeting());
        host.Service.Create(CorRecords.Attendee(id, "Val Vendor", AttendeeSide.Vendor));

        var exception = Record.Exception(() => host.Service.Update(CorRecords.StatusUpdate(id, MeetingStatus.Planned)));

        if (level == "Enforce")
        {
            var rejection = Assert.IsType<InvalidPluginExecutionException>(exception);
            Assert.Equal(
                "The meeting has 1 attendee but none on the customer side, and a COR meeting is planned with the "
                + "customer. Add at least one attendee with the side Customer.",
                rejection.Message);
        }
        else
        {
            Assert.Null(exception);
        }
    }

    [Fact]
    public void LeadTime_ShortAtRecord_StampsBreach()
    {
        var scenario = MeetingScenario.Create(host, ShortLeadMeeting());

        scenario.Update(MeetingStatus.Planned);

        Assert.Equal(MeetingStatus.Planned, scenario.Status);
        Assert.Equal(PluginTestHost.Now, scenario.BreachedOn(MeetingColumns.LeadTimeBreachedOn));
    }

    [Fact]
    public void LeadTime_ShortAtEnforce_IsRejected()
    {
        host.SetVariable(SettingDefinitions.PlanningLeadTimeLevel.SchemaName, "Enforce");
        var scenario = MeetingScenario.Create(host, ShortLeadMeeting());

        var exception = Assert.Throws<InvalidPluginExecutionException>(() => scenario.Update(MeetingStatus.Planned));

        Assert.Equal(
            "The meeting starts at 2027-01-14 09:00 UTC, only 10 days after it was planned at 2027-01-04 09:00 UTC, "
            + "but a COR meeting is planned at least 28 days ahead. Move the start to 2027-02-01 09:00 UTC or later.",
            exception.Message);
        Assert.Null(scenario.ReadTime(MeetingColumns.PlannedOn));
    }

    [Fact]
    public void LeadTime_ShortAtOff_StampsNothing()
    {
        host.SetVariable(SettingDefinitions.PlanningLeadTimeLevel.SchemaName, "Off");
        var scenario = MeetingScenario.Create(host, ShortLeadMeeting());

        scenario.Update(MeetingStatus.Planned);

        Assert.Equal(MeetingStatus.Planned, scenario.Status);
        Assert.Null(scenario.BreachedOn(MeetingColumns.LeadTimeBreachedOn));
    }

    [Fact]
    public void LeadTime_ConfiguredDays_AreUsed()
    {
        host.SetVariable(SettingDefinitions.PlanningLeadDays.SchemaName, "7");
        var scenario = MeetingScenario.Create(host, ShortLeadMeeting());

        scenario.Update(MeetingStatus.Planned);

        Assert.Null(scenario.BreachedOn(MeetingColumns.LeadTimeBreachedOn));
    }
}
