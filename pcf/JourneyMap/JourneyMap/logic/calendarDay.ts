import type { CalendarDay } from "../data/model";

/** Minutes to add to UTC to get the user's wall-clock time, as userSettings.getTimeZoneOffsetMinutes returns them. */
export type TimeZoneOffset = (instant: Date) => number;

const dateOnlyPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const millisecondsPerDay = 86_400_000;

/**
 * Converts a Web API date value to the calendar day in the user's time zone.
 * Date-only columns arrive as "yyyy-mm-dd" and keep their day. Date-time columns arrive in UTC and move to the user's zone.
 */
export function toCalendarDay(value: unknown, offset: TimeZoneOffset): CalendarDay | null {
    if (typeof value !== "string" || value === "") {
        return null;
    }
    const dateOnly = dateOnlyPattern.exec(value);
    if (dateOnly) {
        return new Date(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3]));
    }
    const instant = new Date(value);
    if (Number.isNaN(instant.getTime())) {
        return null;
    }
    return dayAtOffset(instant, offset);
}

/** Returns the calendar day of an instant in the user's time zone. */
export function dayAtOffset(instant: Date, offset: TimeZoneOffset): CalendarDay {
    const wallClock = new Date(instant.getTime() + offset(instant) * 60_000);
    return new Date(wallClock.getUTCFullYear(), wallClock.getUTCMonth(), wallClock.getUTCDate());
}

/** Returns the whole days from one calendar day to another, negative when `to` is earlier. */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
    const fromUtc = Date.UTC(from.getFullYear(), from.getMonth(), from.getDate());
    const toUtc = Date.UTC(to.getFullYear(), to.getMonth(), to.getDate());
    return Math.round((toUtc - fromUtc) / millisecondsPerDay);
}

/** Returns the later of two calendar days, ignoring nulls. */
export function laterDay(first: CalendarDay | null, second: CalendarDay | null): CalendarDay | null {
    if (first === null) {
        return second;
    }
    if (second === null) {
        return first;
    }
    return daysBetween(first, second) > 0 ? second : first;
}
