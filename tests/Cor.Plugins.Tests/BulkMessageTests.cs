using System;
using System.Linq;
using Cor.Plugins.Framework;
using Cor.Plugins.Meetings;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Xunit;

namespace Cor.Plugins.Tests;

public class BulkMessageTests : IDisposable
{
    private readonly PluginTestHost host = PluginTestHost.Start();

    public void Dispose() => host.Dispose();

    private static EntityCollection Meetings(params Entity[] meetings) =>
        new(meetings.ToList()) { EntityName = MeetingColumns.Table };

    private static Entity NewEnd(Guid meetingId, int minutes) =>
        new(MeetingColumns.Table, meetingId) { [MeetingColumns.ScheduledEnd] = CorRecords.Start.AddMinutes(minutes) };

    [Fact]
    public void CreateMultiple_RunsCreateStepOncePerRecord()
    {
        var targets = Meetings(CorRecords.Meeting(30), CorRecords.Meeting(50));

        host.Service.Execute(new CreateMultipleRequest { Targets = targets });

        Assert.Equal(2, host.ExecutionsOf<MeetingPlugin>(MessageNames.Create).Count);
        Assert.Empty(host.ExecutionsOf<MeetingPlugin>("CreateMultiple"));
        var ids = host.ExecutionsOf<MeetingPlugin>(MessageNames.Create).Select(e => e.PrimaryEntityId);
        Assert.Equal(new int?[] { 30, 50 }, ids.Select(host.MeetingDuration).OrderBy(d => d));
    }

    [Fact]
    public void CreateMultiple_OneBreaking_StoresNone()
    {
        var exception = Assert.Throws<InvalidPluginExecutionException>(() => host.Service.Execute(
            new CreateMultipleRequest { Targets = Meetings(CorRecords.Meeting(30), CorRecords.Meeting(90)) }));

        Assert.StartsWith("The meeting is scheduled for 90 minutes", exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, host.Count(MeetingColumns.Table));
    }

    [Fact]
    public void UpdateMultiple_RunsUpdateStepPerRecord()
    {
        var first = host.Service.Create(CorRecords.Meeting(45));
        var second = host.Service.Create(CorRecords.Meeting(45));
        host.Emulator.ClearLogs();

        host.Service.Execute(new UpdateMultipleRequest { Targets = Meetings(NewEnd(first, 20), NewEnd(second, 55)) });

        Assert.Equal(2, host.ExecutionsOf<MeetingPlugin>(MessageNames.Update).Count);
        Assert.Empty(host.ExecutionsOf<MeetingPlugin>("UpdateMultiple"));
        Assert.Equal(20, host.MeetingDuration(first));
        Assert.Equal(55, host.MeetingDuration(second));
    }

    [Fact]
    public void UpdateMultiple_OneBreaking_ChangesNone()
    {
        var first = host.Service.Create(CorRecords.Meeting(45));
        var second = host.Service.Create(CorRecords.Meeting(45));

        var request = new UpdateMultipleRequest { Targets = Meetings(NewEnd(first, 20), NewEnd(second, 75)) };

        var exception = Assert.Throws<InvalidPluginExecutionException>(() => host.Service.Execute(request));

        Assert.StartsWith("The meeting is scheduled for 75 minutes", exception.Message, StringComparison.Ordinal);
        Assert.Equal(45, host.MeetingDuration(first));
    }
}
