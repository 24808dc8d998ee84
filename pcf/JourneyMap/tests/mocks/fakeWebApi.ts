/**
 * An in-memory ComponentFramework.WebApi for tests and the browser harness.
 * It understands the query shapes the journey map sends: $filter clauses of the form `column eq value` (clauses on
 * one column are alternatives, clauses on different columns must all hold), $orderby on one or more columns, and the
 * latest-deck FetchXML. Pages are cut at maxPageSize and continued through a nextLink with a $skiptoken offset.
 */
export type Row = Record<string, unknown>;

/** A recorded Web API call. */
export interface WebApiCall {
    method: "retrieveRecord" | "retrieveMultipleRecords";
    entityName: string;
    options: string;
    maxPageSize: number | undefined;
}

const defaultPageSize = 5000;

export class FakeWebApi {
    readonly calls: WebApiCall[] = [];
    private readonly tables = new Map<string, Row[]>();
    private readonly failures = new Map<string, string>();

    /** Adds rows to a table. Each row must carry its primary key column `<table>id`. */
    addRows(entityName: string, rows: readonly Row[]): this {
        const table = this.tables.get(entityName) ?? [];
        table.push(...rows);
        this.tables.set(entityName, table);
        return this;
    }

    /** Makes every later call on the table reject with the message, as the platform rejects with an error object. */
    failOn(entityName: string, message: string): this {
        this.failures.set(entityName, message);
        return this;
    }

    retrieveRecord(entityName: string, id: string, options?: string): Promise<Row> {
        this.calls.push({ method: "retrieveRecord", entityName, options: options ?? "", maxPageSize: undefined });
        const failure = this.failures.get(entityName);
        if (failure !== undefined) {
            return Promise.reject(new Error(failure));
        }
        const row = this.rows(entityName).find((candidate) => candidate[`${entityName}id`] === id);
        if (row === undefined) {
            return Promise.reject(new Error(`${entityName} With Id = ${id} Does Not Exist`));
        }
        return Promise.resolve({ ...row });
    }

    retrieveMultipleRecords(entityName: string, options?: string, maxPageSize?: number): Promise<{ entities: Row[]; nextLink: string }> {
        const query = options ?? "";
        this.calls.push({ method: "retrieveMultipleRecords", entityName, options: query, maxPageSize });
        const failure = this.failures.get(entityName);
        if (failure !== undefined) {
            return Promise.reject(new Error(failure));
        }
        const parameters = new URLSearchParams(query.startsWith("?") ? query.substring(1) : query);
        const fetchXml = parameters.get("fetchXml");
        const matches = fetchXml !== null ? this.latestDeck(fetchXml) : this.select(entityName, parameters);
        return Promise.resolve(this.page(entityName, query, matches, parameters, maxPageSize ?? defaultPageSize));
    }

    private rows(entityName: string): Row[] {
        return this.tables.get(entityName) ?? [];
    }

    private select(entityName: string, parameters: URLSearchParams): Row[] {
        const filter = parseFilter(parameters.get("$filter") ?? "");
        const rows = this.rows(entityName).filter((row) =>
            [...filter.entries()].every(([column, values]) => values.includes(String(row[column]))),
        );
        return sortRows(rows, parameters.get("$orderby") ?? "");
    }

    private latestDeck(fetchXml: string): Row[] {
        const accountId = /attribute="cor_accountid" operator="eq" value="([^"]+)"/.exec(fetchXml)?.[1];
        const meetingIds = new Set(
            this.rows("cor_meeting")
                .filter((meeting) => meeting._cor_accountid_value === accountId)
                .map((meeting) => meeting.cor_meetingid),
        );
        const decks = this.rows("cor_deck").filter((deck) => meetingIds.has(deck._cor_meetingid_value) && deck.statecode !== 1);
        return sortRows(decks, "createdon desc").slice(0, 1);
    }

    private page(entityName: string, query: string, rows: Row[], parameters: URLSearchParams, pageSize: number): { entities: Row[]; nextLink: string } {
        const offset = Number(parameters.get("$skiptoken") ?? "0");
        const entities = rows.slice(offset, offset + pageSize).map((row) => ({ ...row }));
        if (offset + pageSize >= rows.length) {
            return { entities, nextLink: "" };
        }
        parameters.set("$skiptoken", String(offset + pageSize));
        const nextLink = `https://org.example.invalid/api/data/v9.2/${entityName}s?${parameters.toString()}`;
        return { entities, nextLink: query === "" ? "" : nextLink };
    }
}

function parseFilter(filter: string): Map<string, string[]> {
    const clauses = new Map<string, string[]>();
    for (const match of filter.matchAll(/(\w+) eq '?([\w-]+)'?/g)) {
        const values = clauses.get(match[1]) ?? [];
        values.push(match[2]);
        clauses.set(match[1], values);
    }
    return clauses;
}

function sortRows(rows: Row[], orderBy: string): Row[] {
    const keys = orderBy
        .split(",")
        .map((part) => part.trim().split(/\s+/))
        .filter((parts) => parts[0] !== "");
    return [...rows].sort((left, right) => {
        for (const [column, direction] of keys) {
            const order = compareValues(left[column], right[column]);
            if (order !== 0) {
                return direction === "desc" ? -order : order;
            }
        }
        return 0;
    });
}

function compareValues(left: unknown, right: unknown): number {
    if (left === right) {
        return 0;
    }
    if (left === null || left === undefined) {
        return 1;
    }
    if (right === null || right === undefined) {
        return -1;
    }
    if (typeof left === "number" && typeof right === "number") {
        return left - right;
    }
    return sortKey(left) < sortKey(right) ? -1 : 1;
}

function sortKey(value: unknown): string {
    return typeof value === "string" ? value : JSON.stringify(value);
}
