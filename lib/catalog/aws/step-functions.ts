import type { AlarmDefault } from "../alarm-default";
import { sourceOf } from "./sources";

/**
 * Default alarms for a Step Functions state machine (dimension `StateMachineArn`). RA has no
 * Step Functions section: SLIC's > 0 is the warning and autoalarm's > 1 the critical level.
 */
export const STEP_FUNCTIONS_STATE_MACHINE_ALARMS: readonly AlarmDefault[] = [
  {
    key: "executionsFailed",
    namespace: "AWS/States",
    metricName: "ExecutionsFailed",
    statistic: "Sum",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 0, critical: 1 },
    period: 60,
    evaluationPeriods: 1,
    datapointsToAlarm: 1,
    treatMissingData: "notBreaching",
    unit: "count",
    description: "Executions of the state machine failed.",
    enabledByDefault: true,
    source: sourceOf(["SLIC", "AA"], "SLIC's > 0 as warning, autoalarm's > 1 as critical."),
  },
  {
    key: "executionsTimedOut",
    namespace: "AWS/States",
    metricName: "ExecutionsTimedOut",
    statistic: "Sum",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 0, critical: 1 },
    period: 60,
    evaluationPeriods: 1,
    datapointsToAlarm: 1,
    treatMissingData: "notBreaching",
    unit: "count",
    description: "Executions of the state machine timed out.",
    enabledByDefault: true,
    source: sourceOf(["SLIC", "AA"], "SLIC's > 0 as warning, autoalarm's > 1 as critical."),
  },
  {
    key: "executionThrottled",
    namespace: "AWS/States",
    metricName: "ExecutionThrottled",
    statistic: "Sum",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 0 },
    period: 60,
    evaluationPeriods: 1,
    datapointsToAlarm: 1,
    treatMissingData: "notBreaching",
    unit: "count",
    description: "Starting executions of the state machine was throttled.",
    enabledByDefault: true,
    source: sourceOf(
      "SLIC",
      "SLIC's > 0; throttled starts are retried by most callers, so warning.",
    ),
  },
];
