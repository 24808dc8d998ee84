import { MilestoneStatus } from "../../JourneyMap/constants";
import type { Milestone } from "../../JourneyMap/data/model";
import { buildStageTimeline, unstagedMilestones } from "../../JourneyMap/logic/stageTimeline";

const onboarding = 107350000;
const adoption = 107350001;
const valueRealisation = 107350002;
const today = new Date(2026, 5, 30);

function milestone(id: string, stage: number | null, achievedOn: Date | null): Milestone {
    return { id, name: id, stage, targetDate: null, achievedOn, status: achievedOn ? MilestoneStatus.achieved : MilestoneStatus.onTrack };
}

describe("buildStageTimeline", () => {
    const milestones = [
        milestone("kick-off", onboarding, new Date(2026, 0, 20)),
        milestone("training", onboarding, new Date(2026, 1, 10)),
        milestone("first users", adoption, new Date(2026, 3, 1)),
        milestone("roi", valueRealisation, null),
    ];

    it("lists the five stages in journey order", () => {
        const stages = buildStageTimeline({ milestones, currentStage: valueRealisation, customerSince: new Date(2026, 0, 1), today });
        expect(stages.map((stage) => stage.value)).toEqual([107350000, 107350001, 107350002, 107350003, 107350004]);
    });

    it("marks past, current and future stages", () => {
        const stages = buildStageTimeline({ milestones, currentStage: valueRealisation, customerSince: new Date(2026, 0, 1), today });
        expect(stages.map((stage) => stage.position)).toEqual(["past", "past", "current", "future", "future"]);
    });

    it("measures each past stage to its last achieved milestone", () => {
        const stages = buildStageTimeline({ milestones, currentStage: valueRealisation, customerSince: new Date(2026, 0, 1), today });
        expect(stages[0].days).toBe(40);
        expect(stages[1].days).toBe(50);
    });

    it("measures the current stage up to today", () => {
        const stages = buildStageTimeline({ milestones, currentStage: valueRealisation, customerSince: new Date(2026, 0, 1), today });
        expect(stages[2].days).toBe(90);
    });

    it("gives future stages no duration", () => {
        const stages = buildStageTimeline({ milestones, currentStage: valueRealisation, customerSince: new Date(2026, 0, 1), today });
        expect(stages[3].days).toBeNull();
        expect(stages[4].days).toBeNull();
    });

    it("measures only later stages without a customer-since date", () => {
        const stages = buildStageTimeline({ milestones, currentStage: valueRealisation, customerSince: null, today });
        expect(stages.map((stage) => stage.days)).toEqual([null, 50, 90, null, null]);
    });

    it("stops measuring after a past stage without achieved milestones", () => {
        const gap = [milestone("kick-off", onboarding, new Date(2026, 0, 20))];
        const stages = buildStageTimeline({ milestones: gap, currentStage: valueRealisation, customerSince: new Date(2026, 0, 1), today });
        expect(stages[0].days).toBe(19);
        expect(stages[1].days).toBeNull();
        expect(stages[2].days).toBeNull();
    });

    it("marks every stage unknown without a current stage", () => {
        const stages = buildStageTimeline({ milestones, currentStage: null, customerSince: new Date(2026, 0, 1), today });
        expect(stages.every((stage) => stage.position === "unknown" && stage.days === null)).toBe(true);
    });

    it("puts each milestone on its stage in input order", () => {
        const stages = buildStageTimeline({ milestones, currentStage: valueRealisation, customerSince: new Date(2026, 0, 1), today });
        expect(stages[0].milestones.map((item) => item.id)).toEqual(["kick-off", "training"]);
        expect(stages[2].milestones.map((item) => item.id)).toEqual(["roi"]);
    });
});

describe("unstagedMilestones", () => {
    it("returns milestones with no stage or an unknown stage", () => {
        const items = [milestone("a", null, null), milestone("b", onboarding, null), milestone("c", 999, null)];
        expect(unstagedMilestones(items).map((item) => item.id)).toEqual(["a", "c"]);
    });
});
