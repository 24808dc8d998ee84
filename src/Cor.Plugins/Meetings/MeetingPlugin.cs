using System;
using System.Globalization;
using System.Linq;
using Cor.Plugins.Framework;
using Cor.Rules;
using Cor.Rules.Meetings;
using Microsoft.Xrm.Sdk;

namespace Cor.Plugins.Meetings;

/// <summary>
/// PreOperation plugin on Create and Update of cor_meeting: computes cor_durationminutes, stamps cor_plannedon, and
/// checks the meeting rules at their enforcement levels.
/// </summary>
public sealed class MeetingPlugin : PluginBase
{
    /// <summary>Alias of the pre-image that the Update step registers.</summary>
    public const string PreImageAlias = "PreImage";

    /// <summary>Start of the trace line written when an Update changes no rule column.</summary>
    public const string NoRuleColumnChangedTrace = "The update changes none of the rule columns";

    /// <summary>Start of the trace line written when the Target sends a cor_durationminutes value.</summary>
    public const string DurationReplacedTrace = "Replaced the cor_durationminutes sent in the Target,";

    protected override void ExecuteCore(LocalPluginContext context)
    {
        var target = context.GetTargetEntity();
        var preImage = context.GetUpdatePreImage(PreImageAlias, string.Join(",", MeetingColumns.PreImageColumns));
        if (preImage != null && !ChangesRuleColumn(context, target, preImage))
        {
            return;
        }

        var status = StatusChange.Resolve(target, preImage);
        var operationTime = OperationTime(context);
        StampPlannedOn(target, preImage, status, operationTime);
        var meeting = MeetingRecord.Merge(preImage, target);
        SetDuration(context, target, meeting);

        var settings = CorSettingsLoader.Load(context);
        var ruleSet = new MeetingRuleSet(context.OrganizationService, settings, meeting);
        var enforcement = Enforcement.Decide(ruleSet.Check(status).ToList(), settings);
        var breachColumns = MeetingBreachColumns.For(meeting, ruleSet.Deck);
        RuleEnforcer.Apply(context, target, enforcement, operationTime, breachColumns);
    }

    private static bool ChangesRuleColumn(LocalPluginContext context, Entity target, Entity preImage)
    {
        var changed = EntityMerge.ChangedColumns(target, preImage, MeetingColumns.RuleColumns);
        if (changed.Count > 0)
        {
            return true;
        }

        context.TraceSkip(
            $"{NoRuleColumnChangedTrace} ({string.Join(", ", MeetingColumns.RuleColumns)}) of cor_meeting "
            + $"{target.Id}, so the rules are not checked again.");
        return false;
    }

    /// <summary>Returns the time the platform started the operation, in UTC.</summary>
    private static DateTime OperationTime(LocalPluginContext context)
    {
        var created = context.ExecutionContext.OperationCreatedOn;
        return created.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(created, DateTimeKind.Utc)
            : created.ToUniversalTime();
    }

    /// <summary>Sets cor_plannedon to the operation time when the meeting moves to Planned without one.</summary>
    private static void StampPlannedOn(Entity target, Entity? preImage, StatusChange status, DateTime operationTime)
    {
        if (!status.IsTransition || status.To != MeetingStatus.Planned)
        {
            return;
        }

        var plannedOn = EntityMerge.GetUtcTime(EntityMerge.Merge(preImage, target), MeetingColumns.PlannedOn);
        if (plannedOn == null)
        {
            target[MeetingColumns.PlannedOn] = operationTime;
        }
    }

    /// <summary>
    /// Writes the duration into the Target on Create, or when the Target sets the start, the end or the duration.
    /// A duration sent in the Target is replaced by the one computed from the start and the end.
    /// </summary>
    private static void SetDuration(LocalPluginContext context, Entity target, MeetingRecord meeting)
    {
        var durationSubmitted = target.Contains(MeetingColumns.DurationMinutes);
        var scheduleSubmitted = target.Contains(MeetingColumns.ScheduledStart)
            || target.Contains(MeetingColumns.ScheduledEnd);
        if (context.MessageName != MessageNames.Create && !scheduleSubmitted && !durationSubmitted)
        {
            return;
        }

        var schedule = meeting.Schedule;
        var hasDuration = schedule.HasValue && schedule.Value.EndsAfterStart;
        int? duration = hasDuration ? schedule!.Value.DurationMinutes : null;
        if (durationSubmitted)
        {
            TraceReplaced(context, target.GetAttributeValue<int?>(MeetingColumns.DurationMinutes), duration);
        }

        EntityMerge.SetOrClear(target, MeetingColumns.DurationMinutes, duration);
    }

    private static void TraceReplaced(LocalPluginContext context, int? sent, int? computed)
    {
        context.Trace(
            "{0} {1} with {2}, computed from the scheduled start and end.",
            DurationReplacedTrace,
            sent?.ToString(CultureInfo.InvariantCulture) ?? "empty",
            computed?.ToString(CultureInfo.InvariantCulture) ?? "empty");
    }
}
