import type { JourneyServices } from "./components/journeyServices";
import { createJourneyLoader } from "./data/loadJourney";
import { dayAtOffset, type TimeZoneOffset } from "./logic/calendarDay";
import { readStrings } from "./strings";

/** Creates the platform services of the view from the context that init receives. */
export function createServices(context: ComponentFramework.Context<unknown>, clock: () => Date = () => new Date()): JourneyServices {
    const offset: TimeZoneOffset = (instant) => context.userSettings.getTimeZoneOffsetMinutes(instant);
    return {
        load: createJourneyLoader(context.webAPI, offset),
        openRecord: async (entityName, id) => {
            await context.navigation.openForm({ entityName, entityId: id });
        },
        formatDay: (day) => context.formatting.formatDateShort(day),
        formatNumber: (value) => context.formatting.formatInteger(value),
        today: () => dayAtOffset(clock(), offset),
        strings: readStrings(context.resources),
    };
}
