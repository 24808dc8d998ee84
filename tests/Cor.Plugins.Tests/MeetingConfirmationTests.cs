using System;
using Cor.Plugins.Meetings;
using Cor.Rules.Meetings;
using Cor.Rules.Settings;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace Cor.Plugins.Tests;

public class MeetingConfirmationTests : IDisposable
{
    private readonly PluginTestHost host = PluginTestHost.Start();

    public void Dispose() => host.Dispose();

    private MeetingScenario PlannedWithUnconfirmedAttendee()
    {
        var scenario = MeetingScenario.Create(host).MoveTo(MeetingStatus.Planned);
        host.Service.Create(CorRecords.Attendee(scenario.MeetingId, "Uma Unconfirmed", AttendeeSide.Customer));
        return scenario;
    }

    [Fact]
    public void Confirmed_AllConfirmed_StampsNothing()
    {
        var scenario = MeetingScenario.Create(host).MoveTo(MeetingStatus.Planned);

        scenario.Update(MeetingStatus.Confirmed);

        Assert.Equal(MeetingStatus.Confirmed, scenario.Status);
        Assert.Null(scenario.BreachedOn(MeetingColumns.ConfirmationBreachedOn));
    }

    [Fact]
    public void Confirmed_UnconfirmedAtRecord_StampsBreach()
    {
        var scenario = PlannedWithUnconfirmedAttendee();

        scenario.Update(MeetingStatus.Confirmed);

        Assert.Equal(MeetingStatus.Confirmed, scenario.Status);
        Assert.Equal(PluginTestHost.Now, scenario.BreachedOn(MeetingColumns.ConfirmationBreachedOn));
    }

    [Fact]
    public void Confirmed_UnconfirmedAtEnforce_IsRejected()
    {
        host.SetVariable(SettingDefinitions.AttendeeConfirmationLevel.SchemaName, "Enforce");
        var scenario = PlannedWithUnconfirmedAttendee();

        var exception = Assert.Throws<InvalidPluginExecutionException>(() => scenario.Update(MeetingStatus.Confirmed));

        Assert.StartsWith(
            "1 required attendee has not confirmed by 2027-03-03 14:00 UTC, 48 hours before the start: "
            + "Uma Unconfirmed (not confirmed).",
            exception.Message,
            StringComparison.Ordinal);
        Assert.Equal(MeetingStatus.Planned, scenario.Status);
    }

    [Fact]
    public void Confirmed_UnconfirmedAtOff_StampsNothing()
    {
        host.SetVariable(SettingDefinitions.AttendeeConfirmationLevel.SchemaName, "Off");
        var scenario = PlannedWithUnconfirmedAttendee();

        scenario.Update(MeetingStatus.Confirmed);

        Assert.Equal(MeetingStatus.Confirmed, scenario.Status);
        Assert.Null(scenario.BreachedOn(MeetingColumns.ConfirmationBreachedOn));
    }
}
