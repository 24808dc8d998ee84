using System;
using Cor.Plugins.Framework;
using Cor.Rules.Meetings;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Cor.Plugins.Meetings;

/// <summary>
/// Status and breach columns of one meeting, read for a rule that a change to a related record can break.
/// </summary>
public sealed class StoredMeeting
{
    private StoredMeeting(Guid id, MeetingStatus? status, Entity row)
    {
        Id = id;
        Status = status;
        Row = row;
    }

    public Guid Id { get; }

    /// <summary>Stored status, or null when the meeting has none.</summary>
    public MeetingStatus? Status { get; }

    private Entity Row { get; }

    /// <summary>Returns the stored time of a breach column, or null when it is empty.</summary>
    public DateTime? BreachedOn(string column) => EntityMerge.GetUtcTime(Row, column);

    /// <summary>Returns the meeting with its status and the given breach columns, or null when none exists.</summary>
    public static StoredMeeting? Read(IOrganizationService service, Guid meetingId, params string[] columns)
    {
        var query = new QueryExpression(MeetingColumns.Table) { ColumnSet = new ColumnSet(MeetingColumns.StatusCode) };
        query.ColumnSet.AddColumns(columns);
        query.Criteria.AddCondition(MeetingColumns.Id, ConditionOperator.Equal, meetingId);
        foreach (var row in service.RetrieveMultiple(query).Entities)
        {
            var status = row.GetAttributeValue<OptionSetValue>(MeetingColumns.StatusCode)?.Value;
            return new StoredMeeting(row.Id, status == null ? null : (MeetingStatus)status.Value, row);
        }

        return null;
    }
}
