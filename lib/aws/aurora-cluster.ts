import type { RdsCluster } from "@cdktf/provider-aws/lib/rds-cluster";
import { AURORA_CLUSTER_ALARMS } from "../catalog/aws/aurora";
import type { AlarmOptions, ResourceMonitoringOptions } from "../core/alarm-options";
import { literal } from "../core/service-definition";
import { cloudWatch } from "./cloudwatch";
import type { AwsServiceDefinition } from "./aws-service-definition";

const TIB = 1024 ** 4;
/** Maximum cluster volume of current Aurora MySQL versions (AWS: 128 TiB). */
const AURORA_MYSQL_VOLUME_LIMIT_BYTES = 128 * TIB;
/** Alarms on metrics only Aurora MySQL publishes. */
const MYSQL_ONLY = new Set(["auroraVolumeBytesLeftTotal", "rollbackSegmentHistoryListLength"]);

/**
 * Options of `monitorAuroraCluster()`. Each alarm option takes `{ warning?, critical?, ...overrides }`
 * or `false` to turn the alarm off; defaults and their sources are in `lib/catalog/aws/aurora.ts`.
 * All alarms watch the writer (`Role=WRITER`).
 */
export interface AuroraClusterMonitoringOptions extends ResourceMonitoringOptions {
  /**
   * Writer uptime (s); 0 means the writer is down.
   *
   * @default - critical <= 0 in 2 of 2 periods of 60 s, missing data breaching
   */
  readonly engineUptime?: AlarmOptions | false;
  /**
   * Writer CPU utilization (%).
   *
   * @default - warning > 80, critical > 90 in 5 of 5 periods of 60 s
   */
  readonly cpuUtilization?: AlarmOptions | false;
  /**
   * Writer buffer cache hit ratio (%).
   *
   * @default - warning < 80 in 10 of 10 periods of 60 s
   */
  readonly bufferCacheHitRatio?: AlarmOptions | false;
  /**
   * Bytes left in the cluster volume; percentages are of the volume limit (Aurora MySQL only).
   *
   * @default - Aurora MySQL: warning < 20%, critical < 10% of 128 TiB in 5 of 5 periods of 60 s
   */
  readonly auroraVolumeBytesLeftTotal?: AlarmOptions | false;
  /**
   * Undo history length on the writer (Aurora MySQL only).
   *
   * @default - Aurora MySQL: warning > 1,000,000 in 5 of 5 periods of 60 s
   */
  readonly rollbackSegmentHistoryListLength?: AlarmOptions | false;
  /**
   * Binlog replication lag (s); -1 means replication stopped. Off unless set.
   *
   * @default - off; when enabled: critical <= -1 in 2 of 2 periods of 60 s
   */
  readonly auroraBinlogReplicaLag?: AlarmOptions | false;
  /**
   * Writer storage network throughput (bytes/s). Off unless a threshold is set.
   *
   * @default - off
   */
  readonly storageNetworkThroughput?: AlarmOptions | false;
}

function engineOf(cluster: RdsCluster): string | undefined {
  return literal(cluster.engineInput);
}

/** Aurora MySQL engines: `aurora-mysql`, and `aurora` for the MySQL 5.6-compatible one. */
function isAuroraMysql(cluster: RdsCluster): boolean {
  const engine = engineOf(cluster);
  return engine === "aurora-mysql" || engine === "aurora";
}

/** Whether the cluster is Aurora (the resource also makes Multi-AZ DB clusters of RDS). */
function isAuroraCluster(cluster: RdsCluster): boolean {
  const engine = cluster.engineInput;
  if (engine === undefined) return true; // the provider's default engine is "aurora"
  const text = literal(engine);
  return text === undefined || text.startsWith("aurora");
}

/** Aurora DB clusters (`aws_rds_cluster`), dimensions `DBClusterIdentifier` and `Role=WRITER`. */
export const auroraClusterService: AwsServiceDefinition<
  RdsCluster,
  AuroraClusterMonitoringOptions
> = {
  id: "auroraCluster",
  title: "Aurora cluster",
  terraformResourceType: "aws_rds_cluster",
  cloud: cloudWatch,
  alarms: AURORA_CLUSTER_ALARMS,
  dimensions: (cluster) => ({
    DBClusterIdentifier: literal(cluster.clusterIdentifierInput) ?? cluster.clusterIdentifier,
    Role: "WRITER",
  }),
  applies: (cluster, alarm) => !MYSQL_ONLY.has(alarm.key) || isAuroraMysql(cluster),
  inputs: {
    volumeLimitBytes: {
      describe: "the cluster's maximum volume size",
      howToSet: 'set engine to a literal "aurora-mysql" (128 TiB)',
      resolve: (cluster) => (isAuroraMysql(cluster) ? AURORA_MYSQL_VOLUME_LIMIT_BYTES : undefined),
    },
  },
  discover: (found) => found.filter(isAuroraCluster).map((resource) => ({ resource, options: {} })),
};
