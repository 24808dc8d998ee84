import { readFileSync } from "fs";
import { join } from "path";
import { fillTemplate, readStrings, StringKeys, stringFor } from "../../JourneyMap/strings";
import { readResx } from "../mocks/resxStrings";

describe("resource strings", () => {
    const resx = readResx();

    it("has a resx entry for every key the control reads", () => {
        const missing = StringKeys.filter((key) => !resx.has(key));
        expect(missing).toEqual([]);
    });

    it("has a resx entry for every key the manifest names", () => {
        const manifest = readFileSync(join(__dirname, "..", "..", "JourneyMap", "ControlManifest.Input.xml"), "utf8");
        const keys = [...manifest.matchAll(/-key="([^"]+)"/g)].map((match) => match[1]);
        expect(keys.length).toBeGreaterThan(0);
        expect(keys.filter((key) => !resx.has(key))).toEqual([]);
    });

    it("reads each key once through getString", () => {
        const requested: string[] = [];
        readStrings({ getString: (key) => (requested.push(key), key), getResource: () => undefined });
        expect(requested).toEqual([...StringKeys]);
    });
});

describe("fillTemplate", () => {
    it("fills numbered placeholders in any order", () => {
        expect(fillTemplate("{1} of {0}", "five", 2)).toBe("2 of five");
    });

    it("leaves a placeholder without an argument", () => {
        expect(fillTemplate("Stage {0} of {1}", 3)).toBe("Stage 3 of {1}");
    });
});

describe("stringFor", () => {
    it("returns the key when it is not a resource key", () => {
        const strings = readStrings({ getString: (key) => `text of ${key}`, getResource: () => undefined });
        expect(stringFor(strings, "Stage_Adoption")).toBe("text of Stage_Adoption");
        expect(stringFor(strings, "Not_A_Key")).toBe("Not_A_Key");
    });
});
