import { MaxMilestonePages, MilestonePageSize, Tables } from "../constants";
import type { TimeZoneOffset } from "../logic/calendarDay";
import { normalizeGuid } from "../logic/guid";
import type { EntityRow } from "./entityFields";
import { runStep } from "./journeyLoadError";
import { attachKpis, toAccountJourney, toGoal, toKpi, toMilestone } from "./mapRecords";
import type { Goal, HostRecord, Journey, Kpi } from "./model";
import { Queries } from "./queries";
import { retrieveAllPages } from "./retrieveAllPages";

/** A loaded journey, or the resource key of what the user must add before there is one. */
export type LoadResult = { kind: "loaded"; journey: Journey } | { kind: "missing"; messageKey: string };

/** Loads the journey shown on a form record, or rejects with a JourneyLoadError when a Web API call fails. */
export type JourneyLoader = (host: HostRecord) => Promise<LoadResult>;

interface JourneyIds {
    accountId: string;
    deckId: string | null;
}

/** Creates the loader that reads an account's journey through the Web API. */
export function createJourneyLoader(webApi: ComponentFramework.WebApi, offset: TimeZoneOffset): JourneyLoader {
    return async (host) => {
        const ids = await resolveIds(webApi, host);
        if ("messageKey" in ids) {
            return { kind: "missing", messageKey: ids.messageKey };
        }
        const [accountRow, milestonePages, goals] = await Promise.all([
            runStep("Error_LoadAccount", () => webApi.retrieveRecord(Tables.account, ids.accountId, Queries.account)),
            runStep("Error_LoadMilestones", () =>
                retrieveAllPages(webApi, Tables.milestone, Queries.milestones(ids.accountId), MilestonePageSize, MaxMilestonePages),
            ),
            loadGoals(webApi, ids.deckId, offset),
        ]);
        const journey: Journey = {
            account: toAccountJourney(accountRow, offset),
            milestones: milestonePages.rows.map((row) => toMilestone(row, offset)),
            milestonesTruncated: milestonePages.truncated,
            goals,
        };
        return { kind: "loaded", journey };
    };
}

async function resolveIds(webApi: ComponentFramework.WebApi, host: HostRecord): Promise<JourneyIds | { messageKey: string }> {
    if (host.entityName === Tables.account) {
        const deckId = await findLatestDeckId(webApi, host.id);
        return { accountId: host.id, deckId };
    }
    if (host.entityName !== Tables.deck) {
        return { messageKey: "Empty_UnsupportedTable" };
    }
    const deck = (await runStep("Error_LoadDeck", () => webApi.retrieveRecord(Tables.deck, host.id, Queries.deck))) as EntityRow;
    const meetingId = normalizeGuid(deck._cor_meetingid_value);
    if (meetingId === null) {
        return { messageKey: "Empty_DeckWithoutMeeting" };
    }
    const meeting = (await runStep("Error_LoadMeeting", () =>
        webApi.retrieveRecord(Tables.meeting, meetingId, Queries.meeting),
    )) as EntityRow;
    const accountId = normalizeGuid(meeting._cor_accountid_value);
    if (accountId === null) {
        return { messageKey: "Empty_MeetingWithoutAccount" };
    }
    return { accountId, deckId: host.id };
}

async function findLatestDeckId(webApi: ComponentFramework.WebApi, accountId: string): Promise<string | null> {
    const response = await runStep("Error_LoadDeck", () =>
        webApi.retrieveMultipleRecords(Tables.deck, Queries.latestDeck(accountId)),
    );
    const first = response.entities[0] as EntityRow | undefined;
    return first ? normalizeGuid(first.cor_deckid) : null;
}

async function loadGoals(webApi: ComponentFramework.WebApi, deckId: string | null, offset: TimeZoneOffset): Promise<Goal[]> {
    if (deckId === null) {
        return [];
    }
    const goalResponse = await runStep("Error_LoadGoals", () =>
        webApi.retrieveMultipleRecords(Tables.goal, Queries.goals(deckId)),
    );
    const goals = (goalResponse.entities as EntityRow[]).map(toGoal);
    if (goals.length === 0) {
        return goals;
    }
    const kpiPages = await runStep("Error_LoadKpis", () =>
        retrieveAllPages(webApi, Tables.kpi, Queries.kpis(goals.map((goal) => goal.id)), MilestonePageSize, MaxMilestonePages),
    );
    const kpis = kpiPages.rows.map((row) => toKpi(row, offset)).filter((kpi): kpi is Kpi => kpi !== null);
    return attachKpis(goals, kpis);
}
