import type { IInputs } from "../../JourneyMap/generated/ManifestTypes";
import type { FakeWebApi } from "./fakeWebApi";

/** Settings of the mock context. Everything but the Web API and the strings has a default. */
export interface MockContextOptions {
    webApi: FakeWebApi;
    strings: ReadonlyMap<string, string>;
    /** The form record, or null for a record that is not saved yet. */
    host?: { entityName: string; id: string } | null;
    /** The raw value of the bound column: a choice number or an array of lookup values. */
    anchor?: unknown;
    allocatedWidth?: number;
    timeZoneOffsetMinutes?: number;
    /** When set, openForm rejects with this message. */
    openFormError?: string;
}

/** A ComponentFramework context with the members the journey map uses, and a record of what the control asked for. */
export interface MockContext {
    context: ComponentFramework.Context<IInputs>;
    openedForms: ComponentFramework.NavigationApi.EntityFormOptions[];
    resizeTracking: boolean[];
    setAllocatedWidth(width: number): void;
    setAnchor(raw: unknown): void;
}

/** Formats an integer with comma group separators, as formatInteger does for an en-US user, without Intl start-up cost. */
function formatInteger(value: number): string {
    return String(Math.trunc(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Creates a context whose members behave like a model-driven form's, backed by the fake Web API. */
export function createMockContext(options: MockContextOptions): MockContext {
    const openedForms: ComponentFramework.NavigationApi.EntityFormOptions[] = [];
    const resizeTracking: boolean[] = [];
    const host = options.host === undefined ? null : options.host;
    const anchor: { raw: unknown; type: string; attributes: undefined; error: boolean; errorMessage: string; formatted: string } = { raw: options.anchor ?? null, type: "OptionSet", attributes: undefined, error: false, errorMessage: "", formatted: "" };
    const mode = {
        allocatedWidth: options.allocatedWidth ?? 1280,
        allocatedHeight: -1,
        isControlDisabled: false,
        isVisible: true,
        label: "Journey map",
        contextInfo: host === null ? undefined : { entityId: host.id, entityTypeName: host.entityName, entityRecordName: "" },
        setControlState: () => true,
        setFullScreen: () => undefined,
        trackContainerResize: (value: boolean) => {
            resizeTracking.push(value);
        },
    };
    const offset = options.timeZoneOffsetMinutes ?? 60;
    const context = {
        parameters: { anchor },
        mode,
        webAPI: options.webApi,
        resources: {
            getString: (key: string) => options.strings.get(key) ?? key,
            getResource: () => undefined,
        },
        formatting: {
            formatDateShort: (value: Date) => `${String(value.getMonth() + 1)}/${String(value.getDate())}/${String(value.getFullYear())}`,
            formatInteger: formatInteger,
        },
        userSettings: {
            isRTL: false,
            languageId: 1033,
            getTimeZoneOffsetMinutes: () => offset,
        },
        navigation: {
            openForm: (formOptions: ComponentFramework.NavigationApi.EntityFormOptions) => {
                openedForms.push(formOptions);
                return options.openFormError === undefined
                    ? Promise.resolve({ savedEntityReference: [] })
                    : Promise.reject(new Error(options.openFormError));
            },
        },
        updatedProperties: [] as string[],
    };
    return {
        context: context as unknown as ComponentFramework.Context<IInputs>,
        openedForms,
        resizeTracking,
        setAllocatedWidth: (width) => {
            mode.allocatedWidth = width;
        },
        setAnchor: (raw) => {
            anchor.raw = raw;
        },
    };
}
