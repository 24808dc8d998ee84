using System;
using System.Collections.Generic;
using System.Linq;
using Cor.Plugins.Framework;
using Cor.Plugins.Meetings;
using Cor.Rules.Meetings;
using Cor.Rules.Settings;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace Cor.Plugins.Tests;

public class MeetingStatusTests : IDisposable
{
    private readonly PluginTestHost host = PluginTestHost.Start();

    public void Dispose() => host.Dispose();

    public static IEnumerable<object[]> Transitions()
    {
        var statuses = Enum.GetValues(typeof(MeetingStatus)).Cast<MeetingStatus>().ToList();
        return statuses.SelectMany(f => statuses.Where(t => t != f).Select(t => new object[] { f, t }));
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Transition_Each_FollowsLifecycle(MeetingStatus from, MeetingStatus to)
    {
        var scenario = MeetingScenario.Create(host).WithCompletionRecords().MoveTo(from);
        var legal = MeetingStatusModel.IsAllowed(from, to);

        var exception = Record.Exception(() => scenario.Update(to));

        if (legal)
        {
            Assert.Null(exception);
            Assert.Equal(to, scenario.Status);
        }
        else
        {
            var rejection = Assert.IsType<InvalidPluginExecutionException>(exception);
            var expected = $"A COR meeting cannot move from {from} to {to}.";
            Assert.StartsWith(expected, rejection.Message, StringComparison.Ordinal);
            Assert.Equal(from, scenario.Status);
        }
    }

    [Fact]
    public void Transition_DraftToCompleted_NamesAllowedNext()
    {
        var scenario = MeetingScenario.Create(host).WithCompletionRecords();

        var exception = Assert.Throws<InvalidPluginExecutionException>(() => scenario.Update(MeetingStatus.Completed));

        Assert.Equal(
            "A COR meeting cannot move from Draft to Completed. From Draft it can move to Planned or Cancelled.",
            exception.Message);
    }

    [Fact]
    public void Transition_AtRecord_StampsMeeting()
    {
        host.SetVariable(SettingDefinitions.StatusTransitionLevel.SchemaName, "Record");
        var scenario = MeetingScenario.Create(host).WithCompletionRecords();
        host.Emulator.ClearLogs();

        scenario.Update(MeetingStatus.Completed);

        Assert.Equal(MeetingStatus.Completed, scenario.Status);
        var trace = string.Concat(host.ExecutionsOf<MeetingPlugin>(MessageNames.Update).Select(e => e.TraceText));
        Assert.Contains(
            "Recorded a breach of StatusTransition in cor_transitionbreachedon", trace, StringComparison.Ordinal);
        Assert.Equal(PluginTestHost.Now, scenario.BreachedOn(MeetingColumns.TransitionBreachedOn));
    }

    [Fact]
    public void Transition_AtOff_SavesSilently()
    {
        host.SetVariable(SettingDefinitions.StatusTransitionLevel.SchemaName, "Off");
        var scenario = MeetingScenario.Create(host).WithCompletionRecords();
        host.Emulator.ClearLogs();

        scenario.Update(MeetingStatus.Completed);

        Assert.Equal(MeetingStatus.Completed, scenario.Status);
        var trace = string.Concat(host.ExecutionsOf<MeetingPlugin>(MessageNames.Update).Select(e => e.TraceText));
        Assert.DoesNotContain("StatusTransition", trace, StringComparison.Ordinal);
    }

    [Fact]
    public void State_MismatchedStatus_IsRejected()
    {
        host.SetVariable(SettingDefinitions.StatusTransitionLevel.SchemaName, "Off");
        var scenario = MeetingScenario.Create(host);
        var update = new Entity(MeetingColumns.Table, scenario.MeetingId)
        {
            [MeetingColumns.StateCode] = new OptionSetValue(1),
            [MeetingColumns.StatusCode] = new OptionSetValue((int)MeetingStatus.Planned),
        };

        var exception = Assert.Throws<InvalidPluginExecutionException>(() => host.Service.Update(update));

        Assert.Equal(
            "The status Planned belongs to the state Active (0), but the request sets the state 1. "
            + "Set statecode to 0 with statuscode 107350001.",
            exception.Message);
        Assert.Equal(MeetingStatus.Draft, scenario.Status);
    }

    [Fact]
    public void Status_WithOtherColumns_UsesThemForRules()
    {
        var meeting = CorRecords.Meeting();
        meeting.Attributes.Remove(MeetingColumns.Objectives);
        var scenario = MeetingScenario.Create(host, meeting);
        var update = CorRecords.StatusUpdate(scenario.MeetingId, MeetingStatus.Planned);
        update[MeetingColumns.Objectives] = "Agree the renewal scope";

        host.Service.Update(update);

        Assert.Equal(MeetingStatus.Planned, scenario.Status);
    }

    [Fact]
    public void Status_WithRuleColumn_RunsForEachPart()
    {
        var scenario = MeetingScenario.Create(host);
        host.Emulator.ClearLogs();
        var update = CorRecords.StatusUpdate(scenario.MeetingId, MeetingStatus.Planned);
        update[MeetingColumns.Agenda] = "1. Renewal 2. Roadmap";

        host.Service.Update(update);

        Assert.Equal(2, host.ExecutionsOf<MeetingPlugin>(MessageNames.Update).Count);
        Assert.Equal(MeetingStatus.Planned, scenario.Status);
        var agenda = scenario.Read(MeetingColumns.Agenda).GetAttributeValue<string>(MeetingColumns.Agenda);
        Assert.Equal("1. Renewal 2. Roadmap", agenda);
    }

    [Fact]
    public void Status_WithBreakingColumns_IsRejected()
    {
        var scenario = MeetingScenario.Create(host);
        var update = CorRecords.StatusUpdate(scenario.MeetingId, MeetingStatus.Planned);
        update[MeetingColumns.ScheduledEnd] = CorRecords.Start.AddMinutes(90);

        var exception = Assert.Throws<InvalidPluginExecutionException>(() => host.Service.Update(update));

        Assert.StartsWith("The meeting is scheduled for 90 minutes", exception.Message, StringComparison.Ordinal);
        Assert.Equal(MeetingStatus.Draft, scenario.Status);
    }
}
