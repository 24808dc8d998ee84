import type { Theme } from "@fluentui/react-components";
import * as React from "react";
import { JourneyMapView, type JourneyMapViewProps } from "./components/JourneyMapView";
import type { JourneyServices } from "./components/journeyServices";
import { createServices } from "./createServices";
import { readAnchor, readHostRecord } from "./data/formInputs";
import type { IInputs, IOutputs } from "./generated/ManifestTypes";
import { layoutForWidth } from "./logic/layout";

/** The journey map control: a virtual control whose updateView returns the same element while its inputs are unchanged. */
export class JourneyMap implements ComponentFramework.ReactControl<IInputs, IOutputs> {
    private services: JourneyServices | null = null;
    private lastProps: JourneyMapViewProps | null = null;
    private lastElement: React.ReactElement | null = null;

    /** Creates the platform services once and requests container size tracking from the host. */
    public init(context: ComponentFramework.Context<IInputs>): void {
        context.mode.trackContainerResize(true);
        this.services = createServices(context);
    }

    /** Returns the view, or the previous element when no input changed, so that React skips rendering. */
    public updateView(context: ComponentFramework.Context<IInputs>): React.ReactElement {
        this.services ??= createServices(context);
        const anchor = readAnchor(context.parameters.anchor);
        const props: JourneyMapViewProps = {
            services: this.services,
            host: readHostRecord(context.mode),
            anchorStage: anchor.stage,
            reloadKey: anchor.lookupId ?? "",
            layout: layoutForWidth(context.mode.allocatedWidth),
            theme: readTheme(context),
            dir: context.userSettings.isRTL ? "rtl" : "ltr",
        };
        if (this.lastElement !== null && this.lastProps !== null && sameProps(this.lastProps, props)) {
            return this.lastElement;
        }
        this.lastProps = props;
        this.lastElement = React.createElement(JourneyMapView, props);
        return this.lastElement;
    }

    /** Returns no outputs, because the control never changes the bound column. */
    public getOutputs(): IOutputs {
        return {};
    }

    /** Drops the cached element. React unmounts the view, and the view ignores loads still pending. */
    public destroy(): void {
        this.lastElement = null;
        this.lastProps = null;
    }
}

/** Returns the app's Fluent v9 theme, or undefined so that the view falls back to the web light theme. */
function readTheme(context: ComponentFramework.Context<IInputs>): Theme | undefined {
    const designLanguage = context.fluentDesignLanguage as { tokenTheme?: Theme } | undefined;
    return designLanguage?.tokenTheme;
}

function sameProps(previous: JourneyMapViewProps, next: JourneyMapViewProps): boolean {
    return (
        previous.services === next.services &&
        previous.host?.entityName === next.host?.entityName &&
        previous.host?.id === next.host?.id &&
        previous.anchorStage === next.anchorStage &&
        previous.reloadKey === next.reloadKey &&
        previous.layout === next.layout &&
        previous.theme === next.theme &&
        previous.dir === next.dir
    );
}
