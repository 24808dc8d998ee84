import { normalizeGuid, requireGuid } from "../../JourneyMap/logic/guid";

describe("normalizeGuid", () => {
    it("lower-cases and strips braces", () => {
        expect(normalizeGuid("{5A0C1F9E-7B1D-4C39-9A57-0D6F1E0B2A11}")).toBe("5a0c1f9e-7b1d-4c39-9a57-0d6f1e0b2a11");
    });

    it.each([["5a0c1f9e"], ["x' or 1 eq 1"], [null], [12]])("rejects %p", (value) => {
        expect(normalizeGuid(value)).toBeNull();
    });
});

describe("requireGuid", () => {
    it("names the value and the expected form", () => {
        expect(() => requireGuid("abc", "milestone id")).toThrow('The milestone id "abc" is not a GUID');
    });
});
