import { mergeClasses } from "@fluentui/react-components";
import * as React from "react";
import { MaxMilestonePages, MilestonePageSize } from "../constants";
import type { Journey } from "../data/model";
import type { JourneyLayout } from "../logic/layout";
import { buildStageTimeline, unstagedMilestones } from "../logic/stageTimeline";
import { fillTemplate } from "../strings";
import { GoalList } from "./GoalList";
import { useJourneyStyles } from "./journeyStyles";
import type { JourneyServices } from "./journeyServices";
import { MessagePanel } from "./MessagePanel";
import { useMilestoneClasses } from "./milestoneClasses";
import { MilestoneItem } from "./MilestoneItem";
import { StageCard } from "./StageCard";

interface JourneyContentProps {
    journey: Journey;
    anchorStage: number | null;
    layout: JourneyLayout;
    services: JourneyServices;
}

/** Renders the loaded journey: header, stages with milestones, and partnership goals. */
export function JourneyContent({ journey, anchorStage, layout, services }: JourneyContentProps): React.ReactElement {
    const styles = useJourneyStyles();
    const { strings } = services;
    const milestoneClasses = useMilestoneClasses();
    const [openError, setOpenError] = React.useState<string | null>(null);
    const today = React.useMemo(() => services.today(), [services]);
    const currentStage = anchorStage ?? journey.account.journeyStage;
    const stages = React.useMemo(
        () => buildStageTimeline({ milestones: journey.milestones, currentStage, customerSince: journey.account.customerSince, today }),
        [journey, currentStage, today],
    );
    const unstaged = React.useMemo(() => unstagedMilestones(journey.milestones), [journey]);

    const openRecord = React.useCallback(
        (entityName: string, id: string) => {
            setOpenError(null);
            services.openRecord(entityName, id).catch((error: unknown) => {
                setOpenError(fillTemplate(strings.Error_OpenRecord, error instanceof Error ? error.message : String(error)));
            });
        },
        [services, strings],
    );

    return (
        <>
            <header className={styles.header}>
                <h2 className={styles.heading}>{fillTemplate(strings.Title_Journey, journey.account.name)}</h2>
                {journey.account.customerSince && (
                    <span className={styles.muted}>
                        {fillTemplate(strings.Label_CustomerSince, services.formatDay(journey.account.customerSince))}
                    </span>
                )}
            </header>
            {openError !== null && <MessagePanel kind="error" title={strings.Error_Title} lines={[openError]} />}
            {(journey.account.customerSince === null || currentStage === null) && (
                <p className={styles.muted}>{strings.Duration_NeedsCustomerSince}</p>
            )}
            {journey.milestonesTruncated && (
                <p role="status" className={styles.muted}>
                    {fillTemplate(strings.Notice_MilestonesTruncated, services.formatNumber(MilestonePageSize * MaxMilestonePages))}
                </p>
            )}
            <ol className={mergeClasses(styles.stageGrid, layoutClass(styles, layout))} aria-label={strings.Label_Stages}>
                {stages.map((stage, index) => (
                    <StageCard key={stage.value} stage={stage} number={index + 1} today={today} services={services} onOpen={openRecord} />
                ))}
            </ol>
            {unstaged.length > 0 && (
                <section aria-label={strings.Label_UnstagedMilestones}>
                    <h3 className={styles.subheading}>{strings.Label_UnstagedMilestones}</h3>
                    <ul className={styles.milestoneList}>
                        {unstaged.map((milestone) => (
                            <MilestoneItem
                                key={milestone.id}
                                milestone={milestone}
                                today={today}
                                services={services}
                                classes={milestoneClasses}
                                onOpen={openRecord}
                            />
                        ))}
                    </ul>
                </section>
            )}
            <GoalList goals={journey.goals} services={services} onOpen={openRecord} />
        </>
    );
}

function layoutClass(styles: ReturnType<typeof useJourneyStyles>, layout: JourneyLayout): string {
    switch (layout) {
        case "narrow":
            return styles.narrow;
        case "medium":
            return styles.medium;
        case "wide":
            return styles.wide;
        default:
            return "";
    }
}
