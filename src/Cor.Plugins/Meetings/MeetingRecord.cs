using System;
using Cor.Plugins.Framework;
using Cor.Rules.Meetings;
using Microsoft.Xrm.Sdk;

namespace Cor.Plugins.Meetings;

/// <summary>
/// Typed view of a cor_meeting as it will be after the save: the stored columns with the Target written over them.
/// </summary>
public sealed class MeetingRecord
{
    private readonly Entity merged;

    private MeetingRecord(Entity merged)
    {
        this.merged = merged;
    }

    public Guid Id => merged.Id;

    public string? Agenda => merged.GetAttributeValue<string>(MeetingColumns.Agenda);

    public string? Objectives => merged.GetAttributeValue<string>(MeetingColumns.Objectives);

    public string? Summary => merged.GetAttributeValue<string>(MeetingColumns.Summary);

    public DateTime? PlannedOn => EntityMerge.GetUtcTime(merged, MeetingColumns.PlannedOn);

    public DateTime? ScheduledStart => EntityMerge.GetUtcTime(merged, MeetingColumns.ScheduledStart);

    public DateTime? ScheduledEnd => EntityMerge.GetUtcTime(merged, MeetingColumns.ScheduledEnd);

    /// <summary>Start and end, or null when either is empty.</summary>
    public MeetingSchedule? Schedule =>
        ScheduledStart is DateTime start && ScheduledEnd is DateTime end ? new MeetingSchedule(start, end) : null;

    /// <summary>Returns the stored or submitted time of a breach column, or null when it is empty.</summary>
    public DateTime? BreachedOn(string column) => EntityMerge.GetUtcTime(merged, column);

    public static MeetingRecord Merge(Entity? preImage, Entity target) =>
        new(EntityMerge.Merge(preImage, target));
}
