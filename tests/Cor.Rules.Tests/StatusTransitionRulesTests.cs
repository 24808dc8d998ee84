using System;
using System.Collections.Generic;
using System.Linq;
using Cor.Rules.Meetings;
using Xunit;

namespace Cor.Rules.Tests;

public class StatusTransitionRulesTests
{
    private static readonly HashSet<(MeetingStatus From, MeetingStatus To)> Legal = new()
    {
        (MeetingStatus.Draft, MeetingStatus.Planned),
        (MeetingStatus.Draft, MeetingStatus.Cancelled),
        (MeetingStatus.Planned, MeetingStatus.Confirmed),
        (MeetingStatus.Planned, MeetingStatus.Cancelled),
        (MeetingStatus.Confirmed, MeetingStatus.Completed),
        (MeetingStatus.Confirmed, MeetingStatus.Cancelled),
    };

    public static IEnumerable<object[]> AllPairs()
    {
        var statuses = Enum.GetValues(typeof(MeetingStatus)).Cast<MeetingStatus>().ToList();
        return statuses.SelectMany(f => statuses.Where(t => t != f).Select(t => new object[] { f, t }));
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Transition_EveryPair_MatchesLifecycle(MeetingStatus from, MeetingStatus to)
    {
        var violation = StatusTransitionRules.CheckTransition(from, to);

        Assert.Equal(Legal.Contains((from, to)), violation == null);
    }

    [Fact]
    public void Transition_Illegal_NamesStatusesAndAllowedNext()
    {
        var violation = StatusTransitionRules.CheckTransition(MeetingStatus.Draft, MeetingStatus.Completed);

        Assert.NotNull(violation);
        Assert.Equal(RuleId.StatusTransition, violation.Rule);
        Assert.Equal(
            "A COR meeting cannot move from Draft to Completed. From Draft it can move to Planned or Cancelled.",
            violation.Message);
    }

    [Fact]
    public void Transition_FromFinal_SaysFinal()
    {
        var violation = StatusTransitionRules.CheckTransition(MeetingStatus.Cancelled, MeetingStatus.Planned);

        Assert.NotNull(violation);
        Assert.Equal(
            "A COR meeting cannot move from Cancelled to Planned. "
            + "A Cancelled meeting is final and changes status no more.",
            violation.Message);
    }

    [Fact]
    public void Transition_SameStatus_Passes()
    {
        Assert.Null(StatusTransitionRules.CheckTransition(MeetingStatus.Planned, MeetingStatus.Planned));
    }

    [Theory]
    [InlineData(MeetingStatus.Draft, 0)]
    [InlineData(MeetingStatus.Planned, 0)]
    [InlineData(MeetingStatus.Confirmed, 0)]
    [InlineData(MeetingStatus.Completed, 1)]
    [InlineData(MeetingStatus.Cancelled, 1)]
    public void StateMatches_OwnState_Passes(MeetingStatus status, int state)
    {
        Assert.Null(StatusTransitionRules.CheckStateMatches(status, state));
    }

    [Fact]
    public void StateMatches_WrongState_NamesFix()
    {
        var violation = StatusTransitionRules.CheckStateMatches(MeetingStatus.Completed, 0);

        Assert.NotNull(violation);
        Assert.Equal(
            "The status Completed belongs to the state Inactive (1), but the request sets the state 0. "
            + "Set statecode to 1 with statuscode 2.",
            violation.Message);
    }

    [Fact]
    public void KnownStatus_UnknownValue_Fails()
    {
        var violation = StatusTransitionRules.CheckKnownStatus(42);

        Assert.NotNull(violation);
        var expected = "The status 42 is not a status of a COR meeting.";
        Assert.StartsWith(expected, violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultStatus_PerState()
    {
        Assert.Equal(MeetingStatus.Draft, MeetingStatusModel.DefaultStatusOf(MeetingState.Active));
        Assert.Equal(MeetingStatus.Completed, MeetingStatusModel.DefaultStatusOf(MeetingState.Inactive));
    }
}
