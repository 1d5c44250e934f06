import type { RiskCode } from "./review-model";

/** How a risk flag shows in SARIF and GitHub annotations: its level and a help text. */
export interface RiskDescription {
  readonly level: "error" | "warning";
  readonly title: string;
  readonly help: string;
}

/** Level and help of each risk flag code. */
export const RISK_DESCRIPTIONS: Readonly<Record<RiskCode, RiskDescription>> = {
  COVERAGE_LOSS: {
    level: "error",
    title: "Resource loses its last watcher",
    help: "A resource that stays loses its last alarm or backend target: nothing watches it after the change.",
  },
  THRESHOLD_LOOSENED: {
    level: "warning",
    title: "Alarm alerts less",
    help: "An alarm alerts less after the change: threshold, operator, datapoints, periods, missing-data treatment, window, frequency, severity or sensitivity moved towards alerting later or never.",
  },
  ACTIONS_REMOVED: {
    level: "error",
    title: "Alarm actions removed",
    help: "An alarm's notification actions are removed and nothing takes their place.",
  },
  ALARM_DISABLED: {
    level: "error",
    title: "Alarm actions disabled",
    help: "An alarm's actions are disabled: it changes state but notifies no one.",
  },
  SEVERITY_UNNOTIFIED: {
    level: "error",
    title: "Severity notifies no one",
    help: "Alarms of a severity remain but none of them notifies anyone any more.",
  },
  TARGET_DISABLED: {
    level: "warning",
    title: "Backend target disabled",
    help: "A backend target is disabled: the monitoring backend stops watching it.",
  },
  ALERTS_SUPPRESSED: {
    level: "warning",
    title: "Maintenance window new or wider",
    help: "A maintenance window (backend maintenance or Azure alert processing rule) is new or silences more: more groups, targets or scopes, a longer or more frequent period, or an active range that starts earlier or ends later.",
  },
};
