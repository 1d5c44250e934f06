import type { AlarmDefault } from "../alarm-default";
import { sourceOf } from "./sources";

/**
 * Default alarms for an EBS volume. The stalled-I/O check is published per attachment, with
 * dimensions `VolumeId` and `InstanceId`.
 */
export const EBS_VOLUME_ALARMS: readonly AlarmDefault[] = [
  {
    key: "volumeStalledIoCheck",
    namespace: "AWS/EBS",
    metricName: "VolumeStalledIOCheck",
    statistic: "Maximum",
    comparisonOperator: "GreaterThanOrEqualToThreshold",
    thresholds: { critical: 1 },
    period: 60,
    evaluationPeriods: 10,
    datapointsToAlarm: 10,
    treatMissingData: "missing",
    unit: "count",
    description: "I/O to the volume has been stalled; the instance using it cannot read or write.",
    enabledByDefault: true,
    source: sourceOf("RA", "A binary signal, so critical only."),
  },
];
