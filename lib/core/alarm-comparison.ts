import type { ComparisonOperator } from "../catalog/alarm-default";

/**
 * How a static-threshold alarm compares, cloud-neutrally: the catalog's operators, plus equality
 * (Azure Monitor's `Equals`).
 */
export type StaticComparison = ComparisonOperator | "EqualToThreshold";

/** Which side of its learned band or threshold an anomaly alarm fires on. */
export type AnomalySide = "above" | "below" | "outside";

/**
 * The comparison operators a cloud's alarms take in the option `comparisonOperator`, in the
 * cloud's own spelling, each with the comparison it means.
 */
export interface ComparisonRules {
  /** Operators of static-threshold alarms, e.g. CloudWatch's `LessThanThreshold`. */
  readonly static: Readonly<Record<string, StaticComparison>>;
  /**
   * Operators of anomaly alarms, e.g. CloudWatch's `LessThanLowerOrGreaterThanUpperThreshold`.
   *
   * @default - anomaly alarms take no `comparisonOperator`
   */
  readonly anomaly?: Readonly<Record<string, AnomalySide>>;
}

/** Greater, less or equal: the side of the threshold a comparison watches. */
export function directionOf(comparison: StaticComparison): "Greater" | "Less" | "Equal" {
  return comparison.startsWith("Greater")
    ? "Greater"
    : comparison.startsWith("Less")
      ? "Less"
      : "Equal";
}

/** The side an anomaly alarm watches when the user names none: the catalog operator's. */
export function defaultSideOf(comparison: StaticComparison): AnomalySide {
  return directionOf(comparison) === "Less" ? "below" : "above";
}
