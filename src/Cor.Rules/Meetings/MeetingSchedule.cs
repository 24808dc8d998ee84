using System;

namespace Cor.Rules.Meetings;

/// <summary>
/// Scheduled start and end of a COR meeting, in UTC.
/// </summary>
public readonly struct MeetingSchedule
{
    public MeetingSchedule(DateTime start, DateTime end)
    {
        Start = start;
        End = end;
    }

    public DateTime Start { get; }

    public DateTime End { get; }

    /// <summary>
    /// Scheduled length in whole minutes, rounded up, so 60 minutes and 30 seconds counts as 61 minutes.
    /// Zero or negative when the end is not after the start.
    /// </summary>
    public int DurationMinutes
    {
        get
        {
            var length = End - Start;
            return (int)Math.Ceiling(length.TotalMinutes);
        }
    }

    public bool EndsAfterStart => End > Start;
}
