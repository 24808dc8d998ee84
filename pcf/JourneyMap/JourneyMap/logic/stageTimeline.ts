import { JourneyStages } from "../constants";
import type { CalendarDay, Milestone } from "../data/model";
import { daysBetween, laterDay } from "./calendarDay";

/** Position of a stage relative to the account's current stage. */
export type StagePosition = "past" | "current" | "future" | "unknown";

/** One stage of the journey with its milestones and the days spent in it. */
export interface StageSummary {
    value: number;
    labelKey: string;
    position: StagePosition;
    /** Days spent in the stage, up to today for the current stage, or null when a start or end is not known. */
    days: number | null;
    milestones: Milestone[];
}

/** Inputs of the stage timeline. */
export interface TimelineInput {
    milestones: readonly Milestone[];
    currentStage: number | null;
    customerSince: CalendarDay | null;
    today: CalendarDay;
}

/**
 * Builds the stages in journey order.
 * The first stage starts on the customer-since date. A later stage starts when its predecessor ends, and a past stage
 * ends on the latest achieved date of its milestones. The current stage runs until today.
 */
export function buildStageTimeline(input: TimelineInput): StageSummary[] {
    const currentIndex = JourneyStages.findIndex((stage) => stage.value === input.currentStage);
    const byStage = groupByStage(input.milestones);
    const summaries: StageSummary[] = [];
    let start: CalendarDay | null = input.customerSince;

    JourneyStages.forEach((stage, index) => {
        const milestones = byStage.get(stage.value) ?? [];
        const position = positionOf(index, currentIndex);
        const end = endOf(position, milestones, input.today);
        summaries.push({
            value: stage.value,
            labelKey: stage.labelKey,
            position,
            days: start !== null && end !== null && daysBetween(start, end) >= 0 ? daysBetween(start, end) : null,
            milestones,
        });
        start = position === "past" ? end : null;
    });
    return summaries;
}

/** Returns the milestones whose stage is empty or not a journey stage, in their original order. */
export function unstagedMilestones(milestones: readonly Milestone[]): Milestone[] {
    const known = new Set<number>(JourneyStages.map((stage) => stage.value));
    return milestones.filter((milestone) => milestone.stage === null || !known.has(milestone.stage));
}

function groupByStage(milestones: readonly Milestone[]): Map<number, Milestone[]> {
    const groups = new Map<number, Milestone[]>();
    for (const milestone of milestones) {
        if (milestone.stage === null) {
            continue;
        }
        const group = groups.get(milestone.stage);
        if (group) {
            group.push(milestone);
        } else {
            groups.set(milestone.stage, [milestone]);
        }
    }
    return groups;
}

function positionOf(index: number, currentIndex: number): StagePosition {
    if (currentIndex < 0) {
        return "unknown";
    }
    if (index < currentIndex) {
        return "past";
    }
    return index === currentIndex ? "current" : "future";
}

function endOf(position: StagePosition, milestones: readonly Milestone[], today: CalendarDay): CalendarDay | null {
    if (position === "current") {
        return today;
    }
    if (position !== "past") {
        return null;
    }
    return milestones.reduce<CalendarDay | null>((latest, milestone) => laterDay(latest, milestone.achievedOn), null);
}
