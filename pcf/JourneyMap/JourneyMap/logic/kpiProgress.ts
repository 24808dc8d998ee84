import type { Kpi } from "../data/model";

/**
 * Returns how far a KPI has moved from its baseline to its target, in percent, or null when it cannot be known.
 * The stored cor_progresspercent wins because the server computes it. Otherwise the value comes from baseline,
 * target and current value. The result is not clamped, so a KPI past its target reads above 100.
 */
export function kpiProgressPercent(kpi: Kpi): number | null {
    if (kpi.progressPercent !== null) {
        return kpi.progressPercent;
    }
    if (kpi.baseline === null || kpi.target === null || kpi.currentValue === null) {
        return null;
    }
    if (kpi.target === kpi.baseline) {
        return null;
    }
    return ((kpi.currentValue - kpi.baseline) / (kpi.target - kpi.baseline)) * 100;
}

/** Returns a progress percent clamped to the 0 to 1 range of a progress bar. */
export function progressBarValue(percent: number): number {
    return Math.min(Math.max(percent / 100, 0), 1);
}
