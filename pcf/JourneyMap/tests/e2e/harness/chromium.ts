import { mkdtemp, rm } from "fs/promises";
import { tmpdir } from "os";
import { join } from "path";
import { type BrowserContext, chromium } from "playwright-core";

/** Path of Debian's Chromium, or of the build that CHROMIUM_PATH names. */
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags that run Chromium headless and switch off its background network traffic. */
const chromiumFlags = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
];

/** A headless Chromium with a fresh profile that is deleted on close. */
export interface HarnessBrowser {
    context: BrowserContext;
    close: () => Promise<void>;
}

/**
 * Launches headless Chromium with a new user-data directory.
 * Playwright passes the directory as --user-data-dir. Every request to a host other than 127.0.0.1 is aborted.
 */
export async function launchChromium(): Promise<HarnessBrowser> {
    const userDataDir = await mkdtemp(join(tmpdir(), "journey-map-chromium-"));
    const context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: chromiumPath,
        headless: true,
        args: chromiumFlags,
        viewport: { width: 1280, height: 900 },
    });
    await context.route("**/*", async (route) => {
        const host = new URL(route.request().url()).hostname;
        await (host === "127.0.0.1" ? route.continue() : route.abort());
    });
    return {
        context,
        close: async () => {
            await context.close();
            await rm(userDataDir, { recursive: true, force: true });
        },
    };
}
