import type { AlarmDefault } from "../alarm-default";
import { sourceOf } from "./sources";

/**
 * Default alarms for an Aurora DB cluster. Dimensions: `DBClusterIdentifier`, plus `Role=WRITER`
 * for every entry here (the writer is what an outage of the cluster looks like).
 *
 * Computed inputs: `volumeLimitBytes` (the engine's maximum cluster volume, 128 TiB for current
 * Aurora MySQL versions) and `instanceBandwidthBytesPerSecond` (network bandwidth of the writer's
 * instance class).
 */
export const AURORA_CLUSTER_ALARMS: readonly AlarmDefault[] = [
  {
    key: "engineUptime",
    namespace: "AWS/RDS",
    metricName: "EngineUptime",
    statistic: "Average",
    comparisonOperator: "LessThanOrEqualToThreshold",
    thresholds: { critical: 0 },
    period: 60,
    evaluationPeriods: 2,
    datapointsToAlarm: 2,
    treatMissingData: "breaching",
    unit: "s",
    description:
      "The cluster's writer has not been up: writes are failing until a failover or restart completes.",
    enabledByDefault: true,
    source: sourceOf(
      "RA",
      "RA's values; missing data counts as breaching because a writer that stops reporting is down.",
    ),
  },
  {
    key: "cpuUtilization",
    namespace: "AWS/RDS",
    metricName: "CPUUtilization",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 80, critical: 90 },
    period: 60,
    evaluationPeriods: 5,
    datapointsToAlarm: 5,
    treatMissingData: "missing",
    unit: "%",
    description: "The writer's CPU has been nearly saturated; queries are slowing down.",
    enabledByDefault: true,
    source: sourceOf(
      "RA",
      "RA's RDS CPU row (90%) applied to the writer role; warning one 10-point step earlier.",
    ),
  },
  {
    key: "bufferCacheHitRatio",
    namespace: "AWS/RDS",
    metricName: "BufferCacheHitRatio",
    statistic: "Average",
    comparisonOperator: "LessThanThreshold",
    thresholds: { warning: 80 },
    period: 60,
    evaluationPeriods: 10,
    datapointsToAlarm: 10,
    treatMissingData: "missing",
    unit: "%",
    description:
      "Too few of the writer's reads came from memory; queries read from storage and slow down.",
    enabledByDefault: true,
    source: sourceOf(
      "RA",
      "RA's 80%. A low hit ratio degrades latency but is not an outage, so warning only.",
    ),
  },
  {
    key: "auroraVolumeBytesLeftTotal",
    namespace: "AWS/RDS",
    metricName: "AuroraVolumeBytesLeftTotal",
    statistic: "Average",
    comparisonOperator: "LessThanThreshold",
    thresholds: {
      warning: { percentOf: "volumeLimitBytes", percent: 20 },
      critical: { percentOf: "volumeLimitBytes", percent: 10 },
    },
    period: 60,
    evaluationPeriods: 5,
    datapointsToAlarm: 5,
    treatMissingData: "missing",
    unit: "bytes",
    description:
      "The cluster volume is close to Aurora's size limit; writes fail when it is reached.",
    enabledByDefault: true,
    source: sourceOf(
      "RA",
      "RA's 10–20% of the volume limit as critical/warning. Aurora MySQL only.",
    ),
  },
  {
    key: "rollbackSegmentHistoryListLength",
    namespace: "AWS/RDS",
    metricName: "RollbackSegmentHistoryListLength",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 1_000_000 },
    period: 60,
    evaluationPeriods: 5,
    datapointsToAlarm: 5,
    treatMissingData: "missing",
    unit: "count",
    description:
      "Undo history on the writer has grown past a million entries; a long-running transaction is blocking purge and queries slow down.",
    enabledByDefault: true,
    source: sourceOf(
      "RA",
      "RA's 1,000,000, Aurora MySQL only. A slowdown, not an outage: warning.",
    ),
  },
  {
    key: "auroraBinlogReplicaLag",
    namespace: "AWS/RDS",
    metricName: "AuroraBinlogReplicaLag",
    statistic: "Average",
    comparisonOperator: "LessThanOrEqualToThreshold",
    thresholds: { critical: -1 },
    period: 60,
    evaluationPeriods: 2,
    datapointsToAlarm: 2,
    treatMissingData: "missing",
    unit: "s",
    description: "Binlog replication into this cluster has stopped (lag reported as -1).",
    enabledByDefault: false,
    source: sourceOf(
      "RA",
      "RA's values. Only for clusters that replicate from a binlog source, which only the user knows.",
    ),
  },
  {
    key: "storageNetworkThroughput",
    namespace: "AWS/RDS",
    metricName: "StorageNetworkThroughput",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: {
      warning: { percentOf: "instanceBandwidthBytesPerSecond", percent: 80 },
      critical: { percentOf: "instanceBandwidthBytesPerSecond", percent: 90 },
    },
    period: 60,
    evaluationPeriods: 5,
    datapointsToAlarm: 5,
    treatMissingData: "missing",
    unit: "bytes/s",
    description:
      "The writer's traffic to storage is close to its instance's network bandwidth; I/O is being throttled.",
    enabledByDefault: false,
    source: sourceOf(
      "RA",
      "RA's 80–90% of the instance bandwidth as warning/critical; the bandwidth of an instance class is not in the resource, so off until set.",
    ),
  },
];
