import { join, resolve } from "path";

/** The PCF project folder (pcf/JourneyMap), which contains package.json and the control folder JourneyMap/. */
export const pcfRoot = resolve(__dirname, "..", "..", "..");

/** The folder pcf-scripts writes the built control to. */
export const controlOutDir = join(pcfRoot, "out", "controls", "JourneyMap");

/**
 * The folder for the end-to-end screenshot: e2e/, whose PNG is committed, when UPDATE_E2E_SCREENSHOT=1, and otherwise
 * test-results/, so that a test run leaves the committed PNG unchanged.
 */
export const screenshotDir = join(pcfRoot, process.env.UPDATE_E2E_SCREENSHOT === "1" ? "e2e" : "test-results");
