using System;
using System.Collections.Generic;
using System.Linq;
using Cor.Rules.FollowUp;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Cor.Plugins.FollowUp;

/// <summary>
/// Reads the follow-up tasks of a meeting, open or closed, in one query: the tasks regarding it with a follow-up kind.
/// </summary>
public static class FollowUpTaskReader
{
    /// <summary>Returns each follow-up task's id and key, oldest first.</summary>
    public static IReadOnlyList<KeyValuePair<Guid, FollowUpTaskKey>> Read(IOrganizationService service, Guid meetingId)
    {
        var query = new QueryExpression(TaskColumns.Table)
        {
            ColumnSet = new ColumnSet(TaskColumns.FollowUpKind, TaskColumns.NextStepId),
        };
        query.Criteria.AddCondition(TaskColumns.RegardingObjectId, ConditionOperator.Equal, meetingId);
        query.Criteria.AddCondition(TaskColumns.FollowUpKind, ConditionOperator.NotNull);
        query.AddOrder("createdon", OrderType.Ascending);

        return service.RetrieveMultiple(query).Entities
            .Select(row => new KeyValuePair<Guid, FollowUpTaskKey>(row.Id, KeyOf(row)))
            .ToList();
    }

    private static FollowUpTaskKey KeyOf(Entity row)
    {
        var kind = (FollowUpTaskKind)row.GetAttributeValue<OptionSetValue>(TaskColumns.FollowUpKind).Value;
        var nextStep = row.GetAttributeValue<EntityReference>(TaskColumns.NextStepId);
        return new FollowUpTaskKey(kind, nextStep?.Id);
    }
}
