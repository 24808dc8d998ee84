import { FluentProvider, type Theme, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import { JourneyLoadError } from "../data/journeyLoadError";
import type { HostRecord } from "../data/model";
import type { JourneyLayout } from "../logic/layout";
import { fillTemplate, stringFor } from "../strings";
import { JourneyContent } from "./JourneyContent";
import { useJourneyStyles } from "./journeyStyles";
import type { JourneyServices } from "./journeyServices";
import { MessagePanel } from "./MessagePanel";
import { type JourneyState, useJourneyData } from "./useJourneyData";

/** Inputs of the journey map view. index.ts passes the same object while nothing changes. */
export interface JourneyMapViewProps {
    services: JourneyServices;
    host: HostRecord | null;
    anchorStage: number | null;
    reloadKey: string;
    layout: JourneyLayout;
    theme: Theme | undefined;
    dir: "ltr" | "rtl";
}

function JourneyMapViewComponent(props: JourneyMapViewProps): React.ReactElement {
    const styles = useJourneyStyles();
    const state = useJourneyData(props.services, props.host, props.reloadKey);

    return (
        <FluentProvider theme={props.theme ?? webLightTheme} dir={props.dir} className={styles.root} data-layout={props.layout}>
            {renderState(state, props)}
        </FluentProvider>
    );
}

/** The journey map: loading, empty and error states, or the journey of the form's account. */
export const JourneyMapView = React.memo(JourneyMapViewComponent);

function renderState(state: JourneyState, props: JourneyMapViewProps): React.ReactElement {
    const { strings } = props.services;
    switch (state.status) {
        case "unsaved":
            return <MessagePanel kind="info" title={strings.Empty_Title} lines={[strings.Empty_UnsavedRecord]} />;
        case "loading":
            return <MessagePanel kind="info" title={strings.Loading} lines={[]} />;
        case "failed":
            return <MessagePanel kind="error" title={strings.Error_Title} lines={[errorText(state.error, props), strings.Error_NextStep]} />;
        case "done":
            if (state.result.kind === "missing") {
                return <MessagePanel kind="info" title={strings.Empty_Title} lines={[stringFor(strings, state.result.messageKey)]} />;
            }
            if (state.result.journey.milestones.length === 0 && state.result.journey.goals.length === 0) {
                return <MessagePanel kind="info" title={strings.Empty_Title} lines={[strings.Empty_NoJourney]} />;
            }
            return <JourneyContent journey={state.result.journey} anchorStage={props.anchorStage} layout={props.layout} services={props.services} />;
    }
}

function errorText(error: unknown, props: JourneyMapViewProps): string {
    const { strings } = props.services;
    if (error instanceof JourneyLoadError) {
        return fillTemplate(stringFor(strings, error.step), error.message);
    }
    return fillTemplate(strings.Error_Unexpected, error instanceof Error ? error.message : String(error));
}
