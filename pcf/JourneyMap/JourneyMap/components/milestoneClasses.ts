import { mergeClasses } from "@fluentui/react-components";
import * as React from "react";
import { MilestoneStatus } from "../constants";
import type { Milestone } from "../data/model";
import { useJourneyStyles } from "./journeyStyles";

/** Class names of a milestone item, merged once per list so that hundreds of items need no style work each. */
export interface MilestoneClasses {
    item: string;
    overdueItem: string;
    recordButton: string;
    facts: string;
    overdueText: string;
    status: Readonly<Record<"achieved" | "atRisk" | "missed" | "other", string>>;
}

/** Returns the merged class names of milestone items. */
export function useMilestoneClasses(): MilestoneClasses {
    const styles = useJourneyStyles();
    return React.useMemo(
        () => ({
            item: styles.milestone,
            overdueItem: mergeClasses(styles.milestone, styles.overdue),
            recordButton: styles.recordButton,
            facts: styles.facts,
            overdueText: styles.overdueText,
            status: {
                achieved: mergeClasses(styles.status, styles.statusAchieved),
                atRisk: mergeClasses(styles.status, styles.statusAtRisk),
                missed: mergeClasses(styles.status, styles.statusMissed),
                other: styles.status,
            },
        }),
        [styles],
    );
}

/** Returns the class of a milestone's status label. */
export function statusClassOf(classes: MilestoneClasses, milestone: Milestone): string {
    switch (milestone.status) {
        case MilestoneStatus.achieved:
            return classes.status.achieved;
        case MilestoneStatus.atRisk:
            return classes.status.atRisk;
        case MilestoneStatus.missed:
            return classes.status.missed;
        default:
            return classes.status.other;
    }
}
