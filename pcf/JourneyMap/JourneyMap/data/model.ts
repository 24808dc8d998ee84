import type { MilestoneStatusValue } from "../constants";

/**
 * A calendar day in the user's time zone, with the local fields of a Date at midnight.
 * Keeping days apart from instants makes overdue checks and stage lengths independent of the browser's zone.
 */
export type CalendarDay = Date;

/** A cor_journeymilestone row. */
export interface Milestone {
    id: string;
    name: string;
    stage: number | null;
    targetDate: CalendarDay | null;
    achievedOn: CalendarDay | null;
    status: MilestoneStatusValue | null;
}

/** A cor_kpi row. */
export interface Kpi {
    id: string;
    goalId: string;
    name: string;
    unit: string;
    baseline: number | null;
    target: number | null;
    currentValue: number | null;
    measuredOn: CalendarDay | null;
    progressPercent: number | null;
}

/** A cor_partnershipgoal row with its KPIs. */
export interface Goal {
    id: string;
    name: string;
    rank: number | null;
    description: string;
    statusLabel: string;
    kpis: Kpi[];
}

/** The account fields that place the customer on its journey. */
export interface AccountJourney {
    id: string;
    name: string;
    customerSince: CalendarDay | null;
    journeyStage: number | null;
}

/** Everything the view shows for one account. */
export interface Journey {
    account: AccountJourney;
    milestones: Milestone[];
    milestonesTruncated: boolean;
    goals: Goal[];
}

/** The form record the control is placed on. */
export interface HostRecord {
    entityName: string;
    id: string;
}
