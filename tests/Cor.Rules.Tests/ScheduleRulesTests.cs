using System;
using Cor.Rules.Meetings;
using Xunit;

namespace Cor.Rules.Tests;

public class ScheduleRulesTests
{
    private static readonly DateTime Start = new(2027, 3, 1, 14, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void MaxDuration_SixtyMinutes_Passes()
    {
        var schedule = new MeetingSchedule(Start, Start.AddMinutes(60));

        Assert.Null(ScheduleRules.CheckMaxDuration(schedule, 60));
    }

    [Fact]
    public void MaxDuration_SixtyOneMinutes_Fails()
    {
        var schedule = new MeetingSchedule(Start, Start.AddMinutes(61));

        var violation = ScheduleRules.CheckMaxDuration(schedule, 60);

        Assert.NotNull(violation);
        Assert.Equal(RuleId.Duration, violation.Rule);
        Assert.Equal(
            "The meeting is scheduled for 61 minutes, but a COR meeting lasts at most 60 minutes. "
            + "Shorten it or split it into two meetings.",
            violation.Message);
    }

    [Fact]
    public void MaxDuration_PartialMinuteOverLimit_Fails()
    {
        var schedule = new MeetingSchedule(Start, Start.AddMinutes(60).AddSeconds(30));

        var violation = ScheduleRules.CheckMaxDuration(schedule, 60);

        Assert.NotNull(violation);
        Assert.StartsWith(
            "The meeting is scheduled for 60 minutes 30 seconds, but",
            violation.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void MaxDuration_FractionOfSecond_IsShown()
    {
        var schedule = new MeetingSchedule(Start, Start.AddMinutes(61).AddMilliseconds(250));

        var violation = ScheduleRules.CheckMaxDuration(schedule, 60);

        Assert.NotNull(violation);
        Assert.Contains("for 61 minutes 0.25 seconds,", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MaxDuration_UsesConfiguredLimit()
    {
        var schedule = new MeetingSchedule(Start, Start.AddMinutes(45));

        var violation = ScheduleRules.CheckMaxDuration(schedule, 30);

        Assert.NotNull(violation);
        Assert.Contains("at most 30 minutes", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EndAfterStart_EndEqualToStart_Fails()
    {
        var schedule = new MeetingSchedule(Start, Start);

        var violation = ScheduleRules.CheckEndAfterStart(schedule);

        Assert.NotNull(violation);
        Assert.Equal(RuleId.Duration, violation.Rule);
        Assert.Equal(
            "The meeting ends at 2027-03-01 14:00 UTC, which is not after its start at 2027-03-01 14:00 UTC. "
            + "Set the scheduled end after the start.",
            violation.Message);
    }

    [Fact]
    public void EndAfterStart_EndBeforeStart_Fails()
    {
        var schedule = new MeetingSchedule(Start, Start.AddMinutes(-5));

        Assert.NotNull(ScheduleRules.CheckEndAfterStart(schedule));
    }

    [Fact]
    public void EndAfterStart_OneMinuteLater_Passes()
    {
        var schedule = new MeetingSchedule(Start, Start.AddMinutes(1));

        Assert.Null(ScheduleRules.CheckEndAfterStart(schedule));
    }

    [Fact]
    public void DurationMinutes_RoundsPartialMinuteUp()
    {
        var schedule = new MeetingSchedule(Start, Start.AddMinutes(59).AddSeconds(1));

        Assert.Equal(60, schedule.DurationMinutes);
    }

    [Theory]
    [InlineData(true, false, "end")]
    [InlineData(false, true, "start")]
    [InlineData(false, false, "start and end")]
    public void Scheduled_MissingTime_NamesIt(bool hasStart, bool hasEnd, string missing)
    {
        DateTime? start = hasStart ? Start : null;
        DateTime? end = hasEnd ? Start.AddMinutes(30) : null;

        var violation = ScheduleRules.CheckScheduled(start, end);

        Assert.NotNull(violation);
        Assert.StartsWith($"The meeting has no scheduled {missing}.", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scheduled_BothTimesSet_Passes()
    {
        Assert.Null(ScheduleRules.CheckScheduled(Start, Start.AddMinutes(30)));
    }
}
