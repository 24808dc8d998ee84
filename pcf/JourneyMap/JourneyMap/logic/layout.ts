import { WidthBreakpoints } from "../constants";

/** Layout of the stage grid: a fixed column count, or "fluid" when the host gives no width. */
export type JourneyLayout = "narrow" | "medium" | "wide" | "fluid";

/**
 * Returns the layout for the width the host allocates, in pixels.
 * Hosts pass -1 or NaN when they do not track the container, so the grid then sizes itself with CSS.
 */
export function layoutForWidth(allocatedWidth: number): JourneyLayout {
    if (!Number.isFinite(allocatedWidth) || allocatedWidth <= 0) {
        return "fluid";
    }
    if (allocatedWidth < WidthBreakpoints.medium) {
        return "narrow";
    }
    return allocatedWidth < WidthBreakpoints.wide ? "medium" : "wide";
}
