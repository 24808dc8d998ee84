import { readAnchor, readHostRecord } from "../../JourneyMap/data/formInputs";

const asMode = (value: object): ComponentFramework.Mode => value as ComponentFramework.Mode;
const asProperty = (raw: unknown): ComponentFramework.PropertyTypes.Property => ({ raw }) as ComponentFramework.PropertyTypes.Property;

describe("readHostRecord", () => {
    it("reads the form record from contextInfo", () => {
        const mode = asMode({ contextInfo: { entityId: "{5A0C1F9E-7B1D-4C39-9A57-0D6F1E0B2A11}", entityTypeName: "account" } });
        expect(readHostRecord(mode)).toEqual({ entityName: "account", id: "5a0c1f9e-7b1d-4c39-9a57-0d6f1e0b2a11" });
    });

    it("returns null on an unsaved record", () => {
        expect(readHostRecord(asMode({ contextInfo: { entityId: "", entityTypeName: "account" } }))).toBeNull();
    });

    it("returns null when the host gives no contextInfo", () => {
        expect(readHostRecord(asMode({}))).toBeNull();
    });
});

describe("readAnchor", () => {
    it("reads a journey stage choice", () => {
        expect(readAnchor(asProperty(107350003))).toEqual({ stage: 107350003, lookupId: null });
    });

    it("reads a meeting lookup", () => {
        const raw = [{ id: "8E4B7C21-3F0A-4D62-B1C9-6A2E5D7F3B22", entityType: "cor_meeting", name: "COR" }];
        expect(readAnchor(asProperty(raw))).toEqual({ stage: null, lookupId: "8e4b7c21-3f0a-4d62-b1c9-6a2e5d7f3b22" });
    });

    it.each([[null], [[]], ["text"]])("reads %p as empty", (raw) => {
        expect(readAnchor(asProperty(raw))).toEqual({ stage: null, lookupId: null });
    });

    it("reads a missing property as empty", () => {
        expect(readAnchor(undefined)).toEqual({ stage: null, lookupId: null });
    });
});
