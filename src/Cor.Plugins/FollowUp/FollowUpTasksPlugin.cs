using System.Linq;
using Cor.Plugins.Framework;
using Cor.Plugins.Meetings;
using Cor.Rules;
using Cor.Rules.FollowUp;
using Cor.Rules.Meetings;
using Microsoft.Xrm.Sdk;

namespace Cor.Plugins.FollowUp;

/// <summary>
/// Synchronous PostOperation plugin on Update of cor_meeting (filtering attributes statecode and statuscode): when the
/// meeting moves to Completed, creates its follow-up tasks in the transaction of the close, as the calling user.
/// </summary>
/// <remarks>
/// It creates only the tasks the meeting does not have yet, so a retried, replayed or repeated close creates nothing
/// twice. It skips an Update that does not move the meeting into Completed, which covers the first of the two
/// invocations of an Update that sets the status with other columns, and it writes only tasks, so it never triggers
/// itself.
/// </remarks>
public sealed class FollowUpTasksPlugin : PluginBase
{
    /// <summary>Alias of the pre-image that the step registers.</summary>
    public const string PreImageAlias = "PreImage";

    /// <summary>Columns of the step's pre-image.</summary>
    public static readonly string[] PreImageColumns =
    {
        MeetingColumns.Name, MeetingColumns.Summary, MeetingColumns.ScheduledEnd, FollowUpColumns.OrganizerId,
        FollowUpColumns.NextMeetingId, MeetingColumns.StateCode, MeetingColumns.StatusCode,
    };

    /// <summary>Start of the trace line written when the Update does not move the meeting into Completed.</summary>
    public const string NotClosingTrace = "The update does not move the meeting into Completed";

    protected override void ExecuteCore(LocalPluginContext context)
    {
        var target = context.GetTargetEntity();
        var preImage = context.GetRequiredPreImage(PreImageAlias, string.Join(",", PreImageColumns));
        if (!MovesIntoCompleted(context, target, preImage))
        {
            return;
        }

        var configuration = FollowUpConfiguration.Load(context);
        if (!configuration.Rules.IsChecked(RuleId.FollowUp))
        {
            context.TraceSkip("the rule FollowUp is Off, so closing the meeting creates no follow-up tasks.");
            return;
        }

        var meeting = ToMeeting(EntityMerge.Merge(preImage, target));
        var service = context.OrganizationService;
        var planned = FollowUpPlanner.Plan(
            meeting,
            NextStepReader.Read(service, meeting.Id),
            configuration.DueHours,
            OwnerReference.User(context.ExecutionContext.UserId),
            context.ExecutionContext.OperationCreatedOn);
        var existing = FollowUpTaskReader.Read(service, meeting.Id).Select(pair => pair.Value);
        var missing = FollowUpPlanner.WithoutExisting(planned, existing);

        var ids = FollowUpTaskWriter.CreateAll(service, meeting, missing);
        context.Trace(
            "Created {0} of {1} planned follow-up tasks for cor_meeting {2}, because {3} existed already.",
            ids.Count, planned.Count, meeting.Id, planned.Count - ids.Count);
    }

    private static bool MovesIntoCompleted(LocalPluginContext context, Entity target, Entity preImage)
    {
        var after = StatusAfter(target);
        var before = preImage.GetAttributeValue<OptionSetValue>(MeetingColumns.StatusCode)?.Value;
        if (after == (int)MeetingStatus.Completed && before != (int)MeetingStatus.Completed)
        {
            return true;
        }

        context.TraceSkip(
            $"{NotClosingTrace} (status before {Show(before)}, after {Show(after)}) on cor_meeting {target.Id}.");
        return false;
    }

    /// <summary>
    /// Returns the status the Update sets: its statuscode, or the default status of the statecode it sets alone.
    /// </summary>
    private static int? StatusAfter(Entity target)
    {
        var status = target.GetAttributeValue<OptionSetValue>(MeetingColumns.StatusCode);
        if (status != null)
        {
            return status.Value;
        }

        var state = target.GetAttributeValue<OptionSetValue>(MeetingColumns.StateCode);
        return state == null ? null : (int)MeetingStatusModel.DefaultStatusOf((MeetingState)state.Value);
    }

    private static string Show(int? status) => status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none";

    private static FollowUpMeeting ToMeeting(Entity meeting)
    {
        var organizer = meeting.GetAttributeValue<EntityReference>(FollowUpColumns.OrganizerId);
        return new FollowUpMeeting(
            meeting.Id,
            meeting.GetAttributeValue<string>(MeetingColumns.Name),
            meeting.GetAttributeValue<string>(MeetingColumns.Summary),
            EntityMerge.GetUtcTime(meeting, MeetingColumns.ScheduledEnd),
            organizer == null ? null : OwnerReference.User(organizer.Id),
            meeting.GetAttributeValue<EntityReference>(FollowUpColumns.NextMeetingId) != null);
    }
}
