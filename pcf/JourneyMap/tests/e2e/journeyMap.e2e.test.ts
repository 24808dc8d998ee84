import { mkdirSync, readFileSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";
import { buildProductionBundle } from "./harness/buildControl";
import { type HarnessBrowser, launchChromium } from "./harness/chromium";
import type { JourneyHarness } from "./harness/harnessPage";
import { type HarnessServer, startHarnessServer } from "./harness/harnessServer";
import { openHarness as openPage } from "./harness/openHarness";
import { controlOutDir, pcfRoot, screenshotDir } from "./harness/paths";

jest.setTimeout(60_000);

let server: HarnessServer;
let browser: HarnessBrowser;

beforeAll(async () => {
    buildProductionBundle();
    server = await startHarnessServer(controlOutDir);
    browser = await launchChromium();
}, 240_000);

afterAll(async () => {
    await browser.close();
    await server.close();
});

function openHarness(query: string, viewportWidth = 1280): Promise<Page> {
    return openPage(browser.context, server.url, query, viewportWidth);
}

describe("journey map in Chromium", () => {
    let page: Page;

    beforeAll(async () => {
        page = await openHarness("milestones=20&goals=3");
    });

    afterAll(async () => {
        await page.close();
    });

    it("shows the account heading", async () => {
        const heading = await page.textContent("h2");
        expect(heading).toBe("Customer journey: Contoso Pharmaceuticals");
    });

    it("shows five stages with one current", async () => {
        const stages = await page.$$eval('ol[aria-label="Journey stages"] h3', (nodes) => nodes.map((node) => node.textContent));
        expect(stages).toEqual(["Onboarding", "Adoption", "Value realisation", "Expansion", "Renewal"]);
        const current = await page.$$eval('[aria-current="step"]', (nodes) => nodes.map((node) => node.querySelector("h3")?.textContent));
        expect(current).toEqual(["Value realisation"]);
    });

    it("marks overdue milestones", async () => {
        expect(await page.locator("text=Overdue").count()).toBeGreaterThan(0);
    });

    it("shows KPI progress bars", async () => {
        const bars = await page.$$eval('[role="progressbar"]', (nodes) => nodes.map((node) => node.getAttribute("aria-label")));
        expect(bars).toHaveLength(3);
        expect(bars).toContain("Weekly active users: 68% of the way from baseline to target");
    });

    it("lays the five stages out in one row", async () => {
        const columns = await page.$eval('ol[aria-label="Journey stages"]', (node) => getComputedStyle(node).gridTemplateColumns.split(" ").length);
        expect(columns).toBe(5);
    });

    it("opens a milestone from the keyboard", async () => {
        await page.focus('button[aria-label="Open milestone Kick-off workshop held"]');
        await page.keyboard.press("Enter");
        const opened = await page.evaluate(() => (window as unknown as { journeyHarness: JourneyHarness }).journeyHarness.openedForms);
        expect(opened).toEqual([{ entityName: "cor_journeymilestone", entityId: "a1000000-0000-4000-8000-000000000000" }]);
    });

    it("moves within a stage with the arrow keys", async () => {
        await page.focus('button[aria-label="Open milestone Kick-off workshop held"]');
        await page.keyboard.press("ArrowDown");
        const focused = await page.evaluate(() => document.activeElement?.textContent);
        expect(focused).toBe("Admin team trained");
    });

    it("tabs from one stage to the next", async () => {
        await page.focus('button[aria-label="Open milestone Kick-off workshop held"]');
        await page.keyboard.press("Tab");
        const focused = await page.evaluate(() => document.activeElement?.closest("ul")?.getAttribute("aria-label"));
        expect(focused).toBe("Milestones in Adoption");
    });

    it("does not re-render for unchanged inputs", async () => {
        const update = await page.evaluate(() => (window as unknown as { journeyHarness: JourneyHarness }).journeyHarness.updateUnchanged());
        expect(update.sameElement).toBe(true);
        expect(update.rendersAfter).toBe(update.rendersBefore);
    });

    it("has no axe violations", async () => {
        await page.addScriptTag({ path: join(pcfRoot, "node_modules", "axe-core", "axe.min.js") });
        const violations = await page.evaluate(async () => {
            interface AxeContext {
                include: string[][];
                exclude: string[][];
            }
            const axe = (window as unknown as { axe: { run: (context: AxeContext) => Promise<{ violations: { id: string }[] }> } }).axe;
            // Tabster, which Fluent uses for arrow-key navigation, adds aria-hidden sentinels that pass focus on when
            // reached. The aria-hidden-focus rule of axe would report them, so the scan leaves them out.
            const results = await axe.run({ include: [["#control-root"]], exclude: [["[data-tabster-dummy]"]] });
            return results.violations.map((violation) => violation.id);
        });
        expect(violations).toEqual([]);
    });

    it("keeps a screenshot of the wide layout", async () => {
        mkdirSync(screenshotDir, { recursive: true });
        const path = join(screenshotDir, "journey-map-wide.png");
        await page.locator("#control-root").screenshot({ path });
        expect(readFileSync(path).length).toBeGreaterThan(10_000);
    });
});

describe("journey map layouts and states", () => {
    it("stacks the stages on a phone", async () => {
        const page = await openHarness("milestones=20&goals=3&width=358", 390);
        const columns = await page.$eval('ol[aria-label="Journey stages"]', (node) => getComputedStyle(node).gridTemplateColumns.split(" ").length);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        await page.close();
        expect(columns).toBe(1);
        expect(overflow).toBe(0);
    });

    it("uses system colours in forced-colors mode", async () => {
        const page = await openHarness("milestones=5&goals=1");
        await page.emulateMedia({ forcedColors: "active" });
        const colours = await page.evaluate(() => {
            const probe = document.createElement("div");
            probe.style.color = "Highlight";
            document.body.appendChild(probe);
            const current = document.querySelector('[aria-current="step"]');
            return { highlight: getComputedStyle(probe).color, border: current ? getComputedStyle(current).borderTopColor : "" };
        });
        await page.close();
        expect(colours.border).toBe(colours.highlight);
    });

    it("shows the empty state", async () => {
        const page = await openHarness("milestones=0&goals=0");
        const status = await page.textContent("[role=status]");
        await page.close();
        expect(status).toContain("Nothing on this journey yet");
    });

    it("shows which read failed", async () => {
        const page = await openHarness("milestones=0&fail=cor_journeymilestone");
        const alert = await page.textContent("[role=alert]");
        await page.close();
        expect(alert).toContain("Reading the journey milestones failed: Principal user is missing prvReadcor_journeymilestone privilege.");
    });

    it("renders 500 milestones read across pages", async () => {
        const page = await openHarness("milestones=500&goals=3");
        const buttons = await page.locator('button[aria-label^="Open milestone "]').count();
        await page.close();
        expect(buttons).toBe(500);
    });
});
