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

    [Fact]
    public void CreateMultiple_RunsCreateStepOncePerRecord()
    {
        host.Service.Execute(new CreateMultipleRequest { Targets = Meetings(CorRecords.Meeting(30), CorRecords.Meeting(50)) });

        Assert.Equal(2, host.ExecutionsOf<MeetingPlugin>(MessageNames.Create).Count);
        Assert.Empty(host.ExecutionsOf<MeetingPlugin>("CreateMultiple"));
        var durations = host.Service.RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression(MeetingColumns.Table)
        {
            ColumnSet = new Microsoft.Xrm.Sdk.Query.ColumnSet(MeetingColumns.DurationMinutes),
        }).Entities.Select(m => m.GetAttributeValue<int?>(MeetingColumns.DurationMinutes)).OrderBy(d => d);
        Assert.Equal(new int?[] { 30, 50 }, durations);
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

        host.Service.Execute(new UpdateMultipleRequest
        {
            Targets = Meetings(
                new Entity(MeetingColumns.Table, first) { [MeetingColumns.ScheduledEnd] = CorRecords.Start.AddMinutes(20) },
                new Entity(MeetingColumns.Table, second) { [MeetingColumns.ScheduledEnd] = CorRecords.Start.AddMinutes(55) }),
        });

        Assert.Equal(2, host.ExecutionsOf<MeetingPlugin>(MessageNames.Update).Count);
        Assert.Empty(host.ExecutionsOf<MeetingPlugin>("UpdateMultiple"));
        Assert.Equal(20, host.Retrieve(MeetingColumns.Table, first, MeetingColumns.DurationMinutes).GetAttributeValue<int?>(MeetingColumns.DurationMinutes));
        Assert.Equal(55, host.Retrieve(MeetingColumns.Table, second, MeetingColumns.DurationMinutes).GetAttributeValue<int?>(MeetingColumns.DurationMinutes));
    }

    [Fact]
    public void UpdateMultiple_OneBreaking_ChangesNone()
    {
        var first = host.Service.Create(CorRecords.Meeting(45));
        var second = host.Service.Create(CorRecords.Meeting(45));

        var exception = Assert.Throws<InvalidPluginExecutionException>(() => host.Service.Execute(new UpdateMultipleRequest
        {
            Targets = Meetings(
                new Entity(MeetingColumns.Table, first) { [MeetingColumns.ScheduledEnd] = CorRecords.Start.AddMinutes(20) },
                new Entity(MeetingColumns.Table, second) { [MeetingColumns.ScheduledEnd] = CorRecords.Start.AddMinutes(75) }),
        }));

        Assert.StartsWith("The meeting is scheduled for 75 minutes", exception.Message, StringComparison.Ordinal);
        Assert.Equal(45, host.Retrieve(MeetingColumns.Table, first, MeetingColumns.DurationMinutes).GetAttributeValue<int?>(MeetingColumns.DurationMinutes));
    }
}
