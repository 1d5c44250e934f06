import type { AlarmRules } from "../core/alarm-rules";
import { CLOUDWATCH_QUOTAS, maxEvaluationSeconds } from "./cloudwatch-quotas";

const STATISTICS = ["Average", "Sum", "Minimum", "Maximum", "SampleCount"];
const EXTENDED_STATISTIC =
  /^(p|tm|wm|tc|ts|pr|iqm)(\d{1,2}(\.\d{1,10})?|100)?$|^(TM|WM|TC|TS|PR)\(.+\)$/;

/** Whether `statistic` is an extended statistic (`p90`, `tm99`, ...) rather than a plain one. */
export function isExtendedStatistic(statistic: string): boolean {
  return !STATISTICS.includes(statistic) && EXTENDED_STATISTIC.test(statistic);
}

/** Periods CloudWatch accepts for alarms: 10, 30 or a multiple of 60. */
export function isValidPeriod(period: number): boolean {
  return (
    Number.isInteger(period) &&
    (period === 10 || period === 30 || (period > 0 && period % 60 === 0))
  );
}

/**
 * CloudWatch's limits on metric alarms (PutMetricAlarm): names of at most 255 characters,
 * descriptions of at most 1024, periods of 10, 30 or a multiple of 60 seconds, at most one day
 * evaluated (seven days for periods of an hour or more), the plain and extended statistics, and
 * the four missing-data treatments (limits from `CLOUDWATCH_QUOTAS`).
 */
export const CLOUDWATCH_ALARM_RULES: AlarmRules = {
  service: "CloudWatch",
  maxNameLength: CLOUDWATCH_QUOTAS.alarmNameLength.limit,
  maxDescriptionLength: CLOUDWATCH_QUOTAS.alarmDescriptionLength.limit,
  period: { accepts: isValidPeriod, allowed: "10, 30 or a multiple of 60 (seconds)" },
  maxEvaluationSeconds,
  aggregation: {
    accepts: (statistic) => STATISTICS.includes(statistic) || EXTENDED_STATISTIC.test(statistic),
    allowed: `${STATISTICS.join(", ")} or a percentile such as p90, p99.9`,
  },
  missingData: ["missing", "notBreaching", "breaching", "ignore"],
  anomaly: {
    level: {
      accepts: (width) => typeof width === "number" && Number.isFinite(width) && width > 0,
      allowed: "a band width in standard deviations, a number > 0",
    },
    ignoreDataBefore: false,
  },
  comparisons: {
    static: {
      GreaterThanThreshold: "GreaterThanThreshold",
      GreaterThanOrEqualToThreshold: "GreaterThanOrEqualToThreshold",
      LessThanThreshold: "LessThanThreshold",
      LessThanOrEqualToThreshold: "LessThanOrEqualToThreshold",
    },
    anomaly: {
      GreaterThanUpperThreshold: "above",
      LessThanLowerThreshold: "below",
      LessThanLowerOrGreaterThanUpperThreshold: "outside",
    },
  },
};
