using System;
using System.Collections.Generic;
using Cor.Rules;
using Microsoft.Xrm.Sdk;

namespace Cor.Plugins.Framework;

/// <summary>
/// Applies an <see cref="Enforcement"/> to a save: rejects it, stamps breach columns, or traces ignored violations.
/// </summary>
public static class RuleEnforcer
{
    private static readonly IReadOnlyDictionary<RuleId, string> MeetingBreachColumns = new Dictionary<RuleId, string>
    {
        [RuleId.PlanningLeadTime] = "cor_leadtimebreachedon",
        [RuleId.AttendeeConfirmation] = "cor_confirmationbreachedon",
        [RuleId.DeckReview] = "cor_deckreviewbreachedon",
        [RuleId.FollowUp] = "cor_followupbreachedon",
    };

    /// <summary>
    /// Throws <see cref="InvalidPluginExecutionException"/> with the rule messages when a rule at Enforce is broken.
    /// Otherwise writes the breach time of each rule at Record into the Target when the Target is a cor_meeting.
    /// </summary>
    public static void Apply(LocalPluginContext context, Entity target, Enforcement enforcement, DateTime breachTime)
    {
        if (enforcement.IsRejected)
        {
            throw new InvalidPluginExecutionException(enforcement.RejectionMessage);
        }

        foreach (var violation in enforcement.Recorded)
        {
            RecordBreach(context, target, violation, breachTime);
        }

        foreach (var violation in enforcement.Ignored)
        {
            context.Trace("Ignored because the rule {0} is Off: {1}", violation.Rule, violation.Message);
        }
    }

    private static void RecordBreach(LocalPluginContext context, Entity target, RuleViolation violation, DateTime time)
    {
        var isMeeting = target.LogicalName == "cor_meeting";
        if (isMeeting && MeetingBreachColumns.TryGetValue(violation.Rule, out var column))
        {
            target[column] = time;
            context.Trace("Recorded a breach of {0} in {1}: {2}", violation.Rule, column, violation.Message);
            return;
        }

        // NOTE: only four rules have a breach column on cor_meeting. A breach of any other rule at the level Record,
        // or a breach found on another table, is saved and written to the plug-in trace log only.
        context.Trace("Recorded a breach of {0} in the trace log only: {1}", violation.Rule, violation.Message);
    }
}
