import { dayAtOffset, daysBetween, laterDay, toCalendarDay } from "../../JourneyMap/logic/calendarDay";

const utc = (): number => 0;
const plusTenHours = (): number => 600;
const minusEightHours = (): number => -480;

describe("toCalendarDay", () => {
    it("keeps a date-only value on its day", () => {
        const day = toCalendarDay("2026-03-01", minusEightHours);
        expect(day).toEqual(new Date(2026, 2, 1));
    });

    it("moves a UTC instant to the next day east of UTC", () => {
        const day = toCalendarDay("2026-03-01T20:00:00Z", plusTenHours);
        expect(day).toEqual(new Date(2026, 2, 2));
    });

    it("moves a UTC instant to the previous day west of UTC", () => {
        const day = toCalendarDay("2026-03-01T03:00:00Z", minusEightHours);
        expect(day).toEqual(new Date(2026, 1, 28));
    });

    it.each([[null], [undefined], [""], ["not a date"], [42]])("returns null for %p", (value) => {
        expect(toCalendarDay(value, utc)).toBeNull();
    });
});

describe("dayAtOffset", () => {
    it("uses the offset of the instant itself", () => {
        const offsets: Date[] = [];
        dayAtOffset(new Date("2026-07-01T12:00:00Z"), (instant) => {
            offsets.push(instant);
            return 120;
        });
        expect(offsets).toEqual([new Date("2026-07-01T12:00:00Z")]);
    });
});

describe("daysBetween", () => {
    it("counts whole days across a month end", () => {
        expect(daysBetween(new Date(2026, 0, 30), new Date(2026, 1, 2))).toBe(3);
    });

    it("is negative when the end is earlier", () => {
        expect(daysBetween(new Date(2026, 5, 10), new Date(2026, 5, 1))).toBe(-9);
    });

    it("counts a daylight-saving change as one day", () => {
        expect(daysBetween(new Date(2026, 2, 28), new Date(2026, 2, 30))).toBe(2);
    });
});

describe("laterDay", () => {
    it("returns the later of two days", () => {
        expect(laterDay(new Date(2026, 0, 1), new Date(2026, 0, 5))).toEqual(new Date(2026, 0, 5));
    });

    it("ignores a null side", () => {
        expect(laterDay(null, new Date(2026, 0, 5))).toEqual(new Date(2026, 0, 5));
        expect(laterDay(new Date(2026, 0, 1), null)).toEqual(new Date(2026, 0, 1));
    });
});
