/** How urgent an alarm is; each severity routes to its own notification channels. */
export type Severity = "warning" | "critical";

/** All severities, most urgent first (the order alarms and annotations are emitted in). */
export const SEVERITIES: readonly Severity[] = ["critical", "warning"];
