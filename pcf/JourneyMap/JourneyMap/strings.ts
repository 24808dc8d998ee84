/** Resource keys of every text the control shows. Each has an entry in strings/JourneyMap.1033.resx. */
export const StringKeys = [
    "JourneyMap_Display_Key",
    "Title_Journey",
    "Label_CustomerSince",
    "Label_Stages",
    "Label_CurrentStage",
    "Label_StageNumber",
    "Label_Milestones",
    "Label_Target",
    "Label_TargetAndAchieved",
    "Label_Overdue",
    "Label_NoDate",
    "Label_OpenMilestone",
    "Label_OpenGoal",
    "Label_UnstagedMilestones",
    "Label_NoMilestonesInStage",
    "Title_Goals",
    "Label_GoalRank",
    "Label_KpiValues",
    "Label_KpiProgress",
    "Label_KpiNoProgress",
    "Label_KpiMeasuredOn",
    "Label_GoalWithoutKpi",
    "Duration_Past",
    "Duration_PastOneDay",
    "Duration_Current",
    "Duration_CurrentOneDay",
    "Duration_Unknown",
    "Duration_NotStarted",
    "Duration_NeedsCustomerSince",
    "Stage_Onboarding",
    "Stage_Adoption",
    "Stage_ValueRealisation",
    "Stage_Expansion",
    "Stage_Renewal",
    "Status_Achieved",
    "Status_OnTrack",
    "Status_AtRisk",
    "Status_Missed",
    "Status_None",
    "Loading",
    "Empty_Title",
    "Empty_NoJourney",
    "Empty_NoGoals",
    "Empty_UnsavedRecord",
    "Empty_UnsupportedTable",
    "Empty_DeckWithoutMeeting",
    "Empty_MeetingWithoutAccount",
    "Notice_MilestonesTruncated",
    "Error_Title",
    "Error_LoadAccount",
    "Error_LoadDeck",
    "Error_LoadMeeting",
    "Error_LoadMilestones",
    "Error_LoadGoals",
    "Error_LoadKpis",
    "Error_Unexpected",
    "Error_OpenRecord",
    "Error_NextStep",
] as const;

export type StringKey = (typeof StringKeys)[number];

/** The control's texts in the user's language, keyed by resource key. */
export type Strings = Readonly<Record<StringKey, string>>;

/** Reads every string once, because the resources of a control do not change while the form is open. */
export function readStrings(resources: ComponentFramework.Resources): Strings {
    const entries = StringKeys.map((key) => [key, resources.getString(key)] as const);
    return Object.fromEntries(entries) as Strings;
}

/** Replaces {0}, {1}, … in a resource string with the arguments, as text. */
export function fillTemplate(template: string, ...args: readonly (string | number)[]): string {
    return template.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
        const position = Number(index);
        return position < args.length ? String(args[position]) : placeholder;
    });
}

/** Returns the string of a key that is known only at run time, or the key itself when it is not a resource key. */
export function stringFor(strings: Strings, key: string): string {
    return (StringKeys as readonly string[]).includes(key) ? strings[key as StringKey] : key;
}
