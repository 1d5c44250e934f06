import type { AlarmDefault } from "../alarm-default";
import { sourceOf } from "./sources";

/**
 * Default alarms for an ECS service (dimensions `ClusterName` and `ServiceName`).
 *
 * Not here: CPUReservation/MemoryReservation are per cluster (EC2 launch type), and the enhanced
 * Task/Container memory rows in RA carry a flagged operator (`<=` with 80), so they are not copied.
 */
export const ECS_SERVICE_ALARMS: readonly AlarmDefault[] = [
  {
    key: "cpuUtilization",
    namespace: "AWS/ECS",
    metricName: "CPUUtilization",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 80, critical: 90 },
    period: 60,
    evaluationPeriods: 5,
    datapointsToAlarm: 5,
    treatMissingData: "missing",
    unit: "%",
    description: "The service's tasks have used most of their CPU; add tasks or CPU.",
    enabledByDefault: true,
    source: sourceOf(["RA", "SLIC"], "RA's 80% as warning and SLIC's 90% as critical."),
  },
  {
    key: "memoryUtilization",
    namespace: "AWS/ECS",
    metricName: "MemoryUtilization",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 80, critical: 90 },
    period: 60,
    evaluationPeriods: 5,
    datapointsToAlarm: 5,
    treatMissingData: "missing",
    unit: "%",
    description:
      "The service's tasks have used most of their memory; containers may be killed for running out of memory.",
    enabledByDefault: true,
    source: sourceOf(["RA", "SLIC"], "RA's 80% as warning and SLIC's 90% as critical."),
  },
  {
    key: "runningTaskCount",
    namespace: "ECS/ContainerInsights",
    metricName: "RunningTaskCount",
    statistic: "Average",
    comparisonOperator: "LessThanOrEqualToThreshold",
    thresholds: { critical: 0 },
    period: 60,
    evaluationPeriods: 5,
    datapointsToAlarm: 5,
    treatMissingData: "breaching",
    unit: "count",
    description: "The service has had no running task: it is down.",
    enabledByDefault: false,
    source: sourceOf(
      "RA",
      "RA's values (raise to the minimum task count if you like). Needs Container Insights on the cluster, and missing data breaches, so off until the user says the cluster has it.",
    ),
  },
  {
    key: "target5xxCount",
    namespace: "AWS/ECS",
    metricName: "HTTPCode_Target_5XX_Count",
    statistic: "Sum",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: {},
    period: 60,
    evaluationPeriods: 5,
    datapointsToAlarm: 5,
    treatMissingData: "notBreaching",
    unit: "count",
    description: "The service's tasks have answered with many 5xx errors.",
    enabledByDefault: false,
    source: sourceOf(
      "RA",
      "RA: 5% of the average RequestCount, which depends on traffic; set a count to enable. Needs Service Connect.",
    ),
  },
];
