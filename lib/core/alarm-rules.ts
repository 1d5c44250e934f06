import type { ComparisonRules } from "./alarm-comparison";

/**
 * What one cloud's alarms accept: the limits a cloud imposes on the cloud-neutral alarm options.
 * Option validation and alarm naming read them from the service definition, so that each cloud's
 * limits live with that cloud (`lib/<cloud>/`) and the core holds none.
 */
export interface AlarmRules {
  /** The alarm service named in messages, e.g. `CloudWatch`. */
  readonly service: string;
  /** Longest alarm name the cloud accepts; longer names are shortened with a hash. */
  readonly maxNameLength: number;
  /** Longest alarm description the cloud accepts; longer ones are cut with an ellipsis. */
  readonly maxDescriptionLength: number;
  /** Evaluation periods (windows), in seconds. */
  readonly period: AcceptedValues<number>;
  /**
   * Longest time an alarm may look back: period × evaluation periods, in seconds, for an alarm
   * of `period` seconds.
   */
  maxEvaluationSeconds(period: number): number;
  /** Aggregations of a metric over one period (`Average`, `p99`, ...). */
  readonly aggregation: AcceptedValues<string>;
  /** Missing-data policies (`missing`, `notBreaching`, ...). */
  readonly missingData: readonly string[];
  /**
   * How often an alarm may be evaluated, in seconds, when the cloud evaluates a period more
   * often than it is long; never more than the period.
   *
   * @default - the option `frequency` is not allowed: one evaluation per period
   */
  readonly frequency?: AcceptedValues<number>;
  /**
   * Whether one alarm can filter a dimension on several values (matching any of them), as Azure
   * Monitor's `Include` filter does.
   *
   * @default false - one value per dimension
   */
  readonly multiValueDimensions?: boolean;
  /**
   * Alarm options the cloud has no equivalent for, each with what to do instead (shown after
   * "allowed:"), e.g. `{ treatMissingData: "omit it: ..." }`.
   *
   * @default - every option is supported
   */
  readonly unsupportedOptions?: Readonly<Record<string, string>>;
  /**
   * Alarm options a static-threshold alarm has no equivalent for but an anomaly alarm accepts,
   * each with what to do instead on a static alarm, e.g. Azure's `evaluationPeriods`.
   *
   * @default - none
   */
  readonly anomalyOnlyOptions?: Readonly<Record<string, string>>;
  /**
   * What anomaly (learned-threshold) alarms accept.
   *
   * @default - no anomaly alarms: `anomalyDetection` is not allowed
   */
  readonly anomaly?: AnomalyRules;
  /**
   * The operators the option `comparisonOperator` takes, in the cloud's spelling.
   *
   * @default - the option `comparisonOperator` is not allowed: the catalog's comparison
   */
  readonly comparisons?: ComparisonRules;
}

/** A cloud's anomaly alarms: CloudWatch anomaly detection, Azure Monitor dynamic thresholds. */
export interface AnomalyRules {
  /** The value per severity: a band width, a sensitivity, ... */
  readonly level: AcceptedValues<unknown>;
  /**
   * Windows an anomaly alarm takes, when fewer than `period`'s.
   *
   * @default - those of `period`
   */
  readonly period?: AcceptedValues<number>;
  /** Whether `ignoreDataBefore` is accepted. */
  readonly ignoreDataBefore: boolean;
  /**
   * Periods evaluated and breaching ones that fire, when the user sets neither.
   *
   * @default - the catalog entry's
   */
  readonly evaluation?: {
    /** Number of periods each evaluation looks at. */
    readonly evaluationPeriods: number;
    /** How many of those periods must breach for the alarm to fire. */
    readonly datapointsToAlarm: number;
  };
}

/** A rule on one option's values, with the words that tell the user what is allowed. */
export interface AcceptedValues<T> {
  /** Whether `value` is allowed; when not, the error message lists {@link AcceptedValues.allowed}. */
  accepts(value: T): boolean;
  /** What is allowed, as shown after "allowed:", e.g. `10, 30 or a multiple of 60 (seconds)`. */
  readonly allowed: string;
}
