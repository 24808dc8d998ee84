import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import * as React from "react";
import { JourneyMapView, type JourneyMapViewProps } from "../../JourneyMap/components/JourneyMapView";
import type { JourneyServices } from "../../JourneyMap/components/journeyServices";
import { createServices } from "../../JourneyMap/createServices";
import { FakeWebApi } from "../mocks/fakeWebApi";
import { createMockContext, type MockContext } from "../mocks/mockContext";
import { readResx } from "../mocks/resxStrings";
import { buildSampleWebApi, SampleIds } from "../mocks/sampleJourney";

const today = new Date(2026, 5, 15, 9, 0);
const strings = readResx();

interface Setup {
    mock: MockContext;
    services: JourneyServices;
    props: JourneyMapViewProps;
}

function setup(webApi: FakeWebApi, host: JourneyMapViewProps["host"] = { entityName: "account", id: SampleIds.account }, openFormError?: string): Setup {
    const mock = createMockContext({ webApi, strings, host, timeZoneOffsetMinutes: 0, ...(openFormError ? { openFormError } : {}) });
    const services = createServices(mock.context, () => today);
    const props: JourneyMapViewProps = { services, host, anchorStage: null, reloadKey: "", layout: "wide", theme: undefined, dir: "ltr" };
    return { mock, services, props };
}

async function renderJourney(props: JourneyMapViewProps): Promise<ReturnType<typeof render>> {
    const result = render(<JourneyMapView {...props} />);
    await screen.findByRole("heading", { level: 2 });
    return result;
}

describe("JourneyMapView journey", () => {
    it("shows the account name and customer-since date", async () => {
        await renderJourney(setup(buildSampleWebApi({ milestones: 12, goals: 3, today })).props);
        expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("Customer journey: Contoso Pharmaceuticals");
        expect(screen.getByText("Customer since 4/21/2025")).toBeInTheDocument();
    });

    it("lists the five stages in order and marks the current one", async () => {
        await renderJourney(setup(buildSampleWebApi({ milestones: 12, goals: 3, today })).props);
        const stageList = screen.getByRole("list", { name: "Journey stages" });
        const stages = within(stageList).getAllByRole("heading", { level: 3 }).map((heading) => heading.textContent);
        expect(stages).toEqual(["Onboarding", "Adoption", "Value realisation", "Expansion", "Renewal"]);
        const current = stageList.querySelectorAll('[aria-current="step"]');
        expect(current).toHaveLength(1);
        expect(current[0]).toHaveTextContent("Value realisation");
        expect(current[0]).toHaveTextContent("Current stage");
    });

    it("shows the time spent in each stage", async () => {
        await renderJourney(setup(buildSampleWebApi({ milestones: 12, goals: 3, today })).props);
        const stageList = screen.getByRole("list", { name: "Journey stages" });
        expect(within(stageList).getAllByText(/days in this stage$/)).toHaveLength(2);
        expect(within(stageList).getAllByText(/days so far$/)).toHaveLength(1);
        expect(within(stageList).getAllByText("Not started")).toHaveLength(2);
    });

    it("puts each milestone on its stage with dates and status", async () => {
        await renderJourney(setup(buildSampleWebApi({ milestones: 12, goals: 3, today })).props);
        const onboarding = screen.getByRole("list", { name: "Milestones in Onboarding" });
        const first = within(onboarding).getAllByRole("listitem")[0];
        expect(first).toHaveTextContent("Kick-off workshop held");
        expect(first).toHaveTextContent(/Target 6\/11\/2025, achieved \d+\/\d+\/2025/);
        expect(within(first).getByText("Achieved")).toBeInTheDocument();
    });

    it("marks overdue milestones", async () => {
        await renderJourney(setup(buildSampleWebApi({ milestones: 12, goals: 3, today })).props);
        const current = screen.getByRole("list", { name: "Milestones in Value realisation" });
        const overdue = within(current).getAllByText("Overdue");
        expect(overdue.length).toBeGreaterThan(0);
        expect(screen.queryAllByText("Overdue")).toHaveLength(overdue.length);
    });

    it("shows goals with KPI progress from baseline to target", async () => {
        await renderJourney(setup(buildSampleWebApi({ milestones: 3, goals: 3, today })).props);
        const bar = screen.getByRole("progressbar", { name: "Weekly active users: 68% of the way from baseline to target" });
        expect(bar).toHaveAttribute("aria-valuenow", String(190 / 280));
        expect(screen.getByText("Baseline 120, current 310, target 400 users")).toBeInTheDocument();
        const unmeasured = screen.getByText("Orders entered automatically").closest("li");
        expect(unmeasured).toHaveTextContent("No measurement yet");
        expect(unmeasured?.querySelector('[role="progressbar"]')).toBeNull();
    });

    it("asks for goals when the deck has none", async () => {
        await renderJourney(setup(buildSampleWebApi({ milestones: 3, goals: 0, today })).props);
        expect(screen.getByText(/No partnership goals yet/)).toBeInTheDocument();
    });

    it("never renders data as HTML", async () => {
        const webApi = buildSampleWebApi({ milestones: 0, goals: 0, today });
        webApi.addRows("cor_journeymilestone", [
            {
                cor_journeymilestoneid: "a1000000-0000-4000-8000-00000000ffff",
                cor_name: '<img src="x" onerror="alert(1)">',
                cor_stage: 107350000,
                _cor_accountid_value: SampleIds.account,
                statecode: 0,
            },
        ]);
        const { container } = await renderJourney(setup(webApi).props);
        expect(container.querySelector("img")).toBeNull();
        expect(screen.getByText('<img src="x" onerror="alert(1)">')).toBeInTheDocument();
    });

    it("has no axe violations", async () => {
        const { container } = await renderJourney(setup(buildSampleWebApi({ milestones: 12, goals: 3, today })).props);
        expect(await axe(container)).toHaveNoViolations();
    });
});

describe("JourneyMapView stage durations", () => {
    it("uses the singular for one day", async () => {
        const webApi = new FakeWebApi()
            .addRows("account", [{ accountid: SampleIds.account, name: "Fabrikam", cor_customersince: "2026-06-14", cor_journeystage: 107350000 }])
            .addRows("cor_journeymilestone", [
                {
                    cor_journeymilestoneid: "a1000000-0000-4000-8000-000000000001",
                    cor_name: "Kick-off workshop held",
                    cor_stage: 107350000,
                    _cor_accountid_value: SampleIds.account,
                    statecode: 0,
                },
            ]);
        await renderJourney(setup(webApi).props);
        expect(screen.getByText("1 day so far")).toBeInTheDocument();
    });
});

describe("JourneyMapView opening records", () => {
    it("opens a milestone on click", async () => {
        const { mock, props } = setup(buildSampleWebApi({ milestones: 12, goals: 3, today }));
        await renderJourney(props);
        fireEvent.click(screen.getByRole("button", { name: "Open milestone Kick-off workshop held" }));
        expect(mock.openedForms).toEqual([{ entityName: "cor_journeymilestone", entityId: "a1000000-0000-4000-8000-000000000000" }]);
    });

    it("opens a goal from the keyboard", async () => {
        const user = userEvent.setup();
        const { mock, props } = setup(buildSampleWebApi({ milestones: 1, goals: 1, today }));
        await renderJourney(props);
        const button = screen.getByRole("button", { name: "Open goal Cut the time to onboard a new site" });
        button.focus();
        await user.keyboard("{Enter}");
        expect(mock.openedForms).toEqual([{ entityName: "cor_partnershipgoal", entityId: "b2000000-0000-4000-8000-000000000000" }]);
    });

    it("says when opening a record failed", async () => {
        const { props } = setup(buildSampleWebApi({ milestones: 1, goals: 1, today }), undefined, "The form is not available offline");
        await renderJourney(props);
        fireEvent.click(screen.getByRole("button", { name: "Open milestone Kick-off workshop held" }));
        expect(await screen.findByRole("alert")).toHaveTextContent("Opening the record failed: The form is not available offline");
    });
});

describe("JourneyMapView states", () => {
    it("shows a loading spinner first", async () => {
        render(<JourneyMapView {...setup(buildSampleWebApi({ milestones: 1, goals: 1, today })).props} />);
        expect(screen.getByText("Loading the customer journey…")).toBeInTheDocument();
        await screen.findByRole("heading", { level: 2 });
        expect(screen.queryByText("Loading the customer journey…")).toBeNull();
    });

    it("tells the user what to add when the journey is empty", async () => {
        const webApi = new FakeWebApi().addRows("account", [{ accountid: SampleIds.account, name: "Fabrikam" }]);
        render(<JourneyMapView {...setup(webApi).props} />);
        const status = await screen.findByRole("status");
        expect(status).toHaveTextContent("Nothing on this journey yet");
        expect(status).toHaveTextContent("Add journey milestones to this account");
    });

    it("asks to save a new record", () => {
        render(<JourneyMapView {...setup(new FakeWebApi(), null).props} />);
        expect(screen.getByRole("status")).toHaveTextContent("Save the record to see its customer journey.");
    });

    it("says which read failed and what to do", async () => {
        const webApi = buildSampleWebApi({ milestones: 3, goals: 1, today }).failOn("cor_partnershipgoal", "Principal user is missing prvReadcor_partnershipgoal privilege");
        render(<JourneyMapView {...setup(webApi).props} />);
        const alert = await screen.findByRole("alert");
        expect(alert).toHaveTextContent("The journey map could not load");
        expect(alert).toHaveTextContent("Reading the partnership goals failed: Principal user is missing prvReadcor_partnershipgoal privilege");
        expect(alert).toHaveTextContent("Refresh the form to try again.");
    });

    it("has no axe violations in the error state", async () => {
        const webApi = buildSampleWebApi({ milestones: 3, goals: 1, today }).failOn("account", "Network error");
        const { container } = render(<JourneyMapView {...setup(webApi).props} />);
        await screen.findByRole("alert");
        expect(await axe(container)).toHaveNoViolations();
    });

    it("drops a response that arrives after the record changed", async () => {
        const webApi = buildSampleWebApi({ milestones: 3, goals: 1, today });
        const { props } = setup(webApi);
        const { rerender } = render(<JourneyMapView {...props} />);
        rerender(<JourneyMapView {...props} host={null} />);
        await waitFor(() => {
            expect(screen.getByRole("status")).toHaveTextContent("Save the record");
        });
        await new Promise((resolve) => setTimeout(resolve, 10));
        expect(screen.queryByRole("heading", { level: 2 })).toBeNull();
    });
});
