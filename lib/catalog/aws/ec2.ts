import type { AlarmDefault } from "../alarm-default";
import { sourceOf } from "./sources";

/**
 * Default alarms for an EC2 instance (dimension `InstanceId`).
 *
 * The `CWAgent` entries need the CloudWatch agent on the instance, so they are off by default.
 */
export const EC2_INSTANCE_ALARMS: readonly AlarmDefault[] = [
  {
    key: "cpuUtilization",
    namespace: "AWS/EC2",
    metricName: "CPUUtilization",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 70, critical: 80 },
    period: 300,
    evaluationPeriods: 3,
    datapointsToAlarm: 3,
    treatMissingData: "missing",
    unit: "%",
    description: "The instance's CPU has been busy for 15 minutes; it may be undersized or stuck.",
    enabledByDefault: true,
    source: sourceOf(
      "RA",
      "Critical at RA's 80%; warning one 10-point step earlier. Period 300 s because a 60 s period needs detailed monitoring.",
    ),
  },
  {
    key: "statusCheckFailed",
    namespace: "AWS/EC2",
    metricName: "StatusCheckFailed",
    statistic: "Maximum",
    comparisonOperator: "GreaterThanOrEqualToThreshold",
    thresholds: { critical: 1 },
    period: 300,
    evaluationPeriods: 2,
    datapointsToAlarm: 2,
    treatMissingData: "missing",
    unit: "count",
    description:
      "The instance or its host failed a status check for 10 minutes; it is probably unreachable.",
    enabledByDefault: true,
    source: sourceOf("RA", "A binary signal, so critical only."),
  },
  {
    key: "statusCheckFailedAttachedEbs",
    namespace: "AWS/EC2",
    metricName: "StatusCheckFailed_AttachedEBS",
    statistic: "Maximum",
    comparisonOperator: "GreaterThanOrEqualToThreshold",
    thresholds: { critical: 1 },
    period: 60,
    evaluationPeriods: 10,
    datapointsToAlarm: 10,
    treatMissingData: "missing",
    unit: "count",
    description:
      "An EBS volume attached to the instance has failed its status check for 10 minutes; I/O to it is stalled.",
    enabledByDefault: true,
    source: sourceOf("RA", "A binary signal, so critical only."),
  },
  {
    key: "memoryUsedPercent",
    namespace: "CWAgent",
    metricName: "mem_used_percent",
    statistic: "Maximum",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 95, critical: 98 },
    period: 60,
    evaluationPeriods: 10,
    datapointsToAlarm: 10,
    treatMissingData: "ignore",
    unit: "%",
    description:
      "Memory on the instance has been nearly full for 10 minutes; processes may be killed.",
    enabledByDefault: false,
    source: sourceOf(
      "AA",
      "AA's warning/critical pair. Needs the CloudWatch agent, whose dimensions depend on its configuration, so off by default.",
    ),
  },
  {
    key: "diskUsedPercent",
    namespace: "CWAgent",
    metricName: "disk_used_percent",
    statistic: "Maximum",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 90, critical: 95 },
    period: 60,
    evaluationPeriods: 2,
    datapointsToAlarm: 1,
    treatMissingData: "ignore",
    unit: "%",
    description: "A file system on the instance is nearly full; writes will soon fail.",
    enabledByDefault: false,
    source: sourceOf(
      "AA",
      "AA's warning/critical pair. Needs the CloudWatch agent (dimensions path, device, fstype), so off by default.",
    ),
  },
];
