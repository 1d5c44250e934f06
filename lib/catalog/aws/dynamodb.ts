import type { AlarmDefault } from "../alarm-default";
import { sourceOf } from "./sources";

/**
 * Default alarms for a DynamoDB table (dimension `TableName`; replication latency adds
 * `ReceivingRegion`, one alarm per replica region).
 *
 * SuccessfulRequestLatency needs an `Operation` and a threshold only the user knows: one entry per
 * operation (`getItemLatency`, `queryLatency`, ...), each off until a threshold is set. UserErrors
 * and the Account* metrics have no table dimension: they are in `./account.ts`.
 */
const DYNAMODB_TABLE_BASE_ALARMS: readonly AlarmDefault[] = [
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
      "Reads on the table have been throttled; callers see ProvisionedThroughputExceeded or added latency.",
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
      "Writes to the table have been throttled; callers see ProvisionedThroughputExceeded or lose writes.",
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
    description: "DynamoDB has answered requests on the table with internal errors (HTTP 500).",
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
    description: "Replication to another region of the global table has lagged behind.",
    enabledByDefault: true,
    source: sourceOf(
      "RA",
      "RA: over 3 minutes is worth investigating, which is a warning. Only for global tables (one alarm per replica region).",
    ),
  },
];

/**
 * The `Operation` values of SuccessfulRequestLatency a table serves directly (PartiQL and
 * stream reads left out), in the order of the option list.
 */
export const DYNAMODB_LATENCY_OPERATIONS = [
  "GetItem",
  "PutItem",
  "UpdateItem",
  "DeleteItem",
  "Query",
  "Scan",
  "BatchGetItem",
  "BatchWriteItem",
  "TransactGetItems",
  "TransactWriteItems",
] as const;

/** Average latency of successful requests of one operation (dimension `Operation`), opt-in. */
function latencyEntry(operation: (typeof DYNAMODB_LATENCY_OPERATIONS)[number]): AlarmDefault {
  return {
    key: `${operation[0].toLowerCase()}${operation.slice(1)}Latency`,
    namespace: "AWS/DynamoDB",
    metricName: "SuccessfulRequestLatency",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: {},
    period: 60,
    evaluationPeriods: 10,
    datapointsToAlarm: 10,
    treatMissingData: "notBreaching",
    unit: "ms",
    description: `Successful ${operation} requests on the table have been slower than usual.`,
    enabledByDefault: false,
    source: sourceOf(
      "RA",
      "RA leaves the value open (it depends on the item sizes and access pattern): off until you set a threshold for the operation.",
    ),
    extraDimensions: { Operation: operation },
  };
}

/** SuccessfulRequestLatency, one opt-in entry per operation. */
export const DYNAMODB_LATENCY_ALARMS: readonly AlarmDefault[] =
  DYNAMODB_LATENCY_OPERATIONS.map(latencyEntry);

/** Every default alarm of a DynamoDB table: the base list, then the per-operation latencies. */
export const DYNAMODB_TABLE_ALARMS: readonly AlarmDefault[] = [
  ...DYNAMODB_TABLE_BASE_ALARMS,
  ...DYNAMODB_LATENCY_ALARMS,
];
