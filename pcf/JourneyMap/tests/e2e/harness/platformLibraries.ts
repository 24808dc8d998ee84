/**
 * Stands in for the model-driven app in the harness page: it exposes React 16.14 and Fluent UI v9 under the global
 * names that the control's bundle reads (Reactv16, FluentUIReactv940) and a registry for ComponentFramework.registerControl.
 */
import * as Fluent from "@fluentui/react-components";
import * as React from "react";
import * as ReactDOM from "react-dom";

const registeredControls = new Map<string, unknown>();

Object.assign(window, {
    Reactv16: React,
    FluentUIReactv940: Fluent,
    HarnessReactDOM: ReactDOM,
    ComponentFramework: {
        registeredControls,
        registerControl: (name: string, constructor: unknown) => {
            registeredControls.set(name, constructor);
        },
    },
});
