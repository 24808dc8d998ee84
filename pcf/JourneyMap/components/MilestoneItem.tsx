import { mergeClasses } from "@fluentui/react-components";
import * as React from "react";
import { MilestoneStatus, Tables } from "../constants";
import type { CalendarDay, Milestone } from "../data/model";
import { isOverdue, milestoneStatusKey } from "../logic/milestoneState";
import { fillTemplate, stringFor } from "../strings";
import { useJourneyStyles } from "./journeyStyles";
import type { JourneyServices } from "./journeyServices";

interface MilestoneItemProps {
    milestone: Milestone;
    today: CalendarDay;
    services: JourneyServices;
    onOpen: (entityName: string, id: string) => void;
}

/** One milestone: a button that opens the record, its dates, its status and an overdue mark. */
export function MilestoneItem({ milestone, today, services, onOpen }: MilestoneItemProps): React.ReactElement {
    const styles = useJourneyStyles();
    const { strings } = services;
    const overdue = isOverdue(milestone, today);
    const targetText = milestone.targetDate ? services.formatDay(milestone.targetDate) : strings.Label_NoDate;

    return (
        <li className={mergeClasses(styles.milestone, overdue && styles.overdue)}>
            <button
                type="button"
                className={styles.recordButton}
                aria-label={fillTemplate(strings.Label_OpenMilestone, milestone.name)}
                onClick={() => {
                    onOpen(Tables.milestone, milestone.id);
                }}
            >
                {milestone.name}
            </button>
            <span className={styles.facts}>
                <span>{fillTemplate(strings.Label_Target, targetText)}</span>
                {milestone.achievedOn && (
                    <span>{fillTemplate(strings.Label_Achieved, services.formatDay(milestone.achievedOn))}</span>
                )}
                <span className={statusClass(styles, milestone)}>{stringFor(strings, milestoneStatusKey(milestone))}</span>
                {overdue && <span className={styles.overdueText}>{strings.Label_Overdue}</span>}
            </span>
        </li>
    );
}

function statusClass(styles: ReturnType<typeof useJourneyStyles>, milestone: Milestone): string {
    switch (milestone.status) {
        case MilestoneStatus.achieved:
            return mergeClasses(styles.status, styles.statusAchieved);
        case MilestoneStatus.atRisk:
            return mergeClasses(styles.status, styles.statusAtRisk);
        case MilestoneStatus.missed:
            return mergeClasses(styles.status, styles.statusMissed);
        default:
            return styles.status;
    }
}
