import type { ElasticacheCluster } from "@cdktf/provider-aws/lib/elasticache-cluster";
import { ELASTICACHE_ALARMS } from "../catalog/aws/elasticache";
import type { AlarmOptions, ResourceMonitoringOptions } from "../core/alarm-options";
import { literal } from "../core/service-definition";
import { cloudWatch } from "./cloudwatch";
import type { AwsServiceDefinition } from "./aws-service-definition";

/** Alarms on metrics only Valkey and Redis OSS publish. */
const KEY_VALUE_ENGINE_ONLY = new Set([
  "engineCpuUtilization",
  "databaseMemoryUsagePercentage",
  "replicationLag",
]);

/**
 * Options of the ElastiCache `monitorXxx()` calls. Each alarm option takes
 * `{ warning?, critical?, ...overrides }` or `false` to turn the alarm off; defaults and their
 * sources are in `lib/catalog/aws/elasticache.ts`.
 */
export interface ElasticacheMonitoringOptions extends ResourceMonitoringOptions {
  /**
   * Engine thread CPU utilization (%, Valkey and Redis OSS).
   *
   * @default - warning > 80, critical > 90 in 5 of 5 periods of 60 s
   */
  readonly engineCpuUtilization?: AlarmOptions | false;
  /**
   * Host CPU utilization (%). Off unless set: meant for Memcached, whose engine uses all cores.
   *
   * @default - off; when enabled: warning > 80, critical > 90 in 5 of 5 periods of 60 s
   */
  readonly cpuUtilization?: AlarmOptions | false;
  /**
   * Memory used by the data set (% of max memory; Valkey and Redis OSS).
   *
   * @default - warning > 80, critical > 90 in 5 of 5 periods of 60 s
   */
  readonly databaseMemoryUsagePercentage?: AlarmOptions | false;
  /**
   * Client connections (limit 65,000).
   *
   * @default - warning > 52,000, critical > 58,500 in 10 of 10 periods of 60 s
   */
  readonly currConnections?: AlarmOptions | false;
  /**
   * Replica lag behind the primary (s; replicas only).
   *
   * @default - warning > 60 in 15 of 15 periods of 60 s
   */
  readonly replicationLag?: AlarmOptions | false;
}

/** Whether an ElastiCache default alarm's metric exists for an engine (`undefined`: unknown). */
function elasticacheAlarmApplies(engine: string | undefined, key: string): boolean {
  return engine !== "memcached" || !KEY_VALUE_ENGINE_ONLY.has(key);
}

/**
 * ElastiCache clusters (`aws_elasticache_cluster`), dimension `CacheClusterId`. Discovery skips
 * clusters that are members of a replication group: monitor the group instead.
 */
export const elasticacheClusterService: AwsServiceDefinition<
  ElasticacheCluster,
  ElasticacheMonitoringOptions
> = {
  id: "elasticacheCluster",
  title: "ElastiCache cluster",
  terraformResourceType: "aws_elasticache_cluster",
  cloud: cloudWatch,
  alarms: ELASTICACHE_ALARMS,
  dimensions: (cluster) => ({
    CacheClusterId: literal(cluster.clusterIdInput) ?? cluster.clusterId,
  }),
  applies: (cluster, alarm) =>
    elasticacheAlarmApplies(literal(cluster.engineInput), alarm.key) &&
    // a single cluster outside a replication group has no replica
    (alarm.key !== "replicationLag" || cluster.replicationGroupIdInput !== undefined),
  discover: (found) =>
    found
      .filter((cluster) => cluster.replicationGroupIdInput === undefined)
      .map((resource) => ({ resource, options: {} })),
};
