const guidPattern = /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/;

/** Returns the GUID in lower case without braces, or null when the value is not a GUID. */
export function normalizeGuid(value: unknown): string | null {
    if (typeof value !== "string") {
        return null;
    }
    const match = guidPattern.exec(value.trim());
    return match ? match[1].toLowerCase() : null;
}

/** Returns the GUID in lower case without braces, or throws when the value is not a GUID. */
export function requireGuid(value: unknown, what: string): string {
    const guid = normalizeGuid(value);
    if (guid === null) {
        throw new Error(`The ${what} "${String(value)}" is not a GUID; expected a value like 00000000-0000-0000-0000-000000000000.`);
    }
    return guid;
}
