using System;
using System.Linq;
using Cor.Plugins.Framework;
using Cor.Plugins.Meetings;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace Cor.Plugins.Tests;

public class MeetingPluginTests : IDisposable
{
    private const StringComparison Ordinal = StringComparison.Ordinal;

    private const string NinetyMinutesMessage =
        "The meeting is scheduled for 90 minutes, but a COR meeting lasts at most 60 minutes. "
        + "Shorten it or split it into two meetings.";

    private readonly PluginTestHost host = PluginTestHost.Start();

    public void Dispose() => host.Dispose();

    [Fact]
    public void Create_Valid_StoresDuration()
    {
        var id = host.Service.Create(CorRecords.Meeting(minutes: 45));

        Assert.Equal(45, host.MeetingDuration(id));
    }

    [Fact]
    public void Create_ReadsSettingsWithOneQuery()
    {
        host.Service.Create(CorRecords.Meeting());

        var calls = host.Emulator.ServiceCalls.Single();
        Assert.Equal(1, calls["RetrieveMultiple"]);
        Assert.Equal(0, calls["Retrieve"]);
    }

    [Fact]
    public void Create_SixtyMinutes_Passes()
    {
        var id = host.Service.Create(CorRecords.Meeting(minutes: 60));

        Assert.Equal(60, host.MeetingDuration(id));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Create_WithoutAgenda_IsRejected(string? agenda)
    {
        var meeting = CorRecords.Meeting();
        if (agenda != null)
        {
            meeting[MeetingColumns.Agenda] = agenda;
        }
        else
        {
            meeting.Attributes.Remove(MeetingColumns.Agenda);
        }

        var exception = Assert.Throws<InvalidPluginExecutionException>(() => host.Service.Create(meeting));

        Assert.Equal(
            "The meeting has no agenda, but every COR meeting needs one. Write the agenda before saving.",
            exception.Message);
        Assert.Equal(0, host.Count(MeetingColumns.Table));
    }

    [Fact]
    public void Create_NinetyMinutes_IsRejected()
    {
        var exception = Assert.Throws<InvalidPluginExecutionException>(
            () => host.Service.Create(CorRecords.Meeting(minutes: 90)));

        Assert.Equal(NinetyMinutesMessage, exception.Message);
        Assert.Equal(0, host.Count(MeetingColumns.Table));
    }

    [Fact]
    public void Create_EndAtStart_IsRejected()
    {
        var exception = Assert.Throws<InvalidPluginExecutionException>(
            () => host.Service.Create(CorRecords.Meeting(minutes: 0)));

        Assert.Contains("which is not after its start", exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, host.Count(MeetingColumns.Table));
    }

    [Fact]
    public void Update_RenameOnly_DoesNotRunPlugin()
    {
        var id = host.Service.Create(CorRecords.Meeting());
        host.Emulator.ClearLogs();

        host.Service.Update(new Entity(MeetingColumns.Table, id) { [MeetingColumns.Name] = "Renamed COR" });

        Assert.Empty(host.ExecutionsOf<MeetingPlugin>(MessageNames.Update));
        var stored = host.Retrieve(MeetingColumns.Table, id, MeetingColumns.Name);
        Assert.Equal("Renamed COR", stored.GetAttributeValue<string>(MeetingColumns.Name));
    }

    [Fact]
    public void Update_RenameWithUnchangedAgenda_TracesSkip()
    {
        var meeting = CorRecords.Meeting();
        var id = host.Service.Create(meeting);
        host.Emulator.ClearLogs();

        host.Service.Update(new Entity(MeetingColumns.Table, id)
        {
            [MeetingColumns.Name] = "Renamed COR",
            [MeetingColumns.Agenda] = meeting[MeetingColumns.Agenda],
        });

        var execution = Assert.Single(host.ExecutionsOf<MeetingPlugin>(MessageNames.Update));
        Assert.Null(execution.Exception);
        Assert.Contains(MeetingPlugin.NoRuleColumnChangedTrace, execution.TraceText, StringComparison.Ordinal);
        Assert.Equal(0, host.Emulator.ServiceCalls.Single()["RetrieveMultiple"]);
    }

    [Fact]
    public void Update_EndBreaksMaxDuration_IsRejected()
    {
        var id = host.Service.Create(CorRecords.Meeting(minutes: 45));

        var exception = Assert.Throws<InvalidPluginExecutionException>(() => host.Service.Update(
            new Entity(MeetingColumns.Table, id) { [MeetingColumns.ScheduledEnd] = CorRecords.Start.AddMinutes(90) }));

        Assert.Equal(NinetyMinutesMessage, exception.Message);
        var stored = host.Retrieve(MeetingColumns.Table, id, MeetingColumns.ScheduledEnd);
        Assert.Equal(CorRecords.Start.AddMinutes(45), stored.GetAttributeValue<DateTime>(MeetingColumns.ScheduledEnd));
        Assert.Equal(45, host.MeetingDuration(id));
    }

    [Fact]
    public void Update_EndOnly_RecomputesDurationFromPreImage()
    {
        var id = host.Service.Create(CorRecords.Meeting(minutes: 45));

        host.Service.Update(
            new Entity(MeetingColumns.Table, id) { [MeetingColumns.ScheduledEnd] = CorRecords.Start.AddMinutes(30) });

        Assert.Equal(30, host.MeetingDuration(id));
    }

    [Fact]
    public void Update_DurationOnly_IsRecomputed()
    {
        var id = host.Service.Create(CorRecords.Meeting(minutes: 60));
        host.Emulator.ClearLogs();

        host.Service.Update(new Entity(MeetingColumns.Table, id) { [MeetingColumns.DurationMinutes] = 5 });

        Assert.Equal(60, host.MeetingDuration(id));
        var execution = Assert.Single(host.ExecutionsOf<MeetingPlugin>(MessageNames.Update));
        var expected = MeetingPlugin.DurationReplacedTrace + " 5 with 60";
        Assert.Contains(expected, execution.TraceText, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SentDuration_IsRecomputed()
    {
        var meeting = CorRecords.Meeting(minutes: 45);
        meeting[MeetingColumns.DurationMinutes] = 5;

        var id = host.Service.Create(meeting);

        Assert.Equal(45, host.MeetingDuration(id));
    }

    [Fact]
    public void Update_BlankAgenda_IsRejected()
    {
        var id = host.Service.Create(CorRecords.Meeting());

        var exception = Assert.Throws<InvalidPluginExecutionException>(() => host.Service.Update(
            new Entity(MeetingColumns.Table, id) { [MeetingColumns.Agenda] = " " }));

        Assert.StartsWith("The meeting has no agenda", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_TracesEntryAndExit()
    {
        host.Service.Create(CorRecords.Meeting());

        var execution = Assert.Single(host.ExecutionsOf<MeetingPlugin>(MessageNames.Create));
        var trace = execution.TraceText;
        var entry = "Entered Cor.Plugins.Meetings.MeetingPlugin.Execute() for Create of cor_meeting";
        Assert.Contains(entry, trace, Ordinal);
        Assert.Contains("correlation id", trace, Ordinal);
        Assert.Contains("Exiting Cor.Plugins.Meetings.MeetingPlugin.Execute() after", trace, Ordinal);
    }

    [Fact]
    public void Execute_Rejection_IsTraced()
    {
        Assert.Throws<InvalidPluginExecutionException>(() => host.Service.Create(CorRecords.Meeting(minutes: 90)));

        var execution = Assert.Single(host.ExecutionsOf<MeetingPlugin>(MessageNames.Create));
        Assert.Contains("rejected the operation: " + NinetyMinutesMessage, execution.TraceText, Ordinal);
        Assert.IsType<InvalidPluginExecutionException>(execution.Exception);
        Assert.Equal(20, execution.Stage);
    }

    [Fact]
    public void Execute_UnexpectedException_IsWrappedWithInner()
    {
        var meeting = CorRecords.Meeting();
        meeting[MeetingColumns.Agenda] = 42;

        var exception = Assert.Throws<InvalidPluginExecutionException>(() => host.Service.Create(meeting));

        var expected = "Cor.Plugins.Meetings.MeetingPlugin failed on Create of cor_meeting";
        Assert.StartsWith(expected, exception.Message, Ordinal);
        Assert.IsType<InvalidCastException>(exception.InnerException);
        var execution = Assert.Single(host.ExecutionsOf<MeetingPlugin>(MessageNames.Create));
        Assert.Contains("failed with System.InvalidCastException", execution.TraceText, Ordinal);
    }
}
