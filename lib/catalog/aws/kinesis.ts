import type { AlarmDefault } from "../alarm-default";
import { sourceOf } from "./sources";

/**
 * Default alarms for a Kinesis data stream (dimension `StreamName`).
 *
 * Computed input: `retentionMs` (the stream's retention period in milliseconds; Kinesis's default
 * is 24 hours). Enhanced fan-out consumers (`ConsumerName`) have their own list:
 * `KINESIS_STREAM_CONSUMER_ALARMS`.
 */
export const KINESIS_STREAM_ALARMS: readonly AlarmDefault[] = [
  {
    key: "iteratorAge",
    namespace: "AWS/Kinesis",
    metricName: "GetRecords.IteratorAgeMilliseconds",
    statistic: "Maximum",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: {
      warning: { percentOf: "retentionMs", percent: 25 },
      critical: { percentOf: "retentionMs", percent: 50 },
    },
    period: 60,
    evaluationPeriods: 15,
    datapointsToAlarm: 15,
    treatMissingData: "missing",
    unit: "ms",
    description:
      "Consumers are far behind the stream; records expire unread when the lag reaches the retention period.",
    enabledByDefault: true,
    source: sourceOf("RA", "RA: keep it below 50% of retention (critical); warning at 25%."),
  },
  {
    key: "getRecordsSuccess",
    namespace: "AWS/Kinesis",
    metricName: "GetRecords.Success",
    statistic: "Average",
    comparisonOperator: "LessThanThreshold",
    thresholds: { warning: 1 },
    period: 60,
    evaluationPeriods: 5,
    datapointsToAlarm: 5,
    treatMissingData: "missing",
    unit: "ratio",
    description: "Some GetRecords calls on the stream have failed repeatedly.",
    enabledByDefault: true,
    source: sourceOf(
      ["RA", "SLIC"],
      "RA leaves the value open; SLIC's 1 (any failure) as a warning.",
    ),
  },
  {
    key: "putRecordSuccess",
    namespace: "AWS/Kinesis",
    metricName: "PutRecord.Success",
    statistic: "Average",
    comparisonOperator: "LessThanThreshold",
    thresholds: { warning: 1 },
    period: 60,
    evaluationPeriods: 5,
    datapointsToAlarm: 5,
    treatMissingData: "missing",
    unit: "ratio",
    description: "Some PutRecord calls to the stream have failed repeatedly.",
    enabledByDefault: true,
    source: sourceOf(
      ["RA", "SLIC"],
      "RA leaves the value open; SLIC's 1 (any failure) as a warning.",
    ),
  },
  {
    key: "putRecordsFailedRecords",
    namespace: "AWS/Kinesis",
    metricName: "PutRecords.FailedRecords",
    statistic: "Sum",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 0 },
    period: 60,
    evaluationPeriods: 5,
    datapointsToAlarm: 5,
    treatMissingData: "notBreaching",
    unit: "count",
    description:
      "Records sent with PutRecords have failed; producers must retry them or lose data.",
    enabledByDefault: true,
    source: sourceOf("RA", "RA leaves the value open; any sustained failure as a warning."),
  },
  {
    key: "readProvisionedThroughputExceeded",
    namespace: "AWS/Kinesis",
    metricName: "ReadProvisionedThroughputExceeded",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 0 },
    period: 60,
    evaluationPeriods: 5,
    datapointsToAlarm: 5,
    treatMissingData: "notBreaching",
    unit: "ratio",
    description:
      "Reads from the stream have been throttled; consumers fall behind. Add shards or use enhanced fan-out.",
    enabledByDefault: true,
    source: sourceOf(["RA", "SLIC"], "RA's Average; SLIC's any-throttling (> 0) as a warning."),
  },
  {
    key: "writeProvisionedThroughputExceeded",
    namespace: "AWS/Kinesis",
    metricName: "WriteProvisionedThroughputExceeded",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 0 },
    period: 60,
    evaluationPeriods: 5,
    datapointsToAlarm: 5,
    treatMissingData: "notBreaching",
    unit: "ratio",
    description:
      "Writes to the stream have been throttled; producers retry or drop records. Add shards.",
    enabledByDefault: true,
    source: sourceOf(["RA", "SLIC"], "RA's Average; SLIC's any-throttling (> 0) as a warning."),
  },
];

/**
 * Default alarms for an enhanced fan-out consumer of a Kinesis data stream
 * (`aws_kinesis_stream_consumer`; dimensions `StreamName` and `ConsumerName`).
 *
 * Computed input: `retentionMs`, the retention period of the consumer's stream.
 */
export const KINESIS_STREAM_CONSUMER_ALARMS: readonly AlarmDefault[] = [
  {
    key: "millisBehindLatest",
    namespace: "AWS/Kinesis",
    metricName: "SubscribeToShardEvent.MillisBehindLatest",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: {
      warning: { percentOf: "retentionMs", percent: 25 },
      critical: { percentOf: "retentionMs", percent: 50 },
    },
    period: 60,
    evaluationPeriods: 5,
    datapointsToAlarm: 5,
    treatMissingData: "missing",
    unit: "ms",
    description:
      "The enhanced fan-out consumer is far behind the stream; records expire unread when the lag reaches the retention period.",
    enabledByDefault: true,
    source: sourceOf(
      "RA",
      "RA's statistic, period and 5/5 leave the value open. The lag is the fan-out counterpart of GetRecords iterator age, so the same shares of retention as RA's iterator-age guidance (critical at 50%, warning at 25%).",
    ),
  },
];
