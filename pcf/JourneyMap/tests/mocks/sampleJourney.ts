import { FakeWebApi, type Row } from "./fakeWebApi";

/** Fixed ids of the sample account and its COR meeting and deck. */
export const SampleIds = {
    account: "5a0c1f9e-7b1d-4c39-9a57-0d6f1e0b2a11",
    meeting: "8e4b7c21-3f0a-4d62-b1c9-6a2e5d7f3b22",
    deck: "c3d9e2f4-1a6b-4e75-8c0d-9b7a3e5f4c33",
} as const;

/** Size and shape of the sample journey. */
export interface SampleOptions {
    milestones: number;
    goals: number;
    /** The day the data is laid out around, so that some milestones are overdue relative to it. */
    today: Date;
}

const stageValues = [107350000, 107350001, 107350002, 107350003, 107350004];
const currentStageIndex = 2;
const milestoneNames = [
    "Kick-off workshop held",
    "Admin team trained",
    "Single sign-on configured",
    "First integration live",
    "Half of the licences active",
    "Executive sponsor review",
    "Return-on-investment case signed off",
    "Second business unit onboarded",
    "Regional rollout finished",
    "Renewal proposal sent",
];

/** Builds a Web API holding a realistic journey: an account in Value realisation, its milestones, one deck and goals. */
export function buildSampleWebApi(options: SampleOptions): FakeWebApi {
    const customerSince = addDays(options.today, -420);
    const webApi = new FakeWebApi();
    webApi.addRows("account", [
        {
            accountid: SampleIds.account,
            name: "Contoso Pharmaceuticals",
            cor_customersince: dateOnly(customerSince),
            cor_journeystage: stageValues[currentStageIndex],
        },
    ]);
    webApi.addRows("cor_meeting", [{ cor_meetingid: SampleIds.meeting, _cor_accountid_value: SampleIds.account, statecode: 0 }]);
    webApi.addRows("cor_deck", [
        { cor_deckid: SampleIds.deck, _cor_meetingid_value: SampleIds.meeting, createdon: "2026-01-05T09:00:00Z", statecode: 0 },
    ]);
    webApi.addRows("cor_journeymilestone", buildMilestones(options.milestones, customerSince, options.today));
    const goals = buildGoals(options.goals);
    webApi.addRows("cor_partnershipgoal", goals);
    webApi.addRows("cor_kpi", buildKpis(goals));
    return webApi;
}

/** Returns a GUID whose last group is the index, so sample ids sort in creation order. */
export function sampleGuid(prefix: string, index: number): string {
    return `${prefix}-0000-4000-8000-${index.toString(16).padStart(12, "0")}`;
}

function buildMilestones(count: number, customerSince: Date, today: Date): Row[] {
    const span = 420 + 240;
    return Array.from({ length: count }, (_, index) => {
        const stageIndex = Math.min(Math.floor((index * stageValues.length) / count), stageValues.length - 1);
        const target = addDays(customerSince, Math.round(((index + 1) * span) / (count + 1)));
        const row: Row = {
            cor_journeymilestoneid: sampleGuid("a1000000", index),
            cor_name: index < milestoneNames.length ? milestoneNames[index] : `${milestoneNames[index % milestoneNames.length]} (${String(index + 1)})`,
            cor_stage: stageValues[stageIndex],
            cor_targetdate: dateOnly(target),
            cor_achievedon: null,
            cor_milestonestatus: 107350001,
            _cor_accountid_value: SampleIds.account,
            statecode: 0,
        };
        const isPast = target.getTime() < today.getTime();
        if (stageIndex < currentStageIndex || (stageIndex === currentStageIndex && isPast && index % 3 === 0)) {
            row.cor_achievedon = `${dateOnly(addDays(target, (index % 5) - 2))}T15:30:00Z`;
            row.cor_milestonestatus = 107350000;
        } else if (isPast) {
            row.cor_milestonestatus = index % 2 === 0 ? 107350002 : 107350003;
        } else if (stageIndex === currentStageIndex && index % 4 === 1) {
            row.cor_milestonestatus = 107350002;
        }
        return row;
    });
}

const goalTemplates = [
    { name: "Cut the time to onboard a new site", status: "On track", kpis: [["Days to onboard a site", "days", 45, 20, 31]] },
    {
        name: "Grow weekly active users",
        status: "At risk",
        kpis: [
            ["Weekly active users", "users", 120, 400, 310],
            ["Adoption rate", "%", 20, 75, 48],
        ],
    },
    { name: "Automate order intake", status: "On track", kpis: [["Orders entered automatically", "%", 0, 80, null]] },
] as const;

function buildGoals(count: number): Row[] {
    return goalTemplates.slice(0, count).map((goal, index) => ({
        cor_partnershipgoalid: sampleGuid("b2000000", index),
        cor_name: goal.name,
        cor_rank: index + 1,
        cor_description: `Agreed with the customer's executive sponsor at the COR of January 2026.`,
        cor_goalstatus: 107350000 + index,
        "cor_goalstatus@OData.Community.Display.V1.FormattedValue": goal.status,
        _cor_deckid_value: SampleIds.deck,
        statecode: 0,
    }));
}

function buildKpis(goals: readonly Row[]): Row[] {
    return goals.flatMap((goal, goalIndex) =>
        goalTemplates[goalIndex].kpis.map(([name, unit, baseline, target, current], kpiIndex) => ({
            cor_kpiid: sampleGuid("c3000000", goalIndex * 10 + kpiIndex),
            _cor_goalid_value: goal.cor_partnershipgoalid,
            cor_name: name,
            cor_unit: unit,
            cor_baseline: baseline,
            cor_target: target,
            cor_currentvalue: current,
            cor_measuredon: current === null ? null : "2026-02-01T08:00:00Z",
            cor_progresspercent: null,
            statecode: 0,
        })),
    );
}

function addDays(day: Date, days: number): Date {
    return new Date(day.getFullYear(), day.getMonth(), day.getDate() + days);
}

function dateOnly(day: Date): string {
    const month = String(day.getMonth() + 1).padStart(2, "0");
    const date = String(day.getDate()).padStart(2, "0");
    return `${String(day.getFullYear())}-${month}-${date}`;
}
