import { readFileSync } from "fs";
import { join } from "path";

/** Path of the control's English resource file. */
export const resxPath = join(__dirname, "..", "..", "JourneyMap", "strings", "JourneyMap.1033.resx");

/** Reads the name and value of every <data> entry of the resx file, unescaping XML entities. */
export function readResx(path: string = resxPath): Map<string, string> {
    const xml = readFileSync(path, "utf8");
    const entries = new Map<string, string>();
    for (const match of xml.matchAll(/<data name="([^"]+)"[^>]*>\s*<value>([\s\S]*?)<\/value>/g)) {
        entries.set(match[1], unescapeXml(match[2]));
    }
    return entries;
}

function unescapeXml(text: string): string {
    return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}
