using System;

namespace Cor.Rules.FollowUp;

/// <summary>
/// COR meeting that moves to Completed: the columns the follow-up tasks are planned from.
/// </summary>
public sealed class FollowUpMeeting
{
    public FollowUpMeeting(
        Guid id,
        string? name,
        string? summary,
        DateTime? scheduledEnd,
        OwnerReference? organizer,
        bool hasNextMeeting)
    {
        Id = id;
        Name = name;
        Summary = summary;
        ScheduledEnd = scheduledEnd;
        Organizer = organizer;
        HasNextMeeting = hasNextMeeting;
    }

    public Guid Id { get; }

    /// <summary>Primary name (cor_name), or null when empty.</summary>
    public string? Name { get; }

    /// <summary>Summary of the discussion (cor_summary), or null when empty.</summary>
    public string? Summary { get; }

    /// <summary>Scheduled end (cor_scheduledend) in UTC, or null when empty.</summary>
    public DateTime? ScheduledEnd { get; }

    /// <summary>Organizer (cor_organizerid), or null when empty.</summary>
    public OwnerReference? Organizer { get; }

    /// <summary>True when cor_nextmeetingid is set, so the next COR is already booked.</summary>
    public bool HasNextMeeting { get; }

    /// <summary>Returns how texts name the meeting: its name in quotes, or "the COR meeting".</summary>
    public string Label => LabelOf(Name);

    /// <summary>Returns how texts name a meeting with the given name: the name in quotes, or "the COR meeting".</summary>
    public static string LabelOf(string? name) => string.IsNullOrWhiteSpace(name) ? "the COR meeting" : $"'{name!.Trim()}'";
}
