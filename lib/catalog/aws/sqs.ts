import type { AlarmDefault } from "../alarm-default";
import { sourceOf } from "./sources";

/**
 * Default alarms for an SQS queue (dimension `QueueName`).
 *
 * Computed inputs: `messageRetentionSeconds` (the queue's retention; SQS's default is 345,600 s =
 * 4 days) and `inFlightLimit` (SQS's hard limit of in-flight messages: 120,000 for a standard
 * queue, 20,000 for a FIFO queue).
 */
export const SQS_QUEUE_ALARMS: readonly AlarmDefault[] = [
  {
    key: "ageOfOldestMessage",
    namespace: "AWS/SQS",
    metricName: "ApproximateAgeOfOldestMessage",
    statistic: "Maximum",
    comparisonOperator: "GreaterThanOrEqualToThreshold",
    thresholds: {
      warning: { percentOf: "messageRetentionSeconds", percent: 50 },
      critical: { percentOf: "messageRetentionSeconds", percent: 80 },
    },
    period: 60,
    evaluationPeriods: 15,
    datapointsToAlarm: 15,
    treatMissingData: "missing",
    unit: "s",
    description:
      "The oldest message has waited most of the queue's retention period; SQS deletes it unprocessed when retention runs out.",
    enabledByDefault: true,
    source: sourceOf(
      "RA",
      "RA's X is the expected processing time +50%, which only the user knows (set a number to use it). By default we guard against loss: warning at 50% and critical at 80% of the queue's retention.",
    ),
  },
  {
    key: "messagesNotVisible",
    namespace: "AWS/SQS",
    metricName: "ApproximateNumberOfMessagesNotVisible",
    statistic: "Average",
    comparisonOperator: "GreaterThanOrEqualToThreshold",
    thresholds: {
      warning: { percentOf: "inFlightLimit", percent: 80 },
      critical: { percentOf: "inFlightLimit", percent: 90 },
    },
    period: 60,
    evaluationPeriods: 15,
    datapointsToAlarm: 15,
    treatMissingData: "missing",
    unit: "count",
    description:
      "The number of in-flight messages is near SQS's hard limit; receives will start failing with OverLimit.",
    enabledByDefault: true,
    source: sourceOf(
      ["RA", "SLIC"],
      "RA's X is the expected in-flight count +50%, which only the user knows. Warning at SLIC's 80% of the hard limit, critical at 90%. Limits from RA (120k standard, 20k FIFO).",
    ),
  },
  {
    key: "messagesVisible",
    namespace: "AWS/SQS",
    metricName: "ApproximateNumberOfMessagesVisible",
    statistic: "Average",
    comparisonOperator: "GreaterThanOrEqualToThreshold",
    thresholds: {},
    period: 60,
    evaluationPeriods: 15,
    datapointsToAlarm: 15,
    treatMissingData: "missing",
    unit: "count",
    description: "The backlog has been above its usual size; consumers are not keeping up.",
    enabledByDefault: false,
    source: sourceOf(
      "RA",
      "RA: the threshold follows the queue's historical backlog, so the user sets it.",
    ),
  },
  {
    key: "messagesSent",
    namespace: "AWS/SQS",
    metricName: "NumberOfMessagesSent",
    statistic: "Sum",
    comparisonOperator: "LessThanOrEqualToThreshold",
    thresholds: { warning: 0 },
    period: 60,
    evaluationPeriods: 15,
    datapointsToAlarm: 15,
    treatMissingData: "breaching",
    unit: "count",
    description: "Nothing has been sent to the queue; a producer may be broken.",
    enabledByDefault: false,
    source: sourceOf(
      "RA",
      "RA's values. Only meaningful for queues with steady traffic, which only the user knows, so off by default; a warning because silence is a symptom, not an outage.",
    ),
  },
];

/** Default alarms for an SQS dead-letter queue (dimension `QueueName` of the DLQ). */
export const SQS_DEAD_LETTER_QUEUE_ALARMS: readonly AlarmDefault[] = [
  {
    key: "deadLetterMessages",
    namespace: "AWS/SQS",
    metricName: "ApproximateNumberOfMessagesVisible",
    statistic: "Maximum",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { critical: 0 },
    period: 60,
    evaluationPeriods: 1,
    datapointsToAlarm: 1,
    treatMissingData: "notBreaching",
    unit: "count",
    description:
      "Messages are in the dead-letter queue: they failed processing repeatedly and will be lost when its retention runs out.",
    enabledByDefault: true,
    source: sourceOf(
      "LIFT",
      "Lift's threshold and missing-data rule (its PR #337). Lift uses Sum; SQS publishes one sample per minute, so at 60 s Maximum is the same and stays right if the period is raised. Critical because each message is a failed piece of work.",
    ),
  },
];
