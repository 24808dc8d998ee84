import { MilestoneStatus, type MilestoneStatusValue } from "../../JourneyMap/constants";
import type { Milestone } from "../../JourneyMap/data/model";
import { isOverdue, milestoneStatusKey } from "../../JourneyMap/logic/milestoneState";

const today = new Date(2026, 5, 15);

function milestone(targetDate: Date | null, status: MilestoneStatusValue | null, achievedOn: Date | null = null): Milestone {
    return { id: "m", name: "m", stage: 107350000, targetDate, achievedOn, status };
}

describe("isOverdue", () => {
    it("is true past the target date and not achieved", () => {
        expect(isOverdue(milestone(new Date(2026, 5, 14), MilestoneStatus.atRisk), today)).toBe(true);
    });

    it("is false on the target date itself", () => {
        expect(isOverdue(milestone(new Date(2026, 5, 15), MilestoneStatus.onTrack), today)).toBe(false);
    });

    it("is false once achieved, by date or by status", () => {
        expect(isOverdue(milestone(new Date(2026, 0, 1), MilestoneStatus.onTrack, new Date(2026, 0, 3)), today)).toBe(false);
        expect(isOverdue(milestone(new Date(2026, 0, 1), MilestoneStatus.achieved), today)).toBe(false);
    });

    it("is false without a target date", () => {
        expect(isOverdue(milestone(null, MilestoneStatus.missed), today)).toBe(false);
    });
});

describe("milestoneStatusKey", () => {
    it.each([
        [MilestoneStatus.achieved, "Status_Achieved"],
        [MilestoneStatus.onTrack, "Status_OnTrack"],
        [MilestoneStatus.atRisk, "Status_AtRisk"],
        [MilestoneStatus.missed, "Status_Missed"],
        [null, "Status_None"],
    ] as const)("maps %p to %s", (status, key) => {
        expect(milestoneStatusKey(milestone(null, status))).toBe(key);
    });
});
