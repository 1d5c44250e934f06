import { ElasticacheCluster } from "@cdktf/provider-aws/lib/elasticache-cluster";
import { ElasticacheReplicationGroup } from "@cdktf/provider-aws/lib/elasticache-replication-group";
import { TerraformVariable } from "cdktf";
import { describe, expect, it } from "vitest";
import { MonitoringConfigError } from "../../../lib";
import { synthMonitored } from "./service-test-helpers";

const common = { description: "sessions", nodeType: "cache.t4g.small", engine: "valkey" };

describe("monitorElasticacheReplicationGroup", () => {
  it("alarms on each member cluster of a group without cluster mode", () => {
    const stack = synthMonitored((scope, monitoring) => {
      const group = new ElasticacheReplicationGroup(scope, "sessions", {
        ...common,
        replicationGroupId: "Sessions",
        numCacheClusters: 2,
        automaticFailoverEnabled: true,
      });
      monitoring.monitorElasticacheReplicationGroup(group, { currConnections: false });
    });
    expect(Object.keys(stack.alarms).sort()).toEqual([
      "shop-sessions-001-database-memory-usage-percentage-critical",
      "shop-sessions-001-database-memory-usage-percentage-warning",
      "shop-sessions-001-engine-cpu-utilization-critical",
      "shop-sessions-001-engine-cpu-utilization-warning",
      "shop-sessions-001-replication-lag-warning",
      "shop-sessions-002-database-memory-usage-percentage-critical",
      "shop-sessions-002-database-memory-usage-percentage-warning",
      "shop-sessions-002-engine-cpu-utilization-critical",
      "shop-sessions-002-engine-cpu-utilization-warning",
      "shop-sessions-002-replication-lag-warning",
    ]);
    expect(stack.alarms["shop-sessions-002-engine-cpu-utilization-critical"]).toMatchObject({
      namespace: "AWS/ElastiCache",
      metric_name: "EngineCPUUtilization",
      statistic: "Average",
      comparison_operator: "GreaterThanThreshold",
      threshold: 90,
      period: 60,
      evaluation_periods: 5,
      dimensions: { CacheClusterId: "sessions-002" },
      alarm_actions: [stack.topicArn("critical")],
    });
    expect(stack.alarms["shop-sessions-001-replication-lag-warning"]).toMatchObject({
      metric_name: "ReplicationLag",
      threshold: 60,
      dimensions: { CacheClusterId: "sessions-001" },
    });
  });

  it("names members shard by shard with cluster mode", () => {
    const stack = synthMonitored((scope, monitoring) => {
      const group = new ElasticacheReplicationGroup(scope, "cache", {
        ...common,
        replicationGroupId: "cache",
        numNodeGroups: 2,
        replicasPerNodeGroup: 1,
      });
      monitoring.monitorElasticacheReplicationGroup(group, {
        databaseMemoryUsagePercentage: false,
        currConnections: false,
        replicationLag: false,
        engineCpuUtilization: { warning: false },
      });
    });
    expect(
      Object.values(stack.alarms)
        .map((a) => a.dimensions.CacheClusterId)
        .sort(),
    ).toEqual(["cache-0001-001", "cache-0001-002", "cache-0002-001", "cache-0002-002"]);
    expect(stack.alarms["shop-cache-0002-001-engine-cpu-utilization-critical"]).toBeDefined();
  });

  it("fails at synth, naming the group, when its members are not known", () => {
    const build = () =>
      synthMonitored((scope, monitoring) => {
        const count = new TerraformVariable(scope, "count", { type: "number" });
        const group = new ElasticacheReplicationGroup(scope, "sessions", {
          ...common,
          replicationGroupId: "sessions",
          numCacheClusters: count.numberValue,
        });
        monitoring.monitorElasticacheReplicationGroup(group);
      });
    expect(build).toThrow(MonitoringConfigError);
    expect(build).toThrow(/stack\/sessions[\s\S]*num_cache_clusters/);
  });

  it("is discovered, and a member declared as a cluster is left to the group", () => {
    const stack = synthMonitored((scope, monitoring) => {
      const group = new ElasticacheReplicationGroup(scope, "sessions", {
        ...common,
        replicationGroupId: "sessions",
      });
      new ElasticacheCluster(scope, "extra-replica", {
        clusterId: "sessions-extra",
        replicationGroupId: group.id,
      });
      monitoring.watchScope(scope);
    });
    expect(Object.keys(stack.alarms).sort()).toEqual([
      "shop-sessions-001-curr-connections-critical",
      "shop-sessions-001-curr-connections-warning",
      "shop-sessions-001-database-memory-usage-percentage-critical",
      "shop-sessions-001-database-memory-usage-percentage-warning",
      "shop-sessions-001-engine-cpu-utilization-critical",
      "shop-sessions-001-engine-cpu-utilization-warning",
    ]);
  });
});
