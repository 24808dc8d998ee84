using System;
using Cor.Plugins.Framework;
using Cor.Plugins.Meetings;
using Cor.Rules;
using Cor.Rules.FollowUp;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Cor.Plugins.FollowUp;

/// <summary>
/// Synchronous PostOperation plugin on Update of task (filtering attribute statecode): when a meeting's follow-up task
/// is completed, records on the meeting when the follow-up went out, whether it was on time, and a breach when late.
/// </summary>
/// <remarks>
/// The first completion counts: a task reopened and completed again leaves the recorded measure as it is.
/// </remarks>
public sealed class FollowUpMeasurePlugin : PluginBase
{
    /// <summary>Alias of the pre-image that the step registers.</summary>
    public const string PreImageAlias = "PreImage";

    /// <summary>Columns of the step's pre-image.</summary>
    public static readonly string[] PreImageColumns =
    {
        TaskColumns.StateCode, TaskColumns.FollowUpKind, TaskColumns.RegardingObjectId, TaskColumns.ScheduledEnd,
    };

    protected override void ExecuteCore(LocalPluginContext context)
    {
        var target = context.GetTargetEntity();
        var preImage = context.GetRequiredPreImage(PreImageAlias, string.Join(",", PreImageColumns));
        var task = EntityMerge.Merge(preImage, target);
        var meetingId = FollowUpMeetingOf(context, target, preImage, task);
        if (meetingId == null)
        {
            return;
        }

        var meeting = context.OrganizationService.Retrieve(
            MeetingColumns.Table, meetingId.Value, new ColumnSet(MeetingColumns.Name, FollowUpColumns.FollowUpSentOn));
        if (meeting.Contains(FollowUpColumns.FollowUpSentOn))
        {
            context.TraceSkip($"cor_meeting {meetingId} already records a follow-up sent on, and the first one counts.");
            return;
        }

        var measure = FollowUpMeasure.Of(
            context.ExecutionContext.OperationCreatedOn, EntityMerge.GetUtcTime(task, TaskColumns.ScheduledEnd));
        var label = FollowUpMeeting.LabelOf(meeting.GetAttributeValue<string>(MeetingColumns.Name));
        var configuration = FollowUpConfiguration.Load(context);
        context.OrganizationService.Update(ToMeetingUpdate(context, meetingId.Value, measure, label, configuration));
    }

    /// <summary>
    /// Returns the meeting of a follow-up task that this Update completes, or null after tracing why the Update is
    /// not one.
    /// </summary>
    private static Guid? FollowUpMeetingOf(LocalPluginContext context, Entity target, Entity preImage, Entity task)
    {
        var stateAfter = target.GetAttributeValue<OptionSetValue>(TaskColumns.StateCode)?.Value;
        var stateBefore = preImage.GetAttributeValue<OptionSetValue>(TaskColumns.StateCode)?.Value;
        if (stateAfter != TaskColumns.CompletedState || stateBefore == TaskColumns.CompletedState)
        {
            context.TraceSkip($"the update does not complete task {target.Id}.");
            return null;
        }

        var kind = task.GetAttributeValue<OptionSetValue>(TaskColumns.FollowUpKind)?.Value;
        var regarding = task.GetAttributeValue<EntityReference>(TaskColumns.RegardingObjectId);
        if (kind != (int)FollowUpTaskKind.SendFollowUp || regarding?.LogicalName != MeetingColumns.Table)
        {
            context.TraceSkip($"task {target.Id} is not the follow-up task of a COR meeting.");
            return null;
        }

        return regarding.Id;
    }

    private static Entity ToMeetingUpdate(
        LocalPluginContext context, Guid meetingId, FollowUpMeasure measure, string label, FollowUpConfiguration configuration)
    {
        var update = new Entity(MeetingColumns.Table, meetingId)
        {
            [FollowUpColumns.FollowUpSentOn] = measure.SentOn,
            [FollowUpColumns.FollowUpOnTime] = measure.OnTime,
        };
        var violation = measure.CheckOnTime(label);
        if (violation == null)
        {
            return update;
        }

        // A late follow-up cannot be undone by rejecting the task's completion, so the levels Enforce and Record
        // both record the breach. Only Off leaves it out.
        if (configuration.Rules.LevelOf(RuleId.FollowUp) == EnforcementLevel.Off)
        {
            context.Trace("Ignored because the rule FollowUp is Off: {0}", violation.Message);
            return update;
        }

        update[MeetingColumns.FollowUpBreachedOn] = measure.SentOn;
        context.Trace("Recorded a breach of FollowUp in {0}: {1}", MeetingColumns.FollowUpBreachedOn, violation.Message);
        return update;
    }
}
