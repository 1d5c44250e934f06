import type { AlarmDefault } from "../alarm-default";
import { sourceOf } from "./sources";

/**
 * Default alarms for a CloudFront distribution (dimensions `DistributionId` and `Region=Global`;
 * the metrics exist only in us-east-1).
 *
 * Computed input: `originResponseTimeoutMs` (the origin read timeout; CloudFront's default is
 * 30 s). The CloudFront Functions alarms are per function: `CLOUDFRONT_FUNCTION_ALARMS`.
 */
export const CLOUDFRONT_DISTRIBUTION_ALARMS: readonly AlarmDefault[] = [
  {
    key: "errorRate5xx",
    namespace: "AWS/CloudFront",
    metricName: "5xxErrorRate",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 1, critical: 5 },
    period: 60,
    evaluationPeriods: 5,
    datapointsToAlarm: 5,
    treatMissingData: "notBreaching",
    unit: "%",
    description:
      "A share of viewer requests got server errors (5xx) from the distribution or its origin.",
    enabledByDefault: true,
    source: sourceOf(
      "RA",
      "RA leaves the value open (> 0). A non-zero rate is background noise at volume, so warning at 1% and critical at 5% of requests.",
    ),
  },
  {
    key: "originLatency",
    namespace: "AWS/CloudFront",
    metricName: "OriginLatency",
    statistic: "p90",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { critical: { percentOf: "originResponseTimeoutMs", percent: 80 } },
    period: 60,
    evaluationPeriods: 5,
    datapointsToAlarm: 5,
    treatMissingData: "notBreaching",
    unit: "ms",
    description:
      "The origin has been answering close to CloudFront's origin timeout; requests will soon fail with 504.",
    enabledByDefault: false,
    source: sourceOf(
      "RA",
      "RA's 80% of the origin response timeout. Needs the distribution's additional (paid) metrics, so off until enabled.",
    ),
  },
];

/** One CloudFront Functions error count, Sum > 0, critical: viewers get errors when it fires. */
function functionErrorEntry(
  key: string,
  metricName: string,
  datapoints: number,
  description: string,
): AlarmDefault {
  return {
    key,
    namespace: "AWS/CloudFront",
    metricName,
    statistic: "Sum",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { critical: 0 },
    period: 60,
    evaluationPeriods: datapoints,
    datapointsToAlarm: datapoints,
    treatMissingData: "notBreaching",
    unit: "count",
    description,
    enabledByDefault: true,
    source: sourceOf(
      "RA",
      "RA's values. Each error is a failed viewer request (CloudFront answers 502 or 503), so critical.",
    ),
  };
}

/**
 * Default alarms for a CloudFront function (`aws_cloudfront_function`; dimensions `FunctionName`
 * and `Region=Global`; the metrics exist only in us-east-1). A function's metrics cover every
 * distribution it is associated with.
 */
export const CLOUDFRONT_FUNCTION_ALARMS: readonly AlarmDefault[] = [
  functionErrorEntry(
    "validationErrors",
    "FunctionValidationErrors",
    2,
    "The function returned objects CloudFront cannot use (an invalid request or response); those viewer requests failed with 502.",
  ),
  functionErrorEntry(
    "executionErrors",
    "FunctionExecutionErrors",
    5,
    "The function threw errors; those viewer requests failed with 503.",
  ),
  functionErrorEntry(
    "throttles",
    "FunctionThrottles",
    5,
    "The function has been throttled (over its compute budget); those viewer requests failed with 503.",
  ),
];
