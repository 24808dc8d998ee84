import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import * as React from "react";
import { JourneyContent } from "../../JourneyMap/components/JourneyContent";
import { createServices } from "../../JourneyMap/createServices";
import type { Journey } from "../../JourneyMap/data/model";
import { FakeWebApi } from "../mocks/fakeWebApi";
import { createMockContext } from "../mocks/mockContext";
import { readResx } from "../mocks/resxStrings";

const today = new Date(2026, 5, 15);
const services = createServices(createMockContext({ webApi: new FakeWebApi(), strings: readResx() }).context, () => today);

function journey(values: Partial<Journey>): Journey {
    return {
        account: { id: "5a0c1f9e-7b1d-4c39-9a57-0d6f1e0b2a11", name: "Fabrikam", customerSince: new Date(2025, 0, 1), journeyStage: 107350001 },
        milestones: [{ id: "m1", name: "Kick-off workshop held", stage: 107350000, targetDate: null, achievedOn: null, status: null }],
        milestonesTruncated: false,
        goals: [],
        ...values,
    };
}

function renderContent(value: Journey, anchorStage: number | null = null): void {
    render(
        <FluentProvider theme={webLightTheme}>
            <JourneyContent journey={value} anchorStage={anchorStage} layout="wide" services={services} />
        </FluentProvider>,
    );
}

describe("JourneyContent", () => {
    it("says when the milestone list is cut", () => {
        renderContent(journey({ milestonesTruncated: true }));
        expect(screen.getByRole("status")).toHaveTextContent("Showing the first 10,000 milestones.");
    });

    it("lists milestones without a stage separately", () => {
        renderContent(journey({ milestones: [{ id: "m2", name: "Health check", stage: null, targetDate: null, achievedOn: null, status: null }] }));
        const section = screen.getByRole("region", { name: "Milestones without a stage" });
        expect(section).toHaveTextContent("Health check");
    });

    it("asks for customer since when it is missing", () => {
        renderContent(journey({ account: { id: "5a0c1f9e-7b1d-4c39-9a57-0d6f1e0b2a11", name: "Fabrikam", customerSince: null, journeyStage: 107350001 } }));
        expect(screen.getByText(/Set Customer since and the journey stage/)).toBeInTheDocument();
    });

    it("prefers the bound stage over the saved one", () => {
        renderContent(journey({}), 107350004);
        expect(document.querySelector('[aria-current="step"]')).toHaveTextContent("Renewal");
    });

    it("shows no date for a milestone without a target", () => {
        renderContent(journey({}));
        expect(screen.getByText("Target no date")).toBeInTheDocument();
    });

    it("asks for a KPI on a goal without one", () => {
        renderContent(journey({ goals: [{ id: "g1", name: "Grow usage", rank: 1, description: "", statusLabel: "", kpis: [] }] }));
        expect(screen.getByText(/Add a KPI to this goal/)).toBeInTheDocument();
    });
});
