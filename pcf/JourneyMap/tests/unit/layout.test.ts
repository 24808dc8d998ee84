import { layoutForWidth } from "../../JourneyMap/logic/layout";

describe("layoutForWidth", () => {
    it.each([
        [360, "narrow"],
        [559, "narrow"],
        [560, "medium"],
        [999, "medium"],
        [1000, "wide"],
        [1920, "wide"],
        [-1, "fluid"],
        [Number.NaN, "fluid"],
        [0, "fluid"],
    ])("maps width %p to %s", (width, layout) => {
        expect(layoutForWidth(width)).toBe(layout);
    });
});
