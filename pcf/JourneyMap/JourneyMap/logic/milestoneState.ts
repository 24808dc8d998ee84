import { MilestoneStatus } from "../constants";
import type { CalendarDay, Milestone } from "../data/model";
import { daysBetween } from "./calendarDay";

/** True when a milestone that is not achieved has a target date before today. */
export function isOverdue(milestone: Milestone, today: CalendarDay): boolean {
    if (milestone.achievedOn !== null || milestone.status === MilestoneStatus.achieved) {
        return false;
    }
    return milestone.targetDate !== null && daysBetween(milestone.targetDate, today) > 0;
}

/** Returns the resource key of a milestone status label. */
export function milestoneStatusKey(milestone: Milestone): string {
    switch (milestone.status) {
        case MilestoneStatus.achieved:
            return "Status_Achieved";
        case MilestoneStatus.onTrack:
            return "Status_OnTrack";
        case MilestoneStatus.atRisk:
            return "Status_AtRisk";
        case MilestoneStatus.missed:
            return "Status_Missed";
        default:
            return "Status_None";
    }
}
