using System;
using System.Collections.Generic;

namespace Cor.Rules.Settings;

/// <summary>
/// Validated rule configuration: an enforcement level per rule and the thresholds the rules compare against.
/// </summary>
public sealed class CorSettings
{
    private readonly IReadOnlyDictionary<RuleId, EnforcementLevel> levels;

    public CorSettings(
        IReadOnlyDictionary<RuleId, EnforcementLevel> levels,
        int maxMeetingMinutes,
        int planningLeadDays,
        int confirmationLeadHours,
        int maxPartnershipGoals)
    {
        foreach (RuleId rule in Enum.GetValues(typeof(RuleId)))
        {
            if (!levels.ContainsKey(rule))
            {
                throw new ArgumentException(
                    $"The settings have no enforcement level for the rule {rule}.", nameof(levels));
            }
        }

        this.levels = levels;
        MaxMeetingMinutes = maxMeetingMinutes;
        PlanningLeadDays = planningLeadDays;
        ConfirmationLeadHours = confirmationLeadHours;
        MaxPartnershipGoals = maxPartnershipGoals;
    }

    /// <summary>Maximum scheduled length of a meeting, in minutes.</summary>
    public int MaxMeetingMinutes { get; }

    /// <summary>Minimum time from planning to the meeting's start, in days.</summary>
    public int PlanningLeadDays { get; }

    /// <summary>Minimum time from an attendee's confirmation to the meeting's start, in hours.</summary>
    public int ConfirmationLeadHours { get; }

    /// <summary>Maximum number of partnership goals on one deck, which is also the highest goal rank.</summary>
    public int MaxPartnershipGoals { get; }

    public EnforcementLevel LevelOf(RuleId rule) => levels[rule];

    /// <summary>Returns whether the rule is checked at all, which is true at the levels Enforce and Record.</summary>
    public bool IsChecked(RuleId rule) => levels[rule] != EnforcementLevel.Off;
}
