using System.Collections.Generic;
using Cor.Plugins.Framework;
using Cor.Rules;
using Cor.Rules.Meetings;
using Cor.Rules.Settings;
using Microsoft.Xrm.Sdk;

namespace Cor.Plugins.Meetings;

/// <summary>
/// PreOperation plugin on Create and Update of cor_meeting: computes cor_durationminutes and checks the meeting rules.
/// </summary>
public sealed class MeetingPlugin : PluginBase
{
    /// <summary>Alias of the pre-image that the Update step registers.</summary>
    public const string PreImageAlias = "PreImage";

    /// <summary>Start of the trace line written when an Update changes no rule column.</summary>
    public const string NoRuleColumnChangedTrace = "The update changes none of the rule columns";

    protected override void ExecuteCore(LocalPluginContext context)
    {
        var target = context.GetTargetEntity();
        var preImage = context.MessageName == MessageNames.Update
            ? context.GetRequiredPreImage(PreImageAlias, string.Join(",", MeetingColumns.PreImageColumns))
            : null;
        if (preImage != null && !ChangesRuleColumn(context, target, preImage))
        {
            return;
        }

        var meeting = MeetingRecord.Merge(preImage, target);
        SetDuration(context, target, meeting);

        var settings = CorSettingsLoader.Load(context);
        var enforcement = Enforcement.Decide(CheckAlwaysRules(meeting, settings), settings);
        RuleEnforcer.Apply(context, target, enforcement, context.ExecutionContext.OperationCreatedOn);
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

    /// <summary>Writes the duration into the Target on Create or when the Target changes the start or the end.</summary>
    private static void SetDuration(LocalPluginContext context, Entity target, MeetingRecord meeting)
    {
        var scheduleSubmitted = target.Contains(MeetingColumns.ScheduledStart)
            || target.Contains(MeetingColumns.ScheduledEnd);
        if (context.MessageName != MessageNames.Create && !scheduleSubmitted)
        {
            return;
        }

        var schedule = meeting.Schedule;
        var hasDuration = schedule.HasValue && schedule.Value.EndsAfterStart;
        var duration = hasDuration ? (object)schedule!.Value.DurationMinutes : null;
        EntityMerge.SetOrClear(target, MeetingColumns.DurationMinutes, duration);
    }

    private static IEnumerable<RuleViolation?> CheckAlwaysRules(MeetingRecord meeting, CorSettings settings)
    {
        if (settings.IsChecked(RuleId.Agenda))
        {
            yield return AgendaRules.CheckAgenda(meeting.Agenda);
        }

        if (settings.IsChecked(RuleId.Duration) && meeting.Schedule is MeetingSchedule schedule)
        {
            yield return ScheduleRules.CheckEndAfterStart(schedule);
            if (schedule.EndsAfterStart)
            {
                yield return ScheduleRules.CheckMaxDuration(schedule, settings.MaxMeetingMinutes);
            }
        }
    }
}
