import { Tables } from "../constants";

/** OData and FetchXML query options of the journey map. Every id passed in must be a normalised GUID. */
export const Queries = {
    account: "?$select=accountid,name,cor_customersince,cor_journeystage",

    deck: "?$select=cor_deckid,_cor_meetingid_value",

    meeting: "?$select=cor_meetingid,_cor_accountid_value",

    milestones(accountId: string): string {
        return (
            "?$select=cor_journeymilestoneid,cor_name,cor_stage,cor_targetdate,cor_achievedon,cor_milestonestatus" +
            `&$filter=_cor_accountid_value eq ${accountId} and statecode eq 0` +
            "&$orderby=cor_targetdate asc,cor_journeymilestoneid asc"
        );
    },

    goals(deckId: string): string {
        return (
            "?$select=cor_partnershipgoalid,cor_name,cor_rank,cor_description,cor_goalstatus" +
            `&$filter=_cor_deckid_value eq ${deckId} and statecode eq 0` +
            "&$orderby=cor_rank asc"
        );
    },

    kpis(goalIds: readonly string[]): string {
        const goalFilter = goalIds.map((id) => `_cor_goalid_value eq ${id}`).join(" or ");
        return (
            "?$select=cor_kpiid,_cor_goalid_value,cor_name,cor_unit,cor_baseline,cor_target,cor_currentvalue," +
            "cor_measuredon,cor_progresspercent" +
            `&$filter=(${goalFilter}) and statecode eq 0` +
            "&$orderby=cor_name asc"
        );
    },

    /** Finds the account's most recently created active deck through the deck's meeting. */
    latestDeck(accountId: string): string {
        const fetchXml =
            `<fetch top="1"><entity name="${Tables.deck}"><attribute name="cor_deckid"/>` +
            `<order attribute="createdon" descending="true"/>` +
            `<filter><condition attribute="statecode" operator="eq" value="0"/></filter>` +
            `<link-entity name="${Tables.meeting}" from="cor_meetingid" to="cor_meetingid" link-type="inner">` +
            `<filter><condition attribute="cor_accountid" operator="eq" value="${accountId}"/></filter>` +
            `</link-entity></entity></fetch>`;
        return "?fetchXml=" + encodeURIComponent(fetchXml);
    },
} as const;
