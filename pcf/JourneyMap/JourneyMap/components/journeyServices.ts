import type { JourneyLoader } from "../data/loadJourney";
import type { CalendarDay } from "../data/model";
import type { Strings } from "../strings";

/** Platform services of the view. index.ts creates them once, so the object keeps its identity across updateView calls. */
export interface JourneyServices {
    load: JourneyLoader;
    openRecord: (entityName: string, id: string) => Promise<void>;
    formatDay: (day: CalendarDay) => string;
    formatNumber: (value: number) => string;
    today: () => CalendarDay;
    strings: Strings;
}
