import type { BrowserContext, Page } from "playwright-core";

/** The prefix of the console message the harness page logs when it is ready or has failed. */
const readyMessage = "journey-harness-ready";

/**
 * Opens the harness page with the query and waits for its ready message on the console.
 * Waiting on the console keeps Playwright's selector polling off the page's main thread while the control renders.
 */
export async function openHarness(context: BrowserContext, baseUrl: string, query: string, viewportWidth = 1280): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize({ width: viewportWidth, height: 900 });
    const ready = page.waitForEvent("console", { predicate: (message) => message.text().startsWith(readyMessage), timeout: 30_000 });
    await page.goto(`${baseUrl}?${query}`);
    const message = await ready;
    if (message.type() === "error") {
        await page.close();
        throw new Error(`The harness failed: ${message.text()}`);
    }
    return page;
}
