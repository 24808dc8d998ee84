/**
 * Runs the built control in the harness page: it reads the sample size from the query string, mounts the control on
 * an account form backed by the fake Web API, times the first render and exposes `window.journeyHarness` to the test.
 */
import type * as React from "react";
import type { IInputs, IOutputs } from "../../../JourneyMap/generated/ManifestTypes";
import { createMockContext, type MockContext } from "../../mocks/mockContext";
import { buildSampleWebApi, SampleIds } from "../../mocks/sampleJourney";

type ControlConstructor = new () => ComponentFramework.ReactControl<IInputs, IOutputs>;

interface HarnessGlobals {
    ComponentFramework: { registeredControls: Map<string, unknown> };
    HarnessReactDOM: { render: (element: React.ReactElement, container: Element) => void };
    journeyHarness?: JourneyHarness;
}

/** What the page exposes to the end-to-end test and the benchmark. */
export interface JourneyHarness {
    /** Milliseconds from the first updateView call until the expected content is in the DOM. */
    firstRenderMs: number;
    renders: () => number;
    openedForms: ComponentFramework.NavigationApi.EntityFormOptions[];
    /** Calls updateView with unchanged inputs and renders its result, as the platform does after any form event. */
    updateUnchanged: () => { sameElement: boolean; rendersBefore: number; rendersAfter: number };
    setAllocatedWidth: (width: number) => void;
}

/** The console message the page logs when it is ready, or as the prefix of its failure message. */
const harnessReadyMessage = "journey-harness-ready";

const globals = window as unknown as Window & HarnessGlobals;
const root = requireElement("control-root");

void start().catch((error: unknown) => {
    root.setAttribute("data-harness-error", error instanceof Error ? error.message : String(error));
    console.error(`${harnessReadyMessage}: ${String(error)}`);
});

async function start(): Promise<void> {
    const parameters = new URLSearchParams(window.location.search);
    const milestones = Number(parameters.get("milestones") ?? "20");
    const goals = Number(parameters.get("goals") ?? "3");
    const webApi = buildSampleWebApi({ milestones, goals, today: new Date() });
    const failingTable = parameters.get("fail");
    if (failingTable !== null) {
        webApi.failOn(failingTable, `Principal user is missing prvRead${failingTable} privilege.`);
    }
    const mock = createMockContext({
        webApi,
        strings: await loadStrings(),
        host: { entityName: "account", id: SampleIds.account },
        anchor: 107350002,
        allocatedWidth: Number(parameters.get("width") ?? String(root.clientWidth)),
    });
    const control = new (findControl())();
    control.init(mock.context, () => undefined, {});
    await mountAndTime(control, mock, milestones);
}

async function mountAndTime(control: ComponentFramework.ReactControl<IInputs, IOutputs>, mock: MockContext, milestones: number): Promise<void> {
    const started = performance.now();
    const element = control.updateView(mock.context);
    const counter = countRenders(element);
    globals.HarnessReactDOM.render(element, root);
    await contentReady(milestones);
    const firstRenderMs = performance.now() - started;

    let current = element;
    const rerender = (): void => {
        const next = control.updateView(mock.context);
        globals.HarnessReactDOM.render(next, root);
        current = next;
    };
    globals.journeyHarness = {
        firstRenderMs,
        renders: () => counter.count,
        openedForms: mock.openedForms,
        updateUnchanged: () => {
            const previous = current;
            const rendersBefore = counter.count;
            rerender();
            return { sameElement: previous === current, rendersBefore, rendersAfter: counter.count };
        },
        setAllocatedWidth: (width) => {
            mock.setAllocatedWidth(width);
            rerender();
        },
    };
    root.setAttribute("data-harness-ready", "true");
    console.info(harnessReadyMessage);
}

/**
 * Wraps the function inside the React.memo type of the view so the page can count how often React runs it.
 * It must run before the first render, because React reads the inner function when it creates the fiber.
 */
function countRenders(element: React.ReactElement): { count: number } {
    const counter = { count: 0 };
    const memoType = element.type as unknown as { type: (props: unknown) => unknown };
    const inner = memoType.type;
    memoType.type = (props: unknown) => {
        counter.count++;
        return inner(props);
    };
    return counter;
}

/** Resolves when the milestones, or else a heading, status or alert, are in the DOM. */
function contentReady(milestones: number): Promise<void> {
    const isReady = (): boolean =>
        milestones > 0
            ? root.querySelectorAll("li button").length >= milestones
            : root.querySelector("[role=status], [role=alert], h2") !== null;
    return new Promise((resolve) => {
        if (isReady()) {
            resolve();
            return;
        }
        const observer = new MutationObserver(() => {
            if (isReady()) {
                observer.disconnect();
                resolve();
            }
        });
        observer.observe(root, { childList: true, subtree: true });
    });
}

async function loadStrings(): Promise<Map<string, string>> {
    const response = await fetch("/control/strings/JourneyMap.1033.resx");
    if (!response.ok) {
        throw new Error(`Loading the resx failed with HTTP ${String(response.status)}; build the control first.`);
    }
    const xml = new DOMParser().parseFromString(await response.text(), "application/xml");
    const strings = new Map<string, string>();
    xml.querySelectorAll("data").forEach((data) => {
        strings.set(data.getAttribute("name") ?? "", data.querySelector("value")?.textContent ?? "");
    });
    return strings;
}

function findControl(): ControlConstructor {
    const constructor = globals.ComponentFramework.registeredControls.get("Cor.JourneyMap");
    if (typeof constructor !== "function") {
        throw new Error("The bundle did not register Cor.JourneyMap; check that bundle.js loaded after platform.js.");
    }
    return constructor as ControlConstructor;
}

function requireElement(id: string): HTMLElement {
    const element = document.getElementById(id);
    if (element === null) {
        throw new Error(`The harness page has no element with id "${id}".`);
    }
    return element;
}
