import type { ElasticacheReplicationGroup } from "@cdktf/provider-aws/lib/elasticache-replication-group";
import { Annotations } from "cdktf";
import { ELASTICACHE_ALARMS } from "../catalog/aws/elasticache";
import { MonitoringConfigError } from "../core/config-error";
import type { ElasticacheMonitoringOptions } from "./elasticache-cluster";
import { literal, type MetricMember } from "../core/service-definition";
import { cloudWatch } from "./cloudwatch";
import type { AwsServiceDefinition } from "./aws-service-definition";

/** ElastiCache numbers member clusters `<group>-001` (and shards `<group>-0001-001`). */
const pad = (n: number, width: number) => String(n).padStart(width, "0");

/**
 * The member cluster ids of a replication group when its id and sizes are literal: `<id>-NNN`
 * without cluster mode (`num_cache_clusters`, default 1), `<id>-SSSS-NNN` with shards
 * (`num_node_groups` x (`replicas_per_node_group` + 1)).
 */
function memberIdsOf(group: ElasticacheReplicationGroup): readonly string[] | undefined {
  const id = literal(group.replicationGroupIdInput)?.toLowerCase();
  if (id === undefined) return undefined;
  const shardsInput = group.numNodeGroupsInput;
  if (shardsInput === undefined) {
    const clustersInput = group.numCacheClustersInput;
    const clusters = clustersInput === undefined ? 1 : literal(clustersInput);
    if (clusters === undefined) return undefined;
    return Array.from({ length: clusters }, (_, i) => `${id}-${pad(i + 1, 3)}`);
  }
  const shards = literal(shardsInput);
  const replicasInput = group.replicasPerNodeGroupInput;
  const replicas = replicasInput === undefined ? 0 : literal(replicasInput);
  if (shards === undefined || replicas === undefined) return undefined;
  return Array.from({ length: shards }, (_, s) =>
    Array.from({ length: replicas + 1 }, (_, n) => `${id}-${pad(s + 1, 4)}-${pad(n + 1, 3)}`),
  ).flat();
}

const UNKNOWN_MEMBERS =
  "its member clusters are not known at synth, and CloudWatch publishes ElastiCache metrics per " +
  "member cluster (CacheClusterId); allowed: literal replication_group_id and num_cache_clusters " +
  "(or num_node_groups and replicas_per_node_group)";

function membersOf(group: ElasticacheReplicationGroup): readonly MetricMember[] {
  const ids = memberIdsOf(group);
  if (ids === undefined) {
    throw new MonitoringConfigError(group.node.path, "monitorElasticacheReplicationGroup()", [
      { option: "resource", message: UNKNOWN_MEMBERS },
    ]);
  }
  const prefix = literal(group.replicationGroupIdInput)?.toLowerCase() ?? "";
  return ids.map((id) => ({
    suffix: id.slice(prefix.length),
    dimensions: { CacheClusterId: id },
  }));
}

/**
 * ElastiCache replication groups (`aws_elasticache_replication_group`, Valkey or Redis OSS): the
 * defaults for each member cluster (dimension `CacheClusterId`), alarm names ending in the member
 * number (`-001`, `-0001-001`).
 */
export const elasticacheReplicationGroupService: AwsServiceDefinition<
  ElasticacheReplicationGroup,
  ElasticacheMonitoringOptions
> = {
  id: "elasticacheReplicationGroup",
  title: "ElastiCache replication group",
  terraformResourceType: "aws_elasticache_replication_group",
  cloud: cloudWatch,
  alarms: ELASTICACHE_ALARMS,
  // every alarm goes through members(); the first member stands for the group elsewhere
  dimensions: (group) => membersOf(group)[0].dimensions,
  members: (group) => membersOf(group),
  // replicas publish ReplicationLag; a group of one node has none
  applies: (group, alarm) =>
    alarm.key !== "replicationLag" || (memberIdsOf(group)?.length ?? 0) > 1,
  discover: (found) =>
    found.flatMap((resource) => {
      if (memberIdsOf(resource) !== undefined) return [{ resource, options: {} }];
      Annotations.of(resource).addWarning(`Not monitored by watchScope(): ${UNKNOWN_MEMBERS}.`);
      return [];
    }),
};
