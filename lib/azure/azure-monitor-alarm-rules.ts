import type { AlarmRules } from "../core/alarm-rules";

/** The window sizes a metric alert accepts, in seconds, with their ISO 8601 spelling. */
const WINDOW_SIZES: ReadonlyMap<number, string> = new Map([
  [60, "PT1M"],
  [300, "PT5M"],
  [900, "PT15M"],
  [1800, "PT30M"],
  [3600, "PT1H"],
  [21_600, "PT6H"],
  [43_200, "PT12H"],
  [86_400, "P1D"],
]);

/** The evaluation frequencies a metric alert accepts, in seconds. */
const FREQUENCIES: readonly number[] = [60, 300, 900, 1800, 3600];

const AGGREGATIONS: readonly string[] = ["Average", "Count", "Minimum", "Maximum", "Total"];

/** The ISO 8601 duration of a window size or frequency Azure accepts, e.g. `PT5M` for 300. */
export function isoDuration(seconds: number): string {
  const iso = WINDOW_SIZES.get(seconds);
  if (iso === undefined) throw new Error(`no Azure Monitor duration of ${seconds} s`);
  return iso;
}

/**
 * Azure Monitor's limits on metric alerts (`azurerm_monitor_metric_alert`): window sizes
 * PT1M–P1D, frequencies PT1M–PT1H and never longer than the window, the five aggregations, and
 * names of at most 260 characters (Microsoft.Insights naming rules). A static alert evaluates one
 * window per check and has no missing-data treatment, so those CloudWatch options have no
 * equivalent.
 */
export const AZURE_MONITOR_ALARM_RULES: AlarmRules = {
  service: "Azure Monitor",
  maxNameLength: 260,
  maxDescriptionLength: 1024,
  period: {
    accepts: (seconds) => WINDOW_SIZES.has(seconds),
    allowed: "60, 300, 900, 1800, 3600, 21600, 43200 or 86400 (seconds: PT1M to P1D)",
  },
  frequency: {
    accepts: (seconds) => FREQUENCIES.includes(seconds),
    allowed: "60, 300, 900, 1800 or 3600 (seconds: PT1M to PT1H)",
  },
  maxEvaluationSeconds: 86_400,
  aggregation: {
    accepts: (aggregation) => AGGREGATIONS.includes(aggregation),
    allowed: AGGREGATIONS.join(", "),
  },
  missingData: [],
  unsupportedOptions: {
    treatMissingData: "omit it: Azure Monitor does not evaluate windows without data",
    evaluationPeriods: "omit it: a static Azure Monitor alert evaluates one window; set period",
    datapointsToAlarm: "omit it: a static Azure Monitor alert evaluates one window; set period",
    anomalyDetection:
      "omit it: dynamic thresholds are not built for Azure yet; set warning/critical",
  },
};
