import { execFileSync } from "child_process";
import { join } from "path";
import { pcfRoot } from "./paths";

/** Builds the production bundle with pcf-scripts, with the Power Platform tools' telemetry switched off. */
export function buildProductionBundle(): void {
    const pcfScripts = join(pcfRoot, "node_modules", ".bin", "pcf-scripts");
    execFileSync(pcfScripts, ["build", "--buildMode", "production"], {
        cwd: pcfRoot,
        env: { ...process.env, PP_TOOLS_TELEMETRY_OPTOUT: "1" },
        stdio: "pipe",
    });
}
