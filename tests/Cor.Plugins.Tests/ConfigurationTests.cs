using System;
using Cor.Plugins.Framework;
using Cor.Plugins.Meetings;
using Cor.Rules.Settings;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace Cor.Plugins.Tests;

public class ConfigurationTests : IDisposable
{
    private readonly PluginTestHost host = PluginTestHost.Start();

    public void Dispose() => host.Dispose();

    [Fact]
    public void InvalidLevel_RejectsSaveNamingVariable()
    {
        host.SetVariable(SettingDefinitions.AgendaLevel.SchemaName, "Strict");

        var exception = Assert.Throws<InvalidPluginExecutionException>(() => host.Service.Create(CorRecords.Meeting()));

        Assert.Equal(
            "The COR rules cannot run because their configuration is invalid. The environment variable "
            + "cor_AgendaRuleLevel has the value 'Strict', which is not an enforcement level. "
            + "Set it to Enforce, Record or Off.",
            exception.Message);
        Assert.Equal(0, host.Count(MeetingColumns.Table));
    }

    [Fact]
    public void InvalidThreshold_RejectsSaveNamingVariable()
    {
        host.SetVariable(SettingDefinitions.MaxMeetingMinutes.SchemaName, "0");

        var exception = Assert.Throws<InvalidPluginExecutionException>(() => host.Service.Create(CorRecords.Meeting()));

        Assert.Contains(
            "The environment variable cor_MaxMeetingMinutes has the value '0', which is not a positive whole number.",
            exception.Message,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void EmptyValue_RejectsSaveNamingVariable(string value)
    {
        host.SetVariable(SettingDefinitions.AgendaLevel.SchemaName, value);

        var exception = Assert.Throws<InvalidPluginExecutionException>(() => host.Service.Create(CorRecords.Meeting()));

        Assert.Equal(
            "The COR rules cannot run because their configuration is invalid. The environment variable "
            + "cor_AgendaRuleLevel has an empty current value. Delete the current value to use the default Enforce, "
            + "or set it to Enforce, Record or Off.",
            exception.Message);
        Assert.Equal(0, host.Count(MeetingColumns.Table));
    }

    [Fact]
    public void EmptyThreshold_RejectsSaveNamingVariable()
    {
        host.SetVariable(SettingDefinitions.MaxMeetingMinutes.SchemaName, string.Empty);

        var exception = Assert.Throws<InvalidPluginExecutionException>(() => host.Service.Create(CorRecords.Meeting()));

        Assert.EndsWith(
            "The environment variable cor_MaxMeetingMinutes has an empty current value. Delete the current value to "
            + "use the default 60, or set it to a positive whole number.",
            exception.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Value_OverridesDefault()
    {
        host.SetVariable(SettingDefinitions.MaxMeetingMinutes.SchemaName, "90");

        var id = host.Service.Create(CorRecords.Meeting(minutes: 90));

        Assert.Equal(90, host.MeetingDuration(id));
    }

    [Fact]
    public void AgendaOff_AllowsBlankAgenda()
    {
        host.SetVariable(SettingDefinitions.AgendaLevel.SchemaName, "Off");

        var id = host.Service.Create(CorRecords.Meeting(agenda: null));

        Assert.NotEqual(Guid.Empty, id);
    }

    [Fact]
    public void AgendaRecord_SavesAndTraces()
    {
        host.SetVariable(SettingDefinitions.AgendaLevel.SchemaName, "Record");

        host.Service.Create(CorRecords.Meeting(agenda: null));

        Assert.Equal(1, host.Count(MeetingColumns.Table));
        var execution = Assert.Single(host.ExecutionsOf<MeetingPlugin>(MessageNames.Create));
        Assert.Contains(
            "Recorded a breach of Agenda in cor_agendabreachedon", execution.TraceText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Record")]
    [InlineData("Off")]
    public void DurationBelowEnforce_SavesLongMeeting(string level)
    {
        host.SetVariable(SettingDefinitions.DurationLevel.SchemaName, level);

        var id = host.Service.Create(CorRecords.Meeting(minutes: 90));

        Assert.Equal(90, host.MeetingDuration(id));
        var trace = Assert.Single(host.ExecutionsOf<MeetingPlugin>(MessageNames.Create)).TraceText;
        Assert.Equal(level == "Record", trace.Contains("Recorded a breach of Duration", StringComparison.Ordinal));
    }
}
