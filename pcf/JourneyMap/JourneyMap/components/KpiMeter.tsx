import { ProgressBar } from "@fluentui/react-components";
import * as React from "react";
import type { Kpi } from "../data/model";
import { kpiProgressPercent, progressBarValue } from "../logic/kpiProgress";
import { fillTemplate } from "../strings";
import { useJourneyStyles } from "./journeyStyles";
import type { JourneyServices } from "./journeyServices";

interface KpiMeterProps {
    kpi: Kpi;
    services: JourneyServices;
}

/** Renders one KPI: a bar from baseline to target, and its baseline, current and target values. */
export function KpiMeter({ kpi, services }: KpiMeterProps): React.ReactElement {
    const styles = useJourneyStyles();
    const { strings } = services;
    const percent = kpiProgressPercent(kpi);
    const valueText = (value: number | null): string => (value === null ? "–" : services.formatNumber(value));

    return (
        <li className={styles.kpi}>
            <span className={styles.status}>{kpi.name}</span>
            {percent === null ? (
                <span className={styles.muted}>{strings.Label_KpiNoProgress}</span>
            ) : (
                <ProgressBar
                    value={progressBarValue(percent)}
                    max={1}
                    thickness="large"
                    color={percent >= 100 ? "success" : "brand"}
                    aria-label={fillTemplate(strings.Label_KpiProgress, kpi.name, services.formatNumber(Math.round(percent)))}
                />
            )}
            <span className={styles.facts}>
                <span>
                    {fillTemplate(strings.Label_KpiValues, valueText(kpi.baseline), valueText(kpi.currentValue), valueText(kpi.target), kpi.unit)}
                </span>
                {kpi.measuredOn && <span>{fillTemplate(strings.Label_KpiMeasuredOn, services.formatDay(kpi.measuredOn))}</span>}
            </span>
        </li>
    );
}
