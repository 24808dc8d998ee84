using System;

namespace Cor.Rules.Meetings;

/// <summary>
/// Checks of the scheduled start and end of a meeting, all under <see cref="RuleId.Duration"/>.
/// </summary>
public static class ScheduleRules
{
    /// <summary>Returns a violation when the start or the end is missing, because later checks need both.</summary>
    public static RuleViolation? CheckScheduled(DateTime? start, DateTime? end)
    {
        if (start.HasValue && end.HasValue)
        {
            return null;
        }

        var missing = "start and end";
        if (start.HasValue)
        {
            missing = "end";
        }
        else if (end.HasValue)
        {
            missing = "start";
        }

        return new RuleViolation(
            RuleId.Duration,
            $"The meeting has no scheduled {missing}. Set the scheduled start and end before planning it.");
    }

    public static RuleViolation? CheckEndAfterStart(MeetingSchedule schedule)
    {
        if (schedule.EndsAfterStart)
        {
            return null;
        }

        return new RuleViolation(
            RuleId.Duration,
            $"The meeting ends at {TextFormat.Time(schedule.End)}, which is not after its start at "
            + $"{TextFormat.Time(schedule.Start)}. Set the scheduled end after the start.");
    }

    public static RuleViolation? CheckMaxDuration(MeetingSchedule schedule, int maxMinutes)
    {
        var minutes = schedule.DurationMinutes;
        if (minutes <= maxMinutes)
        {
            return null;
        }

        return new RuleViolation(
            RuleId.Duration,
            $"The meeting is scheduled for {TextFormat.Length(schedule.End - schedule.Start)}, but a COR meeting lasts at most {maxMinutes} minutes. "
            + "Shorten it or split it into two meetings.");
    }
}
