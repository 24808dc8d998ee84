using System;
using System.Linq;
using Cor.Plugins.Framework;
using Cor.Plugins.Meetings;
using Cor.Rules.Meetings;
using Microsoft.Xrm.Sdk;

namespace Cor.Plugins.FollowUp;

/// <summary>
/// Main operation (stage 30) of the Custom API cor_CloseMeeting, bound to cor_meeting: writes the summary and moves
/// the meeting to Completed with one Update, so the meeting rules and the follow-up tasks apply as for any close.
/// Returns the ids of the meeting's follow-up tasks.
/// </summary>
public sealed class CloseMeetingPlugin : PluginBase
{
    public const string MessageName = "cor_CloseMeeting";

    /// <summary>Request parameter with the summary of the discussion. When it is empty, the stored summary stays.</summary>
    public const string SummaryParameter = "Summary";

    /// <summary>
    /// Response property with the ids of the meeting's follow-up tasks, as strings. After the first close they are
    /// the tasks it created. A repeated call creates nothing and returns the same ids.
    /// </summary>
    public const string TaskIdsProperty = "FollowUpTaskIds";

    protected override void ExecuteCore(LocalPluginContext context)
    {
        var meeting = BoundMeeting(context);
        var update = new Entity(MeetingColumns.Table, meeting.Id)
        {
            [MeetingColumns.StateCode] = new OptionSetValue((int)MeetingState.Inactive),
            [MeetingColumns.StatusCode] = new OptionSetValue((int)MeetingStatus.Completed),
        };
        var summary = context.ExecutionContext.InputParameters.Contains(SummaryParameter)
            ? context.ExecutionContext.InputParameters[SummaryParameter] as string
            : null;
        if (!string.IsNullOrWhiteSpace(summary))
        {
            update[MeetingColumns.Summary] = summary!;
        }

        context.OrganizationService.Update(update);

        var taskIds = FollowUpTaskReader.Read(context.OrganizationService, meeting.Id)
            .Select(pair => pair.Key.ToString())
            .ToArray();
        context.ExecutionContext.OutputParameters[TaskIdsProperty] = taskIds;
        context.Trace("Closed cor_meeting {0}; it has {1} follow-up tasks.", meeting.Id, taskIds.Length);
    }

    private static EntityReference BoundMeeting(LocalPluginContext context)
    {
        var parameters = context.ExecutionContext.InputParameters;
        if (parameters.Contains("Target") && parameters["Target"] is EntityReference target
            && target.LogicalName == MeetingColumns.Table && target.Id != Guid.Empty)
        {
            return target;
        }

        throw new InvalidPluginExecutionException(
            $"{MessageName} received no COR meeting to close. Call it bound to a cor_meeting row, for example "
            + "POST /api/data/v9.2/cor_meetings(<id>)/Microsoft.Dynamics.CRM.cor_CloseMeeting.");
    }
}
