import type { AnomalySide } from "../core/alarm-comparison";
import { defaultSideOf } from "../core/alarm-comparison";
import type { AlarmSpec } from "../core/alarm-spec";

const OPERATOR: Readonly<Record<AnomalySide, string>> = {
  above: "GreaterThanUpperThreshold",
  below: "LessThanLowerThreshold",
  outside: "LessThanLowerOrGreaterThanUpperThreshold",
};

/**
 * The comparison of an anomaly-detection alarm: the side the user chose, else the side the
 * catalog's static comparison watches (above the band for "greater than" alarms, below it for
 * "less than" alarms).
 */
export function anomalyOperatorOf(spec: AlarmSpec): string {
  return OPERATOR[spec.anomalySide ?? defaultSideOf(spec.comparisonOperator)];
}
