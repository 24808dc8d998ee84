using System;
using System.Collections.Generic;
using System.Linq;
using Cor.Plugins.Framework;
using Cor.Rules.Meetings;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Cor.Plugins.Meetings;

/// <summary>
/// Reads a meeting's attendees and next steps, each kind with one query that selects only the columns the rules need.
/// </summary>
public static class MeetingChildReader
{
    public static IReadOnlyList<Attendee> ReadAttendees(IOrganizationService service, Guid meetingId) =>
        ReadAttendeesExcept(service, meetingId, Guid.Empty);

    /// <summary>Returns the meeting's attendees without the one with the id <paramref name="excludedId"/>.</summary>
    public static IReadOnlyList<Attendee> ReadAttendeesExcept(
        IOrganizationService service, Guid meetingId, Guid excludedId)
    {
        var columns = new ColumnSet(
            AttendeeColumns.Name, AttendeeColumns.Side, AttendeeColumns.IsRequired, AttendeeColumns.ConfirmedOn);
        return ReadChildren(service, AttendeeColumns.Table, AttendeeColumns.MeetingId, meetingId, columns)
            .Where(row => row.Id != excludedId)
            .Select(ToAttendee)
            .ToList();
    }

    public static IReadOnlyList<NextStep> ReadNextSteps(IOrganizationService service, Guid meetingId)
    {
        var columns = new ColumnSet(
            NextStepColumns.Name, NextStepColumns.Description, NextStepColumns.DueDate, NextStepColumns.OwnerId);
        return ReadChildren(service, NextStepColumns.Table, NextStepColumns.MeetingId, meetingId, columns)
            .Select(ToNextStep)
            .ToList();
    }

    private static IEnumerable<Entity> ReadChildren(
        IOrganizationService service, string table, string meetingColumn, Guid meetingId, ColumnSet columns)
    {
        if (meetingId == Guid.Empty)
        {
            return Enumerable.Empty<Entity>();
        }

        var query = new QueryExpression(table) { ColumnSet = columns };
        query.Criteria.AddCondition(meetingColumn, ConditionOperator.Equal, meetingId);
        return service.RetrieveMultiple(query).Entities;
    }

    private static Attendee ToAttendee(Entity row)
    {
        var side = row.GetAttributeValue<OptionSetValue>(AttendeeColumns.Side);
        return new Attendee(
            row.GetAttributeValue<string>(AttendeeColumns.Name) ?? row.Id.ToString(),
            side == null ? null : (AttendeeSide)side.Value,
            row.GetAttributeValue<bool>(AttendeeColumns.IsRequired),
            EntityMerge.GetUtcTime(row, AttendeeColumns.ConfirmedOn));
    }

    private static NextStep ToNextStep(Entity row)
    {
        var description = row.GetAttributeValue<string>(NextStepColumns.Name)
            ?? row.GetAttributeValue<string>(NextStepColumns.Description);
        return new NextStep(
            description,
            row.GetAttributeValue<EntityReference>(NextStepColumns.OwnerId) != null,
            EntityMerge.GetUtcTime(row, NextStepColumns.DueDate));
    }
}
