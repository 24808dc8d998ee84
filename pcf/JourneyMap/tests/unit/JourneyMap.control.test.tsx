import { render, screen } from "@testing-library/react";
import * as React from "react";
import { initControl } from "../mocks/renderControl";
import { SampleIds } from "../mocks/sampleJourney";

/** Counts how often React renders the view element that updateView returns. */
const viewRenders = { count: 0 };

jest.mock("../../JourneyMap/components/JourneyMapView", () => {
    const actual = jest.requireActual<typeof import("../../JourneyMap/components/JourneyMapView")>("../../JourneyMap/components/JourneyMapView");
    const CountedJourneyMapView = (props: import("../../JourneyMap/components/JourneyMapView").JourneyMapViewProps): React.ReactElement => {
        viewRenders.count++;
        return React.createElement(actual.JourneyMapView, props);
    };
    return { ...actual, JourneyMapView: CountedJourneyMapView };
});

beforeEach(() => {
    viewRenders.count = 0;
});

describe("JourneyMap control", () => {
    it("asks the host to track the container size", () => {
        const { mock } = initControl();
        expect(mock.resizeTracking).toEqual([true]);
    });

    it("renders the journey of the form's account", async () => {
        const { control, mock } = initControl();
        render(control.updateView(mock.context));
        expect(await screen.findByRole("heading", { level: 2 })).toHaveTextContent("Customer journey: Contoso Pharmaceuticals");
    });

    it("does not re-render when updateView gets unchanged inputs", async () => {
        const { control, mock } = initControl();
        const first = control.updateView(mock.context);
        const { rerender } = render(first);
        await screen.findByRole("heading", { level: 2 });
        const rendersAfterLoad = viewRenders.count;

        const second = control.updateView(mock.context);
        rerender(second);

        expect(second).toBe(first);
        expect(viewRenders.count).toBe(rendersAfterLoad);
    });

    it("does not re-render for a width change inside one layout", async () => {
        const { control, mock } = initControl();
        const { rerender } = render(control.updateView(mock.context));
        await screen.findByRole("heading", { level: 2 });
        const rendersAfterLoad = viewRenders.count;

        mock.setAllocatedWidth(1300);
        rerender(control.updateView(mock.context));

        expect(viewRenders.count).toBe(rendersAfterLoad);
    });

    it("re-renders when the width crosses a layout breakpoint", async () => {
        const { control, mock } = initControl();
        const { rerender, container } = render(control.updateView(mock.context));
        await screen.findByRole("heading", { level: 2 });
        const rendersAfterLoad = viewRenders.count;

        mock.setAllocatedWidth(390);
        rerender(control.updateView(mock.context));

        expect(viewRenders.count).toBe(rendersAfterLoad + 1);
        expect(container.querySelector('[data-layout="narrow"]')).not.toBeNull();
    });

    it("moves the current stage when the bound stage changes", async () => {
        const { control, mock } = initControl();
        const { rerender } = render(control.updateView(mock.context));
        await screen.findByRole("heading", { level: 2 });

        mock.setAnchor(107350003);
        rerender(control.updateView(mock.context));

        const current = document.querySelector('[aria-current="step"]');
        expect(current).toHaveTextContent("Expansion");
    });

    it("renders 600 milestones read across two pages", async () => {
        const { control, mock } = initControl({ milestones: 600 });
        render(control.updateView(mock.context));
        await screen.findByRole("heading", { level: 2 });
        expect(screen.getAllByRole("button", { name: /^Open milestone / })).toHaveLength(600);
    });

    it("reads the deck's journey on the deck form", async () => {
        const { control, mock } = initControl({}, { host: { entityName: "cor_deck", id: SampleIds.deck }, anchor: [{ id: SampleIds.meeting, entityType: "cor_meeting" }] });
        render(control.updateView(mock.context));
        expect(await screen.findByRole("heading", { level: 2 })).toHaveTextContent("Contoso Pharmaceuticals");
        expect(screen.getAllByRole("button", { name: /^Open goal / })).toHaveLength(3);
    });

    it("returns no outputs", () => {
        const { control } = initControl();
        expect(control.getOutputs()).toEqual({});
    });

    it("builds a new element after destroy", () => {
        const { control, mock } = initControl();
        const first = control.updateView(mock.context);
        control.destroy();
        expect(control.updateView(mock.context)).not.toBe(first);
    });
});
