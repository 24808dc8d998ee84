/** Logical names of the Dataverse tables that the journey map reads. */
export const Tables = {
    account: "account",
    deck: "cor_deck",
    goal: "cor_partnershipgoal",
    kpi: "cor_kpi",
    meeting: "cor_meeting",
    milestone: "cor_journeymilestone",
} as const;

/** Values of the global choice cor_journeystage, in journey order. */
export const JourneyStages = [
    { value: 107350000, labelKey: "Stage_Onboarding" },
    { value: 107350001, labelKey: "Stage_Adoption" },
    { value: 107350002, labelKey: "Stage_ValueRealisation" },
    { value: 107350003, labelKey: "Stage_Expansion" },
    { value: 107350004, labelKey: "Stage_Renewal" },
] as const;

/** Values of cor_journeymilestone.cor_milestonestatus. */
export const MilestoneStatus = {
    achieved: 107350000,
    onTrack: 107350001,
    atRisk: 107350002,
    missed: 107350003,
} as const;

export type MilestoneStatusValue = (typeof MilestoneStatus)[keyof typeof MilestoneStatus];

/** Milestones requested per Web API page, below the documented maxPageSize limit of 5,000 rows. */
export const MilestonePageSize = 500;

/** Pages of milestones loaded before the control stops and shows that the list is cut. */
export const MaxMilestonePages = 20;

/** Container widths, in pixels, at which the stage grid gets more columns. */
export const WidthBreakpoints = {
    medium: 560,
    wide: 1000,
} as const;
