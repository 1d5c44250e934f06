import type { AlarmDefault } from "../alarm-default";
import { sourceOf } from "./sources";

/** DynamoDB's account-wide share of a provisioned-capacity quota, Maximum > 80 % over 2 × 5 min. */
function capacityEntry(key: string, metricName: string, what: "read" | "write"): AlarmDefault {
  return {
    key,
    namespace: "AWS/DynamoDB",
    metricName,
    statistic: "Maximum",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 80 },
    period: 300,
    evaluationPeriods: 2,
    datapointsToAlarm: 2,
    treatMissingData: "missing",
    unit: "%",
    description: `Provisioned ${what} capacity across the account's tables in this region has used most of the account quota; new tables or capacity increases will fail.`,
    enabledByDefault: true,
    source: sourceOf(
      "RA",
      "RA's values. The quota is not reached yet and can be raised, so warning.",
    ),
  };
}

/**
 * Default alarms of the account in one region: metrics without a resource dimension, created by
 * `monitorAccount()` once per account and region (the stack's default AWS provider).
 *
 * Computed input: `lambdaConcurrencyQuota` (the account's regional Lambda concurrency quota, which
 * only the user knows: it is raised per account).
 */
export const ACCOUNT_ALARMS: readonly AlarmDefault[] = [
  capacityEntry(
    "dynamodbReadCapacityUtilization",
    "AccountProvisionedReadCapacityUtilization",
    "read",
  ),
  capacityEntry(
    "dynamodbWriteCapacityUtilization",
    "AccountProvisionedWriteCapacityUtilization",
    "write",
  ),
  {
    key: "dynamodbUserErrors",
    namespace: "AWS/DynamoDB",
    metricName: "UserErrors",
    statistic: "Sum",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 0 },
    period: 60,
    evaluationPeriods: 10,
    datapointsToAlarm: 10,
    treatMissingData: "notBreaching",
    unit: "count",
    description:
      "DynamoDB has rejected requests from this account and region as invalid (HTTP 400: validation, permissions, missing tables).",
    enabledByDefault: true,
    source: sourceOf(
      "RA",
      "RA: 0 or higher. Client errors point at a bug or a missing permission in a caller, not an outage, so warning.",
    ),
  },
  {
    key: "lambdaClaimedAccountConcurrency",
    namespace: "AWS/Lambda",
    metricName: "ClaimedAccountConcurrency",
    statistic: "Maximum",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: {
      warning: { percentOf: "lambdaConcurrencyQuota", percent: 80 },
      critical: { percentOf: "lambdaConcurrencyQuota", percent: 90 },
    },
    period: 60,
    evaluationPeriods: 10,
    datapointsToAlarm: 10,
    treatMissingData: "missing",
    unit: "count",
    description:
      "Lambda concurrency claimed in this account and region (reserved plus used unreserved) has been near the account quota; functions without reserved concurrency will be throttled.",
    enabledByDefault: true,
    source: sourceOf(
      "RA",
      "RA: 90% of the account's concurrency quota (critical); warning at 80%, as for a function's concurrent executions.",
    ),
  },
];
