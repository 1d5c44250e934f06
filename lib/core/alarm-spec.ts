import type { DimensionValue, MetricMath, TreatMissingData } from "../catalog/alarm-default";
import type { AnomalySide, StaticComparison } from "./alarm-comparison";
import type { AnomalySensitivity } from "./alarm-options";
import type { Severity } from "./severity";

/**
 * Everything needed to create one alarm and its dashboard graph, after defaults, service
 * adjustments and user options have been merged. A plain value: no constructs, no tokens except
 * in dimension values.
 */
export interface AlarmSpec {
  /** Full alarm name, `<prefix>-<resource>-<metric>-<severity>`. */
  readonly name: string;
  /** Severity of this alarm; one catalog entry yields one spec per severity that has a threshold. */
  readonly severity: Severity;
  /** Catalog key, e.g. `cpuUtilization`. */
  readonly key: string;
  /** Resource part of the name, e.g. `storefront-web`. */
  readonly resourceName: string;
  /** Construct path of the monitored resource. */
  readonly resourcePath: string;
  /** Service group (dashboard section, composite-alarm group). */
  readonly group: string;
  /** Service id, e.g. `ec2Instance`. */
  readonly serviceId: string;
  /** Service title, e.g. `EC2 instance`. */
  readonly serviceTitle: string;
  /** Metric namespace: CloudWatch's (e.g. `AWS/EC2`) or Azure Monitor's (e.g. `Microsoft.Compute/virtualMachines`). */
  readonly namespace: string;
  /** Metric name in the cloud's spelling, e.g. `CPUUtilization`; for a `math` alarm, the name shown for the expression. */
  readonly metricName: string;
  /** Aggregation over one period, e.g. `Average`, `Maximum`, `Sum` or a percentile such as `p99`. */
  readonly statistic: string;
  /**
   * Metric dimensions the alarm filters on: the service's, the catalog entry's and the user's.
   * Several values for one dimension only where the cloud's `AlarmRules.multiValueDimensions`.
   */
  readonly dimensions: Readonly<Record<string, DimensionValue>>;
  /** Length of one evaluation period (window), in seconds. */
  readonly period: number;
  /**
   * How often the alarm is evaluated, in seconds, on clouds that evaluate a period more often
   * than it is long (Azure Monitor's frequency).
   *
   * @default - once per period
   */
  readonly frequency?: number;
  /** Number of most recent periods each evaluation looks at. */
  readonly evaluationPeriods: number;
  /** How many of those periods must breach for the alarm to fire (at most `evaluationPeriods`). */
  readonly datapointsToAlarm: number;
  /** How periods without data count: `missing`, `notBreaching`, `breaching` or `ignore`. */
  readonly treatMissingData: TreatMissingData;
  /** The static comparison (for anomaly alarms, the catalog's, whose side `anomalySide` refines). */
  readonly comparisonOperator: StaticComparison;
  /**
   * Which side of the learned band or threshold an anomaly alarm fires on.
   *
   * @default - none: a static-threshold alarm
   */
  readonly anomalySide?: AnomalySide;
  /**
   * Static threshold.
   *
   * @default - none: an anomaly-detection alarm
   */
  readonly threshold?: number;
  /**
   * Anomaly band width in standard deviations.
   *
   * @default - none: a static-threshold alarm
   */
  readonly anomalyBand?: number;
  /**
   * Sensitivity of a learned (dynamic) threshold.
   *
   * @default - none: a static-threshold or band-width alarm
   */
  readonly anomalySensitivity?: AnomalySensitivity;
  /**
   * Start of the history a learned threshold learns from (ISO 8601 date-time).
   *
   * @default - all history
   */
  readonly ignoreDataBefore?: string;
  /** Unit of the threshold as people think of it, for descriptions and dashboards, e.g. `%` or `ms`. */
  readonly unit: string;
  /** What it means when the alarm fires, followed by the condition in words; shown in notifications. */
  readonly description: string;
  /**
   * Region of the metric when it is not the stack's own.
   *
   * @default - the stack's region
   */
  readonly region?: string;
  /**
   * The metric-math expression alarmed on instead of the single metric `metricName`.
   *
   * @default - an alarm on one metric
   */
  readonly math?: MetricMath;
}
