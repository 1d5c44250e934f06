import { ElasticacheCluster } from "@cdktf/provider-aws/lib/elasticache-cluster";
import { describe, expect, it } from "vitest";
import { synthMonitored } from "./service-test-helpers";

describe("monitorElasticacheCluster", () => {
  it("alarms on engine CPU, memory and connections of a Redis cluster by CacheClusterId", () => {
    const stack = synthMonitored((scope, monitoring) => {
      const cache = new ElasticacheCluster(scope, "sessions", {
        clusterId: "sessions",
        engine: "redis",
        nodeType: "cache.t4g.small",
        numCacheNodes: 1,
      });
      monitoring.monitorElasticacheCluster(cache);
    });
    expect(Object.keys(stack.alarms).sort()).toEqual([
      "shop-sessions-curr-connections-critical",
      "shop-sessions-curr-connections-warning",
      "shop-sessions-database-memory-usage-percentage-critical",
      "shop-sessions-database-memory-usage-percentage-warning",
      "shop-sessions-engine-cpu-utilization-critical",
      "shop-sessions-engine-cpu-utilization-warning",
    ]);
    expect(stack.alarms["shop-sessions-engine-cpu-utilization-critical"]).toMatchObject({
      namespace: "AWS/ElastiCache",
      metric_name: "EngineCPUUtilization",
      statistic: "Average",
      comparison_operator: "GreaterThanThreshold",
      threshold: 90,
      period: 60,
      evaluation_periods: 5,
      datapoints_to_alarm: 5,
      treat_missing_data: "missing",
      dimensions: { CacheClusterId: "sessions" },
      alarm_actions: [stack.topicArn("critical")],
    });
    expect(stack.alarms["shop-sessions-curr-connections-warning"].threshold).toBe(52_000);
  });

  it("leaves Redis-only metrics out for Memcached and lets the user enable host CPU", () => {
    const stack = synthMonitored((scope, monitoring) => {
      const cache = new ElasticacheCluster(scope, "pages", {
        clusterId: "pages",
        engine: "memcached",
        nodeType: "cache.t4g.small",
        numCacheNodes: 2,
      });
      monitoring.monitorElasticacheCluster(cache, { cpuUtilization: {} });
    });
    expect(Object.keys(stack.alarms).sort()).toEqual([
      "shop-pages-cpu-utilization-critical",
      "shop-pages-cpu-utilization-warning",
      "shop-pages-curr-connections-critical",
      "shop-pages-curr-connections-warning",
    ]);
    expect(stack.alarms["shop-pages-cpu-utilization-critical"]).toMatchObject({
      metric_name: "CPUUtilization",
      threshold: 90,
    });
  });
});
