import { normalizeGuid } from "../logic/guid";
import type { HostRecord } from "./model";

/** The bound column's value: a journey stage on the account form, or the meeting lookup on the deck form. */
export interface AnchorValue {
    stage: number | null;
    lookupId: string | null;
}

/**
 * Reads the form record from context.mode.contextInfo, or returns null on a record that is not saved yet.
 * NOTE: model-driven forms provide contextInfo (entityId, entityTypeName), but @types/powerapps-component-framework
 * 1.3.18 does not declare it, so the value is checked here before use.
 */
export function readHostRecord(mode: ComponentFramework.Mode): HostRecord | null {
    const info = (mode as { contextInfo?: unknown }).contextInfo;
    if (typeof info !== "object" || info === null) {
        return null;
    }
    const { entityId, entityTypeName } = info as Record<string, unknown>;
    const id = normalizeGuid(entityId);
    if (id === null || typeof entityTypeName !== "string" || entityTypeName === "") {
        return null;
    }
    return { entityName: entityTypeName, id };
}

/** Reads the bound column, which is a choice value or a lookup depending on the form. */
export function readAnchor(property: ComponentFramework.PropertyTypes.Property | undefined): AnchorValue {
    const raw: unknown = property?.raw;
    if (typeof raw === "number") {
        return { stage: raw, lookupId: null };
    }
    if (Array.isArray(raw) && raw.length > 0) {
        const first: unknown = raw[0];
        const id = typeof first === "object" && first !== null ? (first as { id?: unknown }).id : null;
        return { stage: null, lookupId: normalizeGuid(id) };
    }
    return { stage: null, lookupId: null };
}
