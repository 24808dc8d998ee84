using System;

namespace Cor.Rules.FollowUp;

/// <summary>
/// Measure of the follow-up rule: when the follow-up task was completed, and whether by its due time.
/// </summary>
public sealed class FollowUpMeasure
{
    private FollowUpMeasure(DateTime sentOn, DateTime? due)
    {
        SentOn = sentOn;
        Due = due;
    }

    /// <summary>Time the follow-up task was completed, in UTC.</summary>
    public DateTime SentOn { get; }

    /// <summary>Due time of the follow-up task in UTC, or null when the task had no due date.</summary>
    public DateTime? Due { get; }

    /// <summary>True when the task was completed at or before its due time, or had no due time.</summary>
    public bool OnTime => Due == null || SentOn <= Due.Value;

    public static FollowUpMeasure Of(DateTime sentOn, DateTime? due) => new(sentOn, due);

    /// <summary>Returns a violation of <see cref="RuleId.FollowUp"/> when the follow-up went out after its due time.</summary>
    public RuleViolation? CheckOnTime(string meetingLabel)
    {
        if (OnTime)
        {
            return null;
        }

        var late = SentOn - Due!.Value;
        return new RuleViolation(
            RuleId.FollowUp,
            $"The follow-up of {meetingLabel} was sent at {TextFormat.Time(SentOn)}, {FormatDelay(late)} after its "
            + $"due time {TextFormat.Time(Due.Value)}. Send the follow-up of the next COR by its due time.");
    }

    private static string FormatDelay(TimeSpan late)
    {
        var hours = (long)Math.Floor(late.TotalHours);
        return hours == 0
            ? TextFormat.Count(late.Minutes, "minute", "minutes")
            : TextFormat.Count((int)Math.Min(hours, int.MaxValue), "hour", "hours") + " "
                + TextFormat.Count(late.Minutes, "minute", "minutes");
    }
}
