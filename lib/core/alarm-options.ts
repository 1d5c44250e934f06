import type { DimensionValue, TreatMissingData } from "../catalog/alarm-default";
import type { AlarmDefaults } from "./alarm-defaults";

/**
 * A threshold as the user writes it: a number in the metric's unit, or, where the alarm's
 * catalog entry allows it, a percentage of a configured quantity such as `"10%"` (of the RDS
 * instance's allocated storage, of the Lambda function's timeout, ...).
 */
export type ThresholdValue = number | `${number}%`;

/**
 * Per-alarm settings that override the catalog defaults.
 */
export interface AlarmOverrides {
  /**
   * Length of one evaluation period in seconds: 10, 30 or a multiple of 60.
   *
   * @default - the catalog entry's period
   */
  readonly period?: number;
  /**
   * How often the alarm is evaluated, in seconds, at most `period`: Azure Monitor's frequency
   * (60, 300, 900, 1800 or 3600). CloudWatch evaluates once per period and rejects it.
   *
   * @default - the catalog entry's frequency, else once per period
   */
  readonly frequency?: number;
  /**
   * Number of most recent periods evaluated (on Azure, only by dynamic thresholds: their
   * "number of aggregated points" looked back on).
   *
   * @default - the catalog entry's value (for anomaly alarms, the cloud's anomaly default),
   *   raised to `datapointsToAlarm` when that is set higher
   */
  readonly evaluationPeriods?: number;
  /**
   * Number of breaching periods among `evaluationPeriods` that fire the alarm (on Azure, a
   * dynamic threshold's "number of violations").
   *
   * @default - the catalog entry's value, lowered to `evaluationPeriods` when that is set lower
   */
  readonly datapointsToAlarm?: number;
  /**
   * `Average`, `Sum`, `Minimum`, `Maximum`, `SampleCount` or a percentile such as `p99`.
   *
   * @default - the catalog entry's statistic
   */
  readonly statistic?: string;
  /**
   * How periods without data are treated.
   *
   * @default - the catalog entry's treatment
   */
  readonly treatMissingData?: TreatMissingData;
  /**
   * Metric dimensions to filter on, besides the ones that identify the resource, e.g.
   * `{ status2: ["NotReady", "Unknown"] }`: replaces the catalog entry's fixed value of the same
   * dimension. Several values make one alarm that matches any of them, where the cloud allows it
   * (Azure Monitor); CloudWatch matches one value per dimension, and several are an error.
   *
   * @default - the catalog entry's dimensions
   */
  readonly dimensions?: Readonly<Record<string, DimensionValue>>;
  /**
   * Alarm description shown in notifications.
   *
   * @default - the catalog entry's description followed by the condition in words
   */
  readonly description?: string;
  /**
   * Runbook link appended to the description.
   *
   * @default - no runbook link
   */
  readonly runbookUrl?: string;
}

/**
 * How closely a learned (dynamic) threshold follows the metric's usual pattern: `High` makes a
 * narrow band that alerts on small deviations, `Low` a wide one that alerts on large ones only.
 */
export type AnomalySensitivity = "Low" | "Medium" | "High";

/**
 * Thresholds learned from the metric's history, per severity: on CloudWatch (anomaly detection)
 * the width of the expected band in standard deviations, on Azure Monitor (dynamic thresholds)
 * an {@link AnomalySensitivity}. The alarm fires when the metric leaves the band on the side the
 * catalog entry watches (above it for "greater than" alarms, below it for "less than" alarms).
 */
export interface AnomalyDetectionOptions {
  /**
   * Band width (CloudWatch) or sensitivity (Azure) of the warning alarm.
   *
   * @default - no warning anomaly alarm
   */
  readonly warning?: number | AnomalySensitivity;
  /**
   * Band width (CloudWatch) or sensitivity (Azure) of the critical alarm.
   *
   * @default - no critical anomaly alarm
   */
  readonly critical?: number | AnomalySensitivity;
  /**
   * Azure Monitor: the date-time (ISO 8601, e.g. `2026-12-01T00:00:00Z`) before which history is
   * not learned from, e.g. the day a migration changed the metric's pattern.
   *
   * @default - all the history the cloud keeps
   */
  readonly ignoreDataBefore?: string;
}

/**
 * Options of one alarm of a monitored resource: thresholds per severity plus overrides.
 * Passing `false` instead of this object turns the alarm off.
 */
export interface AlarmOptions extends AlarmOverrides {
  /**
   * Warning threshold; `false` removes the default warning alarm.
   *
   * @default - the catalog entry's warning threshold, if any
   */
  readonly warning?: ThresholdValue | false;
  /**
   * Critical threshold; `false` removes the default critical alarm.
   *
   * @default - the catalog entry's critical threshold, if any
   */
  readonly critical?: ThresholdValue | false;
  /**
   * Replace the static thresholds by anomaly detection with these band widths. Cannot be
   * combined with `warning`/`critical` numbers.
   *
   * @default - static thresholds
   */
  readonly anomalyDetection?: AnomalyDetectionOptions;
  /**
   * How the metric is compared, in the alarm cloud's own words. CloudWatch:
   * `GreaterThanThreshold`, `GreaterThanOrEqualToThreshold`, `LessThanThreshold`,
   * `LessThanOrEqualToThreshold`; with `anomalyDetection`, `GreaterThanUpperThreshold`,
   * `LessThanLowerThreshold` or `LessThanLowerOrGreaterThanUpperThreshold`. Azure Monitor:
   * `GreaterThan`, `GreaterThanOrEqual`, `LessThan`, `LessThanOrEqual`, `Equals`; with
   * `anomalyDetection`, `GreaterThan`, `LessThan` or `GreaterOrLessThan`. A comparison on
   * another side than the catalog's needs `warning` and `critical` given (a number or `false`)
   * for each default threshold.
   *
   * @default - the catalog entry's comparison (for anomaly alarms, the side it watches)
   */
  readonly comparisonOperator?: string;
}

/**
 * Options every `monitorXxx()` call accepts besides the alarm options.
 */
export interface ResourceMonitoringOptions {
  /**
   * Service group the resource belongs to: its dashboard section and composite-alarm group.
   *
   * @default - the facade's `defaultGroup`
   */
  readonly group?: string;
  /**
   * The resource part of alarm names (`<prefix>-<name>-<metric>-<severity>`).
   *
   * @default - derived from the resource's construct path below its stack
   */
  readonly name?: string;
  /**
   * Evaluation settings (period or Azure window, frequency, evaluation periods, datapoints to
   * alarm, missing data), overall and per severity, for every alarm of this resource that does
   * not set them itself. They override the facade's `alarmDefaults`; see {@link AlarmDefaults}
   * for the precedence.
   *
   * @default - the facade's `alarmDefaults`, else the catalog entries' values
   */
  readonly alarmDefaults?: AlarmDefaults;
}
