import * as React from "react";
import { Tables } from "../constants";
import type { CalendarDay, Milestone } from "../data/model";
import { isOverdue, milestoneStatusKey } from "../logic/milestoneState";
import { fillTemplate, stringFor } from "../strings";
import type { JourneyServices } from "./journeyServices";
import { type MilestoneClasses, statusClassOf } from "./milestoneClasses";

interface MilestoneItemProps {
    milestone: Milestone;
    today: CalendarDay;
    services: JourneyServices;
    classes: MilestoneClasses;
    onOpen: (entityName: string, id: string) => void;
}

/** Renders one milestone: a button that opens the record, its dates, its status and an overdue mark. */
export function MilestoneItem({ milestone, today, services, classes, onOpen }: MilestoneItemProps): React.ReactElement {
    const { strings } = services;
    const overdue = isOverdue(milestone, today);

    return (
        <li className={overdue ? classes.overdueItem : classes.item}>
            <button
                type="button"
                className={classes.recordButton}
                aria-label={fillTemplate(strings.Label_OpenMilestone, milestone.name)}
                onClick={() => {
                    onOpen(Tables.milestone, milestone.id);
                }}
            >
                {milestone.name}
            </button>
            <span className={classes.facts}>
                {datesText(milestone, services)}
                <span className={statusClassOf(classes, milestone)}>{stringFor(strings, milestoneStatusKey(milestone))}</span>
                {overdue && <span className={classes.overdueText}>{strings.Label_Overdue}</span>}
            </span>
        </li>
    );
}

function datesText(milestone: Milestone, services: JourneyServices): string {
    const { strings } = services;
    const target = fillTemplate(strings.Label_Target, milestone.targetDate ? services.formatDay(milestone.targetDate) : strings.Label_NoDate);
    if (milestone.achievedOn === null) {
        return target;
    }
    return fillTemplate(strings.Label_TargetAndAchieved, target, services.formatDay(milestone.achievedOn));
}
