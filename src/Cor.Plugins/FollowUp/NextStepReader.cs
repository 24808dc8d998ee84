using System;
using System.Collections.Generic;
using System.Linq;
using Cor.Plugins.Framework;
using Cor.Plugins.Meetings;
using Cor.Rules.FollowUp;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Cor.Plugins.FollowUp;

/// <summary>
/// Reads the active next steps of a meeting, with their owners' names, in one query.
/// </summary>
public static class NextStepReader
{
    private const string UserAlias = "owneruser";
    private const string TeamAlias = "ownerteam";

    public static IReadOnlyList<FollowUpNextStep> Read(IOrganizationService service, Guid meetingId)
    {
        var query = new QueryExpression(NextStepColumns.Table)
        {
            ColumnSet = new ColumnSet(
                NextStepColumns.Name, NextStepColumns.Description, NextStepColumns.DueDate, NextStepColumns.OwnerId),
        };
        query.Criteria.AddCondition(NextStepColumns.MeetingId, ConditionOperator.Equal, meetingId);
        query.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);

        // The owner's name comes from a join, because the lookup's Name is not filled by every service.
        var user = query.AddLink("systemuser", "owninguser", "systemuserid", JoinOperator.LeftOuter);
        user.EntityAlias = UserAlias;
        user.Columns = new ColumnSet("fullname");
        var team = query.AddLink("team", "owningteam", "teamid", JoinOperator.LeftOuter);
        team.EntityAlias = TeamAlias;
        team.Columns = new ColumnSet("name");

        return service.RetrieveMultiple(query).Entities.Select(ToNextStep).ToList();
    }

    private static FollowUpNextStep ToNextStep(Entity row)
    {
        var owner = row.GetAttributeValue<EntityReference>(NextStepColumns.OwnerId)
            ?? throw new InvalidPluginExecutionException(
                $"The next step {row.Id} has no owner. Assign the next step to a user or a team.");
        return new FollowUpNextStep(
            row.Id,
            row.GetAttributeValue<string>(NextStepColumns.Name),
            row.GetAttributeValue<string>(NextStepColumns.Description),
            EntityMerge.GetUtcTime(row, NextStepColumns.DueDate),
            new OwnerReference(owner.LogicalName, owner.Id),
            OwnerName(row, owner));
    }

    private static string? OwnerName(Entity row, EntityReference owner)
    {
        if (!string.IsNullOrEmpty(owner.Name))
        {
            return owner.Name;
        }

        var aliased = owner.LogicalName == "team" ? TeamAlias + ".name" : UserAlias + ".fullname";
        return row.GetAttributeValue<AliasedValue>(aliased)?.Value as string;
    }
}
