import type { EntityRow } from "./entityFields";

/** The rows of every page read, and whether more pages remained when the page limit was reached. */
export interface PagedRows {
    rows: EntityRow[];
    truncated: boolean;
}

/**
 * Reads a query page by page, following each response's nextLink, until the last page or `maxPages` pages.
 * The Web API expects the query string of the nextLink as the options of the next call.
 */
export async function retrieveAllPages(
    webApi: ComponentFramework.WebApi,
    entityName: string,
    options: string,
    pageSize: number,
    maxPages: number,
): Promise<PagedRows> {
    const rows: EntityRow[] = [];
    let pageOptions = options;
    for (let page = 0; page < maxPages; page++) {
        const response = await webApi.retrieveMultipleRecords(entityName, pageOptions, pageSize);
        rows.push(...(response.entities as EntityRow[]));
        if (!response.nextLink) {
            return { rows, truncated: false };
        }
        pageOptions = nextPageOptions(response.nextLink);
    }
    return { rows, truncated: true };
}

/** Returns the query string of a nextLink, starting with "?". */
export function nextPageOptions(nextLink: string): string {
    const start = nextLink.indexOf("?");
    if (start < 0) {
        throw new Error(`The Web API returned the nextLink "${nextLink}" without a query string, so the next page cannot be read.`);
    }
    return nextLink.substring(start);
}
