/**
 * The shape of one vendor-grounded default alarm, as data.
 *
 * Every entry names where its numbers come from (`source`), so a reviewer can check a default
 * against the vendor's page instead of trusting a literal in code.
 */

/** CloudWatch comparison operators, carrying their wire strings. */
export type ComparisonOperator =
  | "GreaterThanThreshold"
  | "GreaterThanOrEqualToThreshold"
  | "LessThanThreshold"
  | "LessThanOrEqualToThreshold";

/** How CloudWatch treats periods without data. */
export type TreatMissingData = "missing" | "notBreaching" | "breaching" | "ignore";

/**
 * The value(s) a metric dimension is filtered on: one value, or several where the cloud matches
 * any of them in one alarm (Azure Monitor's `Include` filter; CloudWatch takes one).
 */
export type DimensionValue = string | readonly string[];

/** Where a default comes from. See `../shared/catalog/default-thresholds.md` for the full references. */
export interface CatalogSource {
  /** Short reference code, e.g. `RA` (AWS Recommended alarms), `SLIC`, `AA`, `LIFT`, `BILL`. */
  readonly ref: string;
  /** URL of the page the value was read from. */
  readonly url: string;
  /** Anything a reviewer should know: a deviation from the source and why. */
  readonly note?: string;
}

/**
 * The threshold of a default alarm for each severity.
 *
 * A number is a fixed threshold. `{ percentOf: "<input>", percent }` is computed from the
 * monitored resource's configuration (e.g. Lambda timeout, RDS allocated storage); the service
 * code resolves the named input, and leaves the alarm out with a warning when it is unknown.
 * `undefined` for a severity means no alarm of that severity by default.
 */
export type DefaultThreshold =
  | number
  | {
      /** Name of the resource input the threshold is a share of, e.g. `timeoutMs` or `allocatedStorageBytes`. */
      readonly percentOf: string;
      /** The share, in percent of the input's value, e.g. `80`. */
      readonly percent: number;
    };

/**
 * An alarm on a metric-math expression instead of one metric, e.g. an error percentage
 * `100*(m1+m2)/m3`. Every metric shares the entry's namespace, statistic, period and dimensions.
 */
export interface MetricMath {
  /** The CloudWatch metric-math expression over the metric ids, e.g. `100*(FILL(m1,0)+FILL(m2,0))/m3`. */
  readonly expression: string;
  /** The metrics the expression reads, by id (`m1`, `m2`, ...). */
  readonly metrics: readonly {
    /** Id the expression refers to the metric by: a lower-case letter, then letters, digits or `_`, e.g. `m1`. */
    readonly id: string;
    /** Metric name in the entry's namespace, e.g. `HTTPCode_ELB_5XX_Count`. */
    readonly metricName: string;
  }[];
}

/**
 * One default alarm of a service's catalog: the metric, how it is evaluated and the thresholds
 * by severity, with the vendor page the numbers come from.
 */
export interface AlarmDefault {
  /** Option key on `monitorXxx()` (camelCase), e.g. `cpuUtilization`. Stable: it is part of alarm names. */
  readonly key: string;
  /** CloudWatch namespace, e.g. `AWS/EC2`. */
  readonly namespace: string;
  /** CloudWatch metric name, e.g. `CPUUtilization`. */
  readonly metricName: string;
  /** `Average`, `Sum`, `Minimum`, `Maximum`, `SampleCount` or an extended statistic such as `p90`. */
  readonly statistic: string;
  /** How the metric is compared with the threshold. */
  readonly comparisonOperator: ComparisonOperator;
  /** Default thresholds by severity; a severity left out gets no alarm unless the user sets one. */
  readonly thresholds: {
    /**
     * Threshold of the `warning` alarm.
     *
     * @default - no warning alarm unless the user sets one
     */
    readonly warning?: DefaultThreshold;
    /**
     * Threshold of the `critical` alarm.
     *
     * @default - no critical alarm unless the user sets one
     */
    readonly critical?: DefaultThreshold;
  };
  /** Period in seconds (10, 30 or a multiple of 60). */
  readonly period: number;
  /**
   * How often the alarm is evaluated, in seconds, where the cloud evaluates a period more often
   * than it is long (Azure Monitor's frequency).
   *
   * @default - once per period
   */
  readonly frequency?: number;
  /** Number of most recent periods each evaluation looks at (the user's `evaluationPeriods` overrides it). */
  readonly evaluationPeriods: number;
  /** How many of those periods must breach for the alarm to fire, at most `evaluationPeriods`. */
  readonly datapointsToAlarm: number;
  /** How periods without data count: `missing`, `notBreaching`, `breaching` or `ignore`. */
  readonly treatMissingData: TreatMissingData;
  /** Unit of the threshold as the user thinks of it, for descriptions and dashboards (e.g. `%`, `ms`, `count`). */
  readonly unit: string;
  /** One sentence a person on call reads: what it means when this alarm fires. */
  readonly description: string;
  /**
   * Whether the alarm is created when the user says nothing. `false` for alarms whose
   * threshold only the user can know (e.g. a traffic baseline): they exist only when configured.
   */
  readonly enabledByDefault: boolean;
  /** The vendor page the metric, statistic and thresholds were taken from. */
  readonly source: CatalogSource;
  /**
   * The computed input (as in `DefaultThreshold.percentOf`) that a user threshold written as a
   * percentage, e.g. `"10%"`, refers to. Entries whose default thresholds use `percentOf` allow
   * percentages for that input without setting this.
   *
   * @default - percentages allowed only when a default threshold uses `percentOf`
   */
  readonly percentOf?: string;
  /**
   * Fixed dimensions added to the ones the service derives from the resource, e.g.
   * `{ Role: "WRITER" }` or `{ Region: "Global" }`; several values (`{ status2: ["NotReady",
   * "Unknown"] }`) only on clouds whose alarms match any of them.
   *
   * @default - only the service's dimensions
   */
  readonly extraDimensions?: Readonly<Record<string, DimensionValue>>;
  /**
   * The aggregations the metric supports (the cloud's metric reference): a `statistic` option
   * outside them is an error.
   *
   * @default - any the cloud accepts
   */
  readonly aggregations?: readonly string[];
  /**
   * The metric's finest time grain, in seconds: a `period` option below it is an error.
   *
   * @default - any period the cloud accepts
   */
  readonly minimumPeriod?: number;
  /**
   * Alarm on this expression over several metrics; `metricName` then names the expression in
   * descriptions and dashboards.
   *
   * @default - an alarm on the single metric `metricName`
   */
  readonly math?: MetricMath;
}
