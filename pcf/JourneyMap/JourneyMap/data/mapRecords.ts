import { MilestoneStatus, type MilestoneStatusValue } from "../constants";
import { type TimeZoneOffset, toCalendarDay } from "../logic/calendarDay";
import { normalizeGuid, requireGuid } from "../logic/guid";
import { type EntityRow, readFormattedValue, readNumber, readText } from "./entityFields";
import type { AccountJourney, Goal, Kpi, Milestone } from "./model";

const statusValues = new Set<number>(Object.values(MilestoneStatus));

/** Maps an account row to the fields that place it on its journey. */
export function toAccountJourney(row: EntityRow, offset: TimeZoneOffset): AccountJourney {
    return {
        id: requireGuid(row.accountid, "account id"),
        name: readText(row, "name"),
        customerSince: toCalendarDay(row.cor_customersince, offset),
        journeyStage: readNumber(row, "cor_journeystage"),
    };
}

/** Maps a cor_journeymilestone row. */
export function toMilestone(row: EntityRow, offset: TimeZoneOffset): Milestone {
    const status = readNumber(row, "cor_milestonestatus");
    return {
        id: requireGuid(row.cor_journeymilestoneid, "milestone id"),
        name: readText(row, "cor_name"),
        stage: readNumber(row, "cor_stage"),
        targetDate: toCalendarDay(row.cor_targetdate, offset),
        achievedOn: toCalendarDay(row.cor_achievedon, offset),
        status: status !== null && statusValues.has(status) ? (status as MilestoneStatusValue) : null,
    };
}

/** Maps a cor_partnershipgoal row without KPIs, which attachKpis adds. */
export function toGoal(row: EntityRow): Goal {
    return {
        id: requireGuid(row.cor_partnershipgoalid, "partnership goal id"),
        name: readText(row, "cor_name"),
        rank: readNumber(row, "cor_rank"),
        description: readText(row, "cor_description"),
        statusLabel: readFormattedValue(row, "cor_goalstatus"),
        kpis: [],
    };
}

/** Maps a cor_kpi row, or returns null when it names no goal. */
export function toKpi(row: EntityRow, offset: TimeZoneOffset): Kpi | null {
    const goalId = normalizeGuid(row._cor_goalid_value);
    if (goalId === null) {
        return null;
    }
    return {
        id: requireGuid(row.cor_kpiid, "KPI id"),
        goalId,
        name: readText(row, "cor_name"),
        unit: readText(row, "cor_unit"),
        baseline: readNumber(row, "cor_baseline"),
        target: readNumber(row, "cor_target"),
        currentValue: readNumber(row, "cor_currentvalue"),
        measuredOn: toCalendarDay(row.cor_measuredon, offset),
        progressPercent: readNumber(row, "cor_progresspercent"),
    };
}

/** Attaches each KPI to its goal, keeping the goals' order and dropping KPIs of other goals. */
export function attachKpis(goals: readonly Goal[], kpis: readonly Kpi[]): Goal[] {
    return goals.map((goal) => ({ ...goal, kpis: kpis.filter((kpi) => kpi.goalId === goal.id) }));
}
