import { Badge, mergeClasses, useArrowNavigationGroup, useId } from "@fluentui/react-components";
import * as React from "react";
import type { CalendarDay } from "../data/model";
import type { StageSummary } from "../logic/stageTimeline";
import { fillTemplate, stringFor } from "../strings";
import { useJourneyStyles } from "./journeyStyles";
import type { JourneyServices } from "./journeyServices";
import { useMilestoneClasses } from "./milestoneClasses";
import { MilestoneItem } from "./MilestoneItem";

interface StageCardProps {
    stage: StageSummary;
    number: number;
    today: CalendarDay;
    services: JourneyServices;
    onOpen: (entityName: string, id: string) => void;
}

/** Renders one journey stage: its number, name, time spent, current-stage mark and milestones. */
export function StageCard({ stage, number, today, services, onOpen }: StageCardProps): React.ReactElement {
    const styles = useJourneyStyles();
    const headingId = useId("journey-stage-");
    const milestoneClasses = useMilestoneClasses();
    // Tab moves from stage to stage and the arrow keys move within a stage, so 500 milestones are not 500 tab stops.
    const arrowNavigation = useArrowNavigationGroup({ axis: "vertical", memorizeCurrent: true });
    const { strings } = services;
    const label = stringFor(strings, stage.labelKey);
    const isCurrent = stage.position === "current";

    return (
        <li className={stageClass(styles, stage)} aria-current={isCurrent ? "step" : undefined} aria-labelledby={headingId}>
            <div className={styles.stageHeader}>
                <Badge aria-hidden appearance={isCurrent ? "filled" : "outline"} shape="circular">
                    {number}
                </Badge>
                <h3 id={headingId} className={styles.subheading}>
                    {label}
                </h3>
            </div>
            {isCurrent && <span className={styles.status}>{strings.Label_CurrentStage}</span>}
            <span className={styles.muted}>{durationText(stage, services)}</span>
            {stage.milestones.length > 0 ? (
                <ul className={styles.milestoneList} aria-label={fillTemplate(strings.Label_Milestones, label)} {...arrowNavigation}>
                    {stage.milestones.map((milestone) => (
                        <MilestoneItem
                            key={milestone.id}
                            milestone={milestone}
                            today={today}
                            services={services}
                            classes={milestoneClasses}
                            onOpen={onOpen}
                        />
                    ))}
                </ul>
            ) : (
                <span className={styles.muted}>{strings.Label_NoMilestonesInStage}</span>
            )}
        </li>
    );
}

function stageClass(styles: ReturnType<typeof useJourneyStyles>, stage: StageSummary): string {
    if (stage.position === "current") {
        return mergeClasses(styles.stage, styles.currentStage);
    }
    return mergeClasses(styles.stage, stage.position === "past" && styles.pastStage);
}

function durationText(stage: StageSummary, services: JourneyServices): string {
    const { strings } = services;
    if (stage.position === "future") {
        return strings.Duration_NotStarted;
    }
    if (stage.days === null) {
        return strings.Duration_Unknown;
    }
    const days = services.formatNumber(stage.days);
    if (stage.position === "current") {
        return fillTemplate(stage.days === 1 ? strings.Duration_CurrentOneDay : strings.Duration_Current, days);
    }
    return fillTemplate(stage.days === 1 ? strings.Duration_PastOneDay : strings.Duration_Past, days);
}
