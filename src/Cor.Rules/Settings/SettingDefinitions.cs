using System.Collections.Generic;

namespace Cor.Rules.Settings;

/// <summary>
/// Environment variables that configure the COR rules, with the defaults that the solution ships.
/// </summary>
public static class SettingDefinitions
{
    public static readonly SettingDefinition AgendaLevel =
        SettingDefinition.Level("cor_AgendaRuleLevel", RuleId.Agenda, EnforcementLevel.Enforce);

    public static readonly SettingDefinition DurationLevel =
        SettingDefinition.Level("cor_DurationRuleLevel", RuleId.Duration, EnforcementLevel.Enforce);

    public static readonly SettingDefinition CustomerAttendeeLevel =
        SettingDefinition.Level("cor_CustomerAttendeeRuleLevel", RuleId.CustomerAttendee, EnforcementLevel.Enforce);

    public static readonly SettingDefinition PlanningLeadTimeLevel =
        SettingDefinition.Level("cor_PlanningLeadTimeRuleLevel", RuleId.PlanningLeadTime, EnforcementLevel.Record);

    public static readonly SettingDefinition AttendeeConfirmationLevel = SettingDefinition.Level(
        "cor_AttendeeConfirmationRuleLevel", RuleId.AttendeeConfirmation, EnforcementLevel.Record);

    public static readonly SettingDefinition DeckReviewLevel =
        SettingDefinition.Level("cor_DeckReviewRuleLevel", RuleId.DeckReview, EnforcementLevel.Record);

    public static readonly SettingDefinition PartnershipGoalsLevel =
        SettingDefinition.Level("cor_PartnershipGoalsRuleLevel", RuleId.PartnershipGoals, EnforcementLevel.Enforce);

    public static readonly SettingDefinition FollowUpLevel =
        SettingDefinition.Level("cor_FollowUpRuleLevel", RuleId.FollowUp, EnforcementLevel.Record);

    public static readonly SettingDefinition StatusTransitionLevel =
        SettingDefinition.Level("cor_StatusTransitionRuleLevel", RuleId.StatusTransition, EnforcementLevel.Enforce);

    public static readonly SettingDefinition MaxMeetingMinutes =
        SettingDefinition.Threshold("cor_MaxMeetingMinutes", 60);

    public static readonly SettingDefinition PlanningLeadDays = SettingDefinition.Threshold("cor_PlanningLeadDays", 28);

    public static readonly SettingDefinition ConfirmationLeadHours =
        SettingDefinition.Threshold("cor_ConfirmationLeadHours", 48);

    public static readonly SettingDefinition MaxPartnershipGoals =
        SettingDefinition.Threshold("cor_MaxPartnershipGoals", 3);

    /// <summary>Every definition, levels first, in the order the rules are listed in <see cref="RuleId"/>.</summary>
    public static IReadOnlyList<SettingDefinition> All { get; } = new[]
    {
        AgendaLevel, DurationLevel, CustomerAttendeeLevel, PlanningLeadTimeLevel, AttendeeConfirmationLevel,
        DeckReviewLevel, PartnershipGoalsLevel, FollowUpLevel, StatusTransitionLevel,
        MaxMeetingMinutes, PlanningLeadDays, ConfirmationLeadHours, MaxPartnershipGoals,
    };
}
