import { join, resolve } from "path";

/** The PCF project folder (pcf/JourneyMap), which contains package.json and the control folder JourneyMap/. */
export const pcfRoot = resolve(__dirname, "..", "..", "..");

/** The folder pcf-scripts writes the built control to. */
export const controlOutDir = join(pcfRoot, "out", "controls", "JourneyMap");

/** The folder that keeps the end-to-end screenshot. */
export const screenshotDir = join(pcfRoot, "e2e");
