import type { AlarmDefault } from "../alarm-default";
import { sourceOf } from "./sources";

/**
 * Default alarms for a Lambda function (dimension `FunctionName`; Lambda Insights uses
 * `function_name`).
 *
 * Computed inputs: `timeoutMs` (the function's timeout in milliseconds; Lambda's default is 3 s)
 * and `concurrencyLimit` (the function's reserved concurrency when set, otherwise the account's
 * regional concurrency quota, 1,000 unless raised).
 */
export const LAMBDA_FUNCTION_ALARMS: readonly AlarmDefault[] = [
  {
    key: "errors",
    namespace: "AWS/Lambda",
    metricName: "Errors",
    statistic: "Sum",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { critical: 0 },
    period: 60,
    evaluationPeriods: 3,
    datapointsToAlarm: 3,
    treatMissingData: "notBreaching",
    unit: "count",
    description: "The function has failed invocations repeatedly.",
    enabledByDefault: true,
    source: sourceOf(
      ["RA", "SLIC"],
      "RA leaves the threshold to you with a hint of >0; SLIC uses 0. Three consecutive failing minutes is not a blip, so critical.",
    ),
  },
  {
    key: "throttles",
    namespace: "AWS/Lambda",
    metricName: "Throttles",
    statistic: "Sum",
    comparisonOperator: "GreaterThanOrEqualToThreshold",
    thresholds: { critical: 1 },
    period: 60,
    evaluationPeriods: 5,
    datapointsToAlarm: 5,
    treatMissingData: "notBreaching",
    unit: "count",
    description:
      "Invocations have been throttled: the function has hit its concurrency limit and synchronous callers get errors.",
    enabledByDefault: true,
    source: sourceOf(
      "RA",
      "RA's operator is >= with a hint of >0; for a count that is >= 1. Sustained throttling rejects synchronous calls, so critical.",
    ),
  },
  {
    key: "duration",
    namespace: "AWS/Lambda",
    metricName: "Duration",
    statistic: "p90",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: {
      warning: { percentOf: "timeoutMs", percent: 80 },
      critical: { percentOf: "timeoutMs", percent: 95 },
    },
    period: 60,
    evaluationPeriods: 15,
    datapointsToAlarm: 15,
    treatMissingData: "notBreaching",
    unit: "ms",
    description:
      "The slowest tenth of invocations has run close to the function's timeout; some may be timing out.",
    enabledByDefault: true,
    source: sourceOf(
      ["RA", "SLIC"],
      "RA: p90 duration must stay below the configured timeout. Critical at SLIC's 95% of the timeout, warning at 80%.",
    ),
  },
  {
    key: "concurrentExecutions",
    namespace: "AWS/Lambda",
    metricName: "ConcurrentExecutions",
    statistic: "Maximum",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: {
      warning: { percentOf: "concurrencyLimit", percent: 80 },
      critical: { percentOf: "concurrencyLimit", percent: 90 },
    },
    period: 60,
    evaluationPeriods: 10,
    datapointsToAlarm: 10,
    treatMissingData: "missing",
    unit: "count",
    description: "The function has been running near its concurrency limit; throttling is next.",
    enabledByDefault: true,
    source: sourceOf(
      ["RA", "REN"],
      "RA: 90% of the quota (Renovo: 900 of the default 1,000). Warning one 10-point step earlier.",
    ),
  },
  {
    key: "memoryUtilization",
    namespace: "LambdaInsights",
    metricName: "memory_utilization",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 80, critical: 90 },
    period: 60,
    evaluationPeriods: 10,
    datapointsToAlarm: 10,
    treatMissingData: "missing",
    unit: "%",
    description:
      "The function has used most of its configured memory; out-of-memory failures are likely.",
    enabledByDefault: false,
    source: sourceOf(
      "RA",
      "Critical at RA's 90%, warning 10 points earlier. Needs the Lambda Insights layer, so off by default.",
    ),
  },
  {
    key: "iteratorAge",
    namespace: "AWS/Lambda",
    metricName: "IteratorAge",
    statistic: "Maximum",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 10_000 },
    period: 60,
    evaluationPeriods: 1,
    datapointsToAlarm: 1,
    treatMissingData: "notBreaching",
    unit: "ms",
    description: "The function is falling behind its stream: the newest record it read was old.",
    enabledByDefault: false,
    source: sourceOf(
      "SLIC",
      "SLIC's 10 s as a warning: lag grows before data is lost. Only for stream event sources (Kinesis, DynamoDB streams), which a function resource does not show, so off by default.",
    ),
  },
];
