import type { AlarmDefault } from "../alarm-default";
import { sourceOf } from "./sources";

/**
 * Default alarms for a DynamoDB table (dimension `TableName`; replication latency adds
 * `ReceivingRegion`, one alarm per replica region).
 *
 * Not here: UserErrors and the Account* metrics have no table dimension (account-wide), and
 * SuccessfulRequestLatency needs an `Operation` and a threshold only the user knows.
 */
export const DYNAMODB_TABLE_ALARMS: readonly AlarmDefault[] = [
  {
    key: "readThrottleEvents",
    namespace: "AWS/DynamoDB",
    metricName: "ReadThrottleEvents",
    statistic: "Sum",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 0, critical: 10 },
    period: 60,
    evaluationPeriods: 5,
    datapointsToAlarm: 5,
    treatMissingData: "notBreaching",
    unit: "count",
    description:
      "Reads on the table have been throttled for 5 minutes; callers see ProvisionedThroughputExceeded or added latency.",
    enabledByDefault: true,
    source: sourceOf(
      ["RA", "SLIC"],
      "RA leaves the value open; SLIC's 10 per minute is critical, and any sustained throttling a warning.",
    ),
  },
  {
    key: "writeThrottleEvents",
    namespace: "AWS/DynamoDB",
    metricName: "WriteThrottleEvents",
    statistic: "Sum",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 0, critical: 10 },
    period: 60,
    evaluationPeriods: 5,
    datapointsToAlarm: 5,
    treatMissingData: "notBreaching",
    unit: "count",
    description:
      "Writes to the table have been throttled for 5 minutes; callers see ProvisionedThroughputExceeded or lose writes.",
    enabledByDefault: true,
    source: sourceOf(
      ["RA", "SLIC"],
      "RA leaves the value open; SLIC's 10 per minute is critical, and any sustained throttling a warning.",
    ),
  },
  {
    key: "systemErrors",
    namespace: "AWS/DynamoDB",
    metricName: "SystemErrors",
    statistic: "Sum",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { critical: 0 },
    period: 60,
    evaluationPeriods: 15,
    datapointsToAlarm: 15,
    treatMissingData: "notBreaching",
    unit: "count",
    description:
      "DynamoDB has answered requests on the table with internal errors (HTTP 500) for 15 minutes.",
    enabledByDefault: true,
    source: sourceOf(["RA", "SLIC"], "RA leaves the value open; SLIC uses 0."),
  },
  {
    key: "replicationLatency",
    namespace: "AWS/DynamoDB",
    metricName: "ReplicationLatency",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 180_000 },
    period: 60,
    evaluationPeriods: 15,
    datapointsToAlarm: 15,
    treatMissingData: "missing",
    unit: "ms",
    description:
      "Replication to another region of the global table has lagged over 3 minutes for 15 minutes.",
    enabledByDefault: true,
    source: sourceOf(
      "RA",
      "RA: over 3 minutes is worth investigating, which is a warning. Only for global tables (one alarm per replica region).",
    ),
  },
];
