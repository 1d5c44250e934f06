import { defaultSideOf, type AnomalySide, type StaticComparison } from "./alarm-comparison";
import type { AlarmSpec } from "./alarm-spec";

/** Each comparison operator as a symbol, for descriptions and dashboard labels. */
export const OPERATOR_SYMBOL: Readonly<Record<StaticComparison, string>> = {
  EqualToThreshold: "=",
  GreaterThanThreshold: ">",
  GreaterThanOrEqualToThreshold: ">=",
  LessThanThreshold: "<",
  LessThanOrEqualToThreshold: "<=",
};

/** The parts of a spec its condition is told from. */
export type DescribedSpec = Pick<
  AlarmSpec,
  | "severity"
  | "metricName"
  | "statistic"
  | "math"
  | "comparisonOperator"
  | "threshold"
  | "anomalyBand"
  | "anomalySensitivity"
  | "anomalySide"
  | "unit"
  | "period"
  | "frequency"
  | "evaluationPeriods"
  | "datapointsToAlarm"
>;

/** `1 minute`, `5 minutes`, `1 hour`, `90 minutes`, `1 day`, `30 seconds`. */
export function durationInWords(seconds: number): string {
  const [count, unit] =
    seconds % 86_400 === 0
      ? [seconds / 86_400, "day"]
      : seconds % 3600 === 0
        ? [seconds / 3600, "hour"]
        : seconds % 60 === 0
          ? [seconds / 60, "minute"]
          : [seconds, "second"];
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}

/** A threshold as descriptions show it: at most six decimals, no exponent for usual values. */
export function formatNumber(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}

const BEYOND: Readonly<Record<AnomalySide, string>> = {
  above: "above",
  below: "below",
  outside: "above or below",
};

/** What the alarm compares, e.g. `CPUUtilization Average > 80 %` or `... above a band of 2 ...`. */
function conditionOf(spec: DescribedSpec): string {
  const measure = `${spec.metricName}${spec.math ? "" : ` ${spec.statistic}`}`;
  const side = spec.anomalySide ?? defaultSideOf(spec.comparisonOperator);
  if (spec.anomalyBand !== undefined) {
    return `${measure} ${side} a band of ${formatNumber(spec.anomalyBand)} standard deviations`;
  }
  if (spec.anomalySensitivity !== undefined) {
    return `${measure} ${BEYOND[side]} its learned threshold (sensitivity ${spec.anomalySensitivity})`;
  }
  const unit = spec.unit ? ` ${spec.unit}` : "";
  return `${measure} ${OPERATOR_SYMBOL[spec.comparisonOperator]} ${formatNumber(spec.threshold ?? NaN)}${unit}`;
}

/** How long and how often the condition must hold, e.g. `in 3 of 3 periods of 5 minutes`. */
function windowOf(spec: DescribedSpec): string {
  const period = durationInWords(spec.period);
  if (spec.frequency === undefined) {
    return `in ${spec.datapointsToAlarm} of ${spec.evaluationPeriods} periods of ${period}`;
  }
  const every = durationInWords(spec.frequency);
  return spec.evaluationPeriods > 1
    ? `in ${spec.datapointsToAlarm} of ${spec.evaluationPeriods} windows of ${period}, checked every ${every}`
    : `over ${period}, checked every ${every}`;
}

/**
 * An alarm's description, told from its final spec: the catalog's (or the user's) sentence of
 * what it means, then the severity, the condition and the window as they are configured, then the
 * runbook link. Cut with an ellipsis at the cloud's length limit.
 */
export function describeAlarm(
  spec: DescribedSpec,
  meaning: string,
  runbookUrl: string | undefined,
  maxLength: number,
): string {
  const text =
    `${meaning} Fires (${spec.severity}) when ${conditionOf(spec)} ${windowOf(spec)}.` +
    (runbookUrl ? ` Runbook: ${runbookUrl}` : "");
  return text.length <= maxLength ? text : `${text.slice(0, maxLength - 1)}…`;
}

/** A threshold line's label on a dashboard, e.g. `critical > 80 % (3/3 × 5 minutes)`. */
export function thresholdLabel(spec: DescribedSpec, threshold: string): string {
  const period = durationInWords(spec.period);
  const window =
    spec.frequency !== undefined && spec.evaluationPeriods === 1
      ? `over ${period}`
      : `${spec.datapointsToAlarm}/${spec.evaluationPeriods} × ${period}`;
  return `${spec.severity} ${OPERATOR_SYMBOL[spec.comparisonOperator]} ${threshold}${spec.unit ? ` ${spec.unit}` : ""} (${window})`;
}
