import { mergeClasses } from "@fluentui/react-components";
import * as React from "react";
import { useJourneyStyles } from "./journeyStyles";

interface MessagePanelProps {
    kind: "info" | "error";
    title: string;
    lines: readonly string[];
}

/** Renders a titled message: an empty state (role status) or an error (role alert). */
export function MessagePanel({ kind, title, lines }: MessagePanelProps): React.ReactElement {
    const styles = useJourneyStyles();
    const className = mergeClasses(styles.message, kind === "error" && styles.errorMessage);

    return (
        <div role={kind === "error" ? "alert" : "status"} className={className}>
            <p className={styles.subheading}>{title}</p>
            {lines.map((line) => (
                <p key={line}>{line}</p>
            ))}
        </div>
    );
}
