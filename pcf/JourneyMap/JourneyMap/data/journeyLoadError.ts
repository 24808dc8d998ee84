/** The Web API step that failed, named by a resource key of the error message. */
export type LoadStep =
    | "Error_LoadAccount"
    | "Error_LoadDeck"
    | "Error_LoadMeeting"
    | "Error_LoadMilestones"
    | "Error_LoadGoals"
    | "Error_LoadKpis";

/** A failed Web API call, with the step that failed and the platform's message. */
export class JourneyLoadError extends Error {
    readonly step: LoadStep;

    constructor(step: LoadStep, cause: unknown) {
        super(describeCause(cause));
        this.name = "JourneyLoadError";
        this.step = step;
    }
}

/** Runs one Web API step and wraps any failure in a JourneyLoadError that names the step. */
export async function runStep<T>(step: LoadStep, action: () => Promise<T>): Promise<T> {
    try {
        return await action();
    } catch (error: unknown) {
        throw new JourneyLoadError(step, error);
    }
}

function describeCause(cause: unknown): string {
    if (cause instanceof Error) {
        return cause.message;
    }
    if (typeof cause === "object" && cause !== null && "message" in cause && typeof cause.message === "string") {
        return cause.message;
    }
    return String(cause);
}
