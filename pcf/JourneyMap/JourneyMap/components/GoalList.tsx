import { Badge } from "@fluentui/react-components";
import * as React from "react";
import { Tables } from "../constants";
import type { Goal } from "../data/model";
import { fillTemplate } from "../strings";
import { useJourneyStyles } from "./journeyStyles";
import type { JourneyServices } from "./journeyServices";
import { KpiMeter } from "./KpiMeter";

interface GoalListProps {
    goals: readonly Goal[];
    services: JourneyServices;
    onOpen: (entityName: string, id: string) => void;
}

/** Renders the partnership goals in rank order, each with its KPIs, or a hint to add goals. */
export function GoalList({ goals, services, onOpen }: GoalListProps): React.ReactElement {
    const styles = useJourneyStyles();
    const { strings } = services;

    return (
        <section aria-label={strings.Title_Goals}>
            <h3 className={styles.subheading}>{strings.Title_Goals}</h3>
            {goals.length === 0 ? (
                <p className={styles.muted}>{strings.Empty_NoGoals}</p>
            ) : (
                <ol className={styles.goalList}>
                    {goals.map((goal) => (
                        <GoalCard key={goal.id} goal={goal} services={services} onOpen={onOpen} />
                    ))}
                </ol>
            )}
        </section>
    );
}

function GoalCard({ goal, services, onOpen }: { goal: Goal; services: JourneyServices; onOpen: GoalListProps["onOpen"] }): React.ReactElement {
    const styles = useJourneyStyles();
    const { strings } = services;

    return (
        <li className={styles.stage}>
            <div className={styles.stageHeader}>
                {goal.rank !== null && (
                    <Badge appearance="tint" shape="rounded">
                        {fillTemplate(strings.Label_GoalRank, goal.rank)}
                    </Badge>
                )}
                <h4 className={styles.subheading}>
                    <button
                        type="button"
                        className={styles.recordButton}
                        aria-label={fillTemplate(strings.Label_OpenGoal, goal.name)}
                        onClick={() => {
                            onOpen(Tables.goal, goal.id);
                        }}
                    >
                        {goal.name}
                    </button>
                </h4>
            </div>
            {goal.statusLabel !== "" && <span className={styles.status}>{goal.statusLabel}</span>}
            {goal.description !== "" && <span className={styles.muted}>{goal.description}</span>}
            {goal.kpis.length === 0 ? (
                <span className={styles.overdueText}>{strings.Label_GoalWithoutKpi}</span>
            ) : (
                <ul className={styles.kpiList}>
                    {goal.kpis.map((kpi) => (
                        <KpiMeter key={kpi.id} kpi={kpi} services={services} />
                    ))}
                </ul>
            )}
        </li>
    );
}
