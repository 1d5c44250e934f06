import type { AlarmDefault } from "../alarm-default";
import { sourceOf } from "./sources";

/**
 * Default alarms for an ElastiCache cluster or each member cluster of a replication group
 * (dimension `CacheClusterId`; members are named `<group>-001`, `<group>-0001-001`, ...).
 */
export const ELASTICACHE_ALARMS: readonly AlarmDefault[] = [
  {
    key: "engineCpuUtilization",
    namespace: "AWS/ElastiCache",
    metricName: "EngineCPUUtilization",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 80, critical: 90 },
    period: 60,
    evaluationPeriods: 5,
    datapointsToAlarm: 5,
    treatMissingData: "missing",
    unit: "%",
    description:
      "The cache engine's thread has been nearly saturated; commands queue up and latency rises.",
    enabledByDefault: true,
    source: sourceOf(
      "RA",
      "Critical at RA's 90%, warning 10 points earlier. Valkey and Redis OSS only (Memcached: use cpuUtilization).",
    ),
  },
  {
    key: "cpuUtilization",
    namespace: "AWS/ElastiCache",
    metricName: "CPUUtilization",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 80, critical: 90 },
    period: 60,
    evaluationPeriods: 5,
    datapointsToAlarm: 5,
    treatMissingData: "missing",
    unit: "%",
    description: "The cache hosts' CPU has been nearly saturated.",
    enabledByDefault: false,
    source: sourceOf(
      "RA",
      "RA: about 90% of the available CPU; for Valkey/Redis divide by the core count, which is not in the resource. Meant for Memcached, so off by default.",
    ),
  },
  {
    key: "databaseMemoryUsagePercentage",
    namespace: "AWS/ElastiCache",
    metricName: "DatabaseMemoryUsagePercentage",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 80, critical: 90 },
    period: 60,
    evaluationPeriods: 5,
    datapointsToAlarm: 5,
    treatMissingData: "missing",
    unit: "%",
    description:
      "The cache's memory is nearly full; keys are being evicted or writes rejected, depending on the eviction policy.",
    enabledByDefault: true,
    source: sourceOf(
      ["RA", "AMBA"],
      "RA leaves the value open; Azure's baseline for Redis used memory is 90%, used here as critical with warning 10 points earlier.",
    ),
  },
  {
    key: "currConnections",
    namespace: "AWS/ElastiCache",
    metricName: "CurrConnections",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 52_000, critical: 58_500 },
    period: 60,
    evaluationPeriods: 10,
    datapointsToAlarm: 10,
    treatMissingData: "missing",
    unit: "count",
    description:
      "Client connections are close to ElastiCache's limit of 65,000; new connections will be refused.",
    enabledByDefault: true,
    source: sourceOf(
      "RA",
      "RA names the 65,000 limit but no threshold: warning at 80% and critical at 90% of it.",
    ),
  },
  {
    key: "replicationLag",
    namespace: "AWS/ElastiCache",
    metricName: "ReplicationLag",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 60 },
    period: 60,
    evaluationPeriods: 15,
    datapointsToAlarm: 15,
    treatMissingData: "missing",
    unit: "s",
    description:
      "A replica has fallen behind its primary; reads from it are stale and a failover would lose writes.",
    enabledByDefault: true,
    source: sourceOf(
      "RA",
      "RA leaves the value open; 60 s as a warning by analogy with RA's RDS ReplicaLag. Only replicas publish it.",
    ),
  },
];
