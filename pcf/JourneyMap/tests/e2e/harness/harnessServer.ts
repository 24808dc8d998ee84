import { build } from "esbuild";
import { readFile } from "fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "http";
import type { AddressInfo } from "net";
import { extname, join, normalize, sep } from "path";

/** A running harness server. */
export interface HarnessServer {
    /** Base address, http://127.0.0.1:<port>/ */
    url: string;
    close: () => Promise<void>;
}

const contentTypes: Record<string, string> = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".resx": "application/xml; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".css": "text/css; charset=utf-8",
};

const indexHtml = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Journey map harness</title>
<style>body { margin: 0; padding: 16px; font-family: "Segoe UI", sans-serif; } h1 { font-size: 14px; margin: 0 0 12px; }</style>
</head>
<body>
<main>
<h1>Journey map harness: account form</h1>
<div id="control-root"></div>
</main>
<script src="/platform.js"></script>
<script src="/control/bundle.js"></script>
<script src="/harness.js"></script>
</body>
</html>
`;

/**
 * Starts an HTTP server on 127.0.0.1 and an ephemeral port that serves the harness page, the platform libraries,
 * the harness script and the built control folder under /control/.
 */
export async function startHarnessServer(controlDir: string): Promise<HarnessServer> {
    const scripts = new Map<string, string>([
        ["/platform.js", await bundleScript(join(__dirname, "platformLibraries.ts"))],
        ["/harness.js", await bundleScript(join(__dirname, "harnessPage.ts"))],
    ]);
    const server = createServer((request, response) => {
        handle(request, response, scripts, controlDir).catch((error: unknown) => {
            send(response, 500, "text/plain", `Serving ${request.url ?? ""} failed: ${String(error)}`);
        });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    return {
        url: `http://127.0.0.1:${String(port)}/`,
        close: () =>
            new Promise((resolve, reject) => {
                server.close((error) => {
                    if (error) {
                        reject(error);
                        return;
                    }
                    resolve();
                });
            }),
    };
}

async function handle(request: IncomingMessage, response: ServerResponse, scripts: Map<string, string>, controlDir: string): Promise<void> {
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    if (path === "/") {
        send(response, 200, contentTypes[".html"], indexHtml);
        return;
    }
    const script = scripts.get(path);
    if (script !== undefined) {
        send(response, 200, contentTypes[".js"], script);
        return;
    }
    if (!path.startsWith("/control/")) {
        send(response, 404, "text/plain", `Not found: ${path}`);
        return;
    }
    const file = normalize(join(controlDir, decodeURIComponent(path.substring("/control/".length))));
    if (!file.startsWith(controlDir + sep)) {
        send(response, 403, "text/plain", `Rejected a path outside the control folder: ${path}`);
        return;
    }
    const body = await readFile(file).catch(() => null);
    if (body === null) {
        send(response, 404, "text/plain", `Not found: ${path}; build the control first.`);
        return;
    }
    send(response, 200, contentTypes[extname(file)] ?? "application/octet-stream", body);
}

function send(response: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
    response.writeHead(status, { "Content-Type": contentType, "Cache-Control": "no-store" });
    response.end(body);
}

/** Bundles a browser script with React in production mode, as the platform serves it. */
async function bundleScript(entryPoint: string): Promise<string> {
    const result = await build({
        entryPoints: [entryPoint],
        bundle: true,
        write: false,
        format: "iife",
        platform: "browser",
        target: "es2020",
        minify: true,
        define: { "process.env.NODE_ENV": '"production"' },
        logLevel: "silent",
    });
    return result.outputFiles[0].text;
}
