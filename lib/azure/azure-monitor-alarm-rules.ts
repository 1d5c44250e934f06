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

/**
 * The windows of a dynamic-threshold alert: the portal's aggregation granularities for dynamic
 * thresholds (PT5M to PT1H); Microsoft's metric-alert overview states PT5M as the shortest
 * (MicrosoftDocs/azure-docs#81625).
 */
const DYNAMIC_WINDOW_SIZES: readonly number[] = [300, 900, 1800, 3600];

const SENSITIVITIES: readonly string[] = ["Low", "Medium", "High"];

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
 * equivalent; a dynamic one looks back on `evaluationPeriods` windows and fires on
 * `datapointsToAlarm` violations among them (by default 4 of 4, as in AMBA's dynamic rows and
 * the azurerm provider).
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
  maxEvaluationSeconds: () => 86_400,
  aggregation: {
    accepts: (aggregation) => AGGREGATIONS.includes(aggregation),
    allowed: AGGREGATIONS.join(", "),
  },
  missingData: [],
  // A criterion's `dimension { operator = "Include", values = [...] }` matches any of its values.
  multiValueDimensions: true,
  unsupportedOptions: {
    treatMissingData: "omit it: Azure Monitor does not evaluate windows without data",
  },
  anomalyOnlyOptions: {
    evaluationPeriods:
      "omit it, or use anomalyDetection: a static alert evaluates one window; set period",
    datapointsToAlarm:
      "omit it, or use anomalyDetection: a static alert evaluates one window; set period",
  },
  anomaly: {
    level: {
      accepts: (level) => typeof level === "string" && SENSITIVITIES.includes(level),
      allowed: `a dynamic-threshold sensitivity: ${SENSITIVITIES.map((s) => JSON.stringify(s)).join(", ")}`,
    },
    period: {
      accepts: (seconds) => DYNAMIC_WINDOW_SIZES.includes(seconds),
      allowed: `${DYNAMIC_WINDOW_SIZES.join(", ")} (seconds: PT5M to PT1H)`,
    },
    ignoreDataBefore: true,
    evaluation: { evaluationPeriods: 4, datapointsToAlarm: 4 },
  },
  // azurerm_monitor_metric_alert: criteria.operator and dynamic_criteria.operator
  comparisons: {
    static: {
      GreaterThan: "GreaterThanThreshold",
      GreaterThanOrEqual: "GreaterThanOrEqualToThreshold",
      LessThan: "LessThanThreshold",
      LessThanOrEqual: "LessThanOrEqualToThreshold",
      Equals: "EqualToThreshold",
    },
    anomaly: { GreaterThan: "above", LessThan: "below", GreaterOrLessThan: "outside" },
  },
};
