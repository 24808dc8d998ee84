import type { Kpi } from "../../JourneyMap/data/model";
import { kpiProgressPercent, progressBarValue } from "../../JourneyMap/logic/kpiProgress";

function kpi(values: Partial<Kpi>): Kpi {
    return {
        id: "k",
        goalId: "g",
        name: "k",
        unit: "",
        baseline: null,
        target: null,
        currentValue: null,
        measuredOn: null,
        progressPercent: null,
        ...values,
    };
}

describe("kpiProgressPercent", () => {
    it("prefers the stored progress percent", () => {
        expect(kpiProgressPercent(kpi({ baseline: 0, target: 10, currentValue: 1, progressPercent: 75 }))).toBe(75);
    });

    it("computes progress from baseline to target", () => {
        expect(kpiProgressPercent(kpi({ baseline: 120, target: 400, currentValue: 310 }))).toBeCloseTo(67.857, 3);
    });

    it("handles a target below the baseline", () => {
        expect(kpiProgressPercent(kpi({ baseline: 45, target: 20, currentValue: 31 }))).toBeCloseTo(56, 5);
    });

    it("returns null without a current value", () => {
        expect(kpiProgressPercent(kpi({ baseline: 0, target: 80 }))).toBeNull();
    });

    it("returns null when target equals baseline", () => {
        expect(kpiProgressPercent(kpi({ baseline: 5, target: 5, currentValue: 5 }))).toBeNull();
    });
});

describe("progressBarValue", () => {
    it.each([
        [50, 0.5],
        [-20, 0],
        [140, 1],
    ])("clamps %p percent to %p", (percent, value) => {
        expect(progressBarValue(percent)).toBe(value);
    });
});
