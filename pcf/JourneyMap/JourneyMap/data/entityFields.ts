/** A row as the Web API returns it: column names, lookup `_x_value` names and OData annotations as keys. */
export type EntityRow = Readonly<Record<string, unknown>>;

const formattedValueSuffix = "@OData.Community.Display.V1.FormattedValue";

/** Returns a text column, or "" when it is empty. */
export function readText(row: EntityRow, column: string): string {
    const value = row[column];
    return typeof value === "string" ? value : "";
}

/** Returns a number column, or null when it is empty. */
export function readNumber(row: EntityRow, column: string): number | null {
    const value = row[column];
    return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** Returns the label the server formatted for a choice or lookup column, or "" when the row has none. */
export function readFormattedValue(row: EntityRow, column: string): string {
    return readText(row, column + formattedValueSuffix);
}
