import * as React from "react";
import type { LoadResult } from "../data/loadJourney";
import type { HostRecord } from "../data/model";
import type { JourneyServices } from "./journeyServices";

/** The state of the journey load for one form record. */
export type JourneyState =
    | { status: "loading" }
    | { status: "unsaved" }
    | { status: "done"; result: LoadResult }
    | { status: "failed"; error: unknown };

/**
 * Loads the journey when the record or the reload key changes.
 * A response that arrives after the inputs changed or the view unmounted is dropped.
 */
export function useJourneyData(services: JourneyServices, host: HostRecord | null, reloadKey: string): JourneyState {
    const [state, setState] = React.useState<JourneyState>(host ? { status: "loading" } : { status: "unsaved" });
    const entityName = host?.entityName;
    const id = host?.id;

    React.useEffect(() => {
        if (entityName === undefined || id === undefined) {
            setState({ status: "unsaved" });
            return undefined;
        }
        let current = true;
        setState({ status: "loading" });
        services
            .load({ entityName, id })
            .then((result) => {
                if (current) {
                    setState({ status: "done", result });
                }
                return result;
            })
            .catch((error: unknown) => {
                if (current) {
                    setState({ status: "failed", error });
                }
            });
        return () => {
            current = false;
        };
    }, [services, entityName, id, reloadKey]);

    return state;
}
