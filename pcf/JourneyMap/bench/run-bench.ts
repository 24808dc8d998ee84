/**
 * Checks the journey map's budgets and prints the measurements:
 * - the production bundle is at most 40,000 bytes;
 * - the first render of 500 milestones takes at most 100 ms (median of fresh pages in headless Chromium), timed
 *   with performance.now from before the first updateView until the 500 milestones are in the DOM;
 * - an updateView with unchanged inputs renders nothing.
 * Exits with code 1 when a budget is exceeded.
 */
import { statSync } from "fs";
import { cpus, totalmem } from "os";
import { join } from "path";
import { buildProductionBundle } from "../tests/e2e/harness/buildControl";
import { launchChromium } from "../tests/e2e/harness/chromium";
import type { JourneyHarness } from "../tests/e2e/harness/harnessPage";
import { startHarnessServer } from "../tests/e2e/harness/harnessServer";
import { openHarness } from "../tests/e2e/harness/openHarness";
import { controlOutDir } from "../tests/e2e/harness/paths";

const bundleBudgetBytes = 40_000;
const firstRenderBudgetMs = 100;
const milestoneCount = 500;
const runs = 7;

interface PageMeasure {
    firstRenderMs: number;
    sameElement: boolean;
    rendersBefore: number;
    rendersAfter: number;
}

async function main(): Promise<void> {
    buildProductionBundle();
    const bundleBytes = statSync(join(controlOutDir, "bundle.js")).size;
    const measures = await measureInChromium();
    const renderTimes = measures.map((measure) => measure.firstRenderMs).sort((left, right) => left - right);
    const medianMs = renderTimes[Math.floor(renderTimes.length / 2)];
    const unchangedRerenders = measures.reduce((sum, measure) => sum + (measure.rendersAfter - measure.rendersBefore), 0);
    const allSame = measures.every((measure) => measure.sameElement);

    console.log(`machine: ${String(cpus().length)} cores, ${String(Math.round(totalmem() / 2 ** 30))} GiB, ${cpus()[0]?.model ?? "unknown CPU"}, Node ${process.version}`);
    console.log(`bundle.js: ${String(bundleBytes)} bytes (budget ${String(bundleBudgetBytes)})`);
    console.log(`first render of ${String(milestoneCount)} milestones, ${String(runs)} fresh pages: median ${medianMs.toFixed(1)} ms, min ${renderTimes[0].toFixed(1)} ms, max ${renderTimes[renderTimes.length - 1].toFixed(1)} ms (budget ${String(firstRenderBudgetMs)} ms)`);
    console.log(`updateView with unchanged inputs: same element ${String(allSame)}, extra renders ${String(unchangedRerenders)} (budget 0)`);

    const failures = [
        bundleBytes > bundleBudgetBytes ? "bundle size" : null,
        medianMs > firstRenderBudgetMs ? "first render time" : null,
        unchangedRerenders > 0 || !allSame ? "re-render on unchanged inputs" : null,
    ].filter((failure): failure is string => failure !== null);
    if (failures.length > 0) {
        console.error(`Budget exceeded: ${failures.join(", ")}.`);
        process.exitCode = 1;
        return;
    }
    console.log("All journey map budgets met.");
}

async function measureInChromium(): Promise<PageMeasure[]> {
    const server = await startHarnessServer(controlOutDir);
    const browser = await launchChromium();
    try {
        const measures: PageMeasure[] = [];
        for (let run = 0; run < runs; run++) {
            const page = await openHarness(browser.context, server.url, `milestones=${String(milestoneCount)}&goals=3`);
            measures.push(
                await page.evaluate(() => {
                    const harness = (window as unknown as { journeyHarness: JourneyHarness }).journeyHarness;
                    return { firstRenderMs: harness.firstRenderMs, ...harness.updateUnchanged() };
                }),
            );
            await page.close();
        }
        return measures;
    } finally {
        await browser.close();
        await server.close();
    }
}

main().catch((error: unknown) => {
    console.error(`The journey map benchmark failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    process.exitCode = 1;
});
