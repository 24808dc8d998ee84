import { JourneyLoadError } from "../../JourneyMap/data/journeyLoadError";
import { createJourneyLoader, type LoadResult } from "../../JourneyMap/data/loadJourney";
import type { Journey } from "../../JourneyMap/data/model";
import { FakeWebApi } from "../mocks/fakeWebApi";
import { buildSampleWebApi, SampleIds } from "../mocks/sampleJourney";

const today = new Date(2026, 5, 15);
const utc = (): number => 0;

function load(fake: FakeWebApi, entityName: string, id: string): Promise<LoadResult> {
    return createJourneyLoader(fake as unknown as ComponentFramework.WebApi, utc)({ entityName, id });
}

function journeyOf(result: LoadResult): Journey {
    if (result.kind !== "loaded") {
        throw new Error(`Expected a loaded journey, got the message ${result.messageKey}`);
    }
    return result.journey;
}

describe("journey loader on the account form", () => {
    it("reads the account fields", async () => {
        const journey = journeyOf(await load(buildSampleWebApi({ milestones: 12, goals: 3, today }), "account", SampleIds.account));
        expect(journey.account.name).toBe("Contoso Pharmaceuticals");
        expect(journey.account.journeyStage).toBe(107350002);
        expect(journey.account.customerSince).toEqual(new Date(2025, 3, 21));
    });

    it("reads every milestone across pages", async () => {
        const fake = buildSampleWebApi({ milestones: 1_050, goals: 3, today });
        const journey = journeyOf(await load(fake, "account", SampleIds.account));
        expect(journey.milestones).toHaveLength(1_050);
        expect(journey.milestonesTruncated).toBe(false);
        expect(fake.calls.filter((call) => call.entityName === "cor_journeymilestone")).toHaveLength(3);
    });

    it("reads the goals of the latest deck in rank order with their KPIs", async () => {
        const journey = journeyOf(await load(buildSampleWebApi({ milestones: 3, goals: 3, today }), "account", SampleIds.account));
        expect(journey.goals.map((goal) => goal.rank)).toEqual([1, 2, 3]);
        expect(journey.goals[1].kpis.map((kpi) => kpi.name)).toEqual(["Adoption rate", "Weekly active users"]);
        expect(journey.goals[1].statusLabel).toBe("At risk");
    });

    it("has no goals when the account has no deck", async () => {
        const fake = new FakeWebApi().addRows("account", [{ accountid: SampleIds.account, name: "Fabrikam" }]);
        const journey = journeyOf(await load(fake, "account", SampleIds.account));
        expect(journey.goals).toEqual([]);
        expect(journey.milestones).toEqual([]);
    });

    it("filters milestones by the account and active state", async () => {
        const fake = buildSampleWebApi({ milestones: 2, goals: 0, today });
        await load(fake, "account", SampleIds.account);
        const call = fake.calls.find((item) => item.entityName === "cor_journeymilestone");
        expect(call?.options).toContain(`_cor_accountid_value eq ${SampleIds.account} and statecode eq 0`);
        expect(call?.maxPageSize).toBe(500);
    });
});

describe("journey loader on the deck form", () => {
    it("finds the account through the deck's meeting", async () => {
        const journey = journeyOf(await load(buildSampleWebApi({ milestones: 5, goals: 2, today }), "cor_deck", SampleIds.deck));
        expect(journey.account.id).toBe(SampleIds.account);
        expect(journey.goals).toHaveLength(2);
    });

    it("asks for a meeting when the deck has none", async () => {
        const fake = new FakeWebApi().addRows("cor_deck", [{ cor_deckid: SampleIds.deck, _cor_meetingid_value: null }]);
        expect(await load(fake, "cor_deck", SampleIds.deck)).toEqual({ kind: "missing", messageKey: "Empty_DeckWithoutMeeting" });
    });

    it("asks for an account when the meeting has none", async () => {
        const fake = new FakeWebApi()
            .addRows("cor_deck", [{ cor_deckid: SampleIds.deck, _cor_meetingid_value: SampleIds.meeting }])
            .addRows("cor_meeting", [{ cor_meetingid: SampleIds.meeting, _cor_accountid_value: null }]);
        expect(await load(fake, "cor_deck", SampleIds.deck)).toEqual({ kind: "missing", messageKey: "Empty_MeetingWithoutAccount" });
    });
});

describe("journey loader failures", () => {
    it("reports another table as unsupported", async () => {
        expect(await load(new FakeWebApi(), "contact", SampleIds.account)).toEqual({ kind: "missing", messageKey: "Empty_UnsupportedTable" });
    });

    it("names the step that failed", async () => {
        const fake = buildSampleWebApi({ milestones: 5, goals: 1, today }).failOn("cor_journeymilestone", "Principal user is missing prvReadcor_journeymilestone privilege");
        const error: unknown = await load(fake, "account", SampleIds.account).catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(JourneyLoadError);
        expect((error as JourneyLoadError).step).toBe("Error_LoadMilestones");
        expect((error as JourneyLoadError).message).toBe("Principal user is missing prvReadcor_journeymilestone privilege");
    });

    it("names the KPI step when KPIs fail", async () => {
        const fake = buildSampleWebApi({ milestones: 1, goals: 1, today }).failOn("cor_kpi", "timeout");
        const error: unknown = await load(fake, "account", SampleIds.account).catch((caught: unknown) => caught);
        expect((error as JourneyLoadError).step).toBe("Error_LoadKpis");
    });
});
