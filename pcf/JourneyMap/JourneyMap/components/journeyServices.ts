import type { JourneyLoader } from "../data/loadJourney";
import type { CalendarDay } from "../data/model";
import type { Strings } from "../strings";

/** What the view needs from the platform; index.ts creates it once, so its identity never changes. */
export interface JourneyServices {
    load: JourneyLoader;
    openRecord: (entityName: string, id: string) => Promise<void>;
    formatDay: (day: CalendarDay) => string;
    formatNumber: (value: number) => string;
    today: () => CalendarDay;
    strings: Strings;
}
