import { RdsCluster } from "@cdktf/provider-aws/lib/rds-cluster";
import { describe, expect, it } from "vitest";
import { synthMonitored } from "./service-test-helpers";

const TIB = 1024 ** 4;

describe("monitorAuroraCluster", () => {
  it("watches the writer of an Aurora MySQL cluster, with volume thresholds of 128 TiB", () => {
    const stack = synthMonitored((scope, monitoring) => {
      const cluster = new RdsCluster(scope, "orders-db", {
        clusterIdentifier: "orders",
        engine: "aurora-mysql",
        masterUsername: "admin",
        manageMasterUserPassword: true,
      });
      monitoring.monitorAuroraCluster(cluster);
    });
    expect(Object.keys(stack.alarms).sort()).toEqual([
      "shop-orders-db-aurora-volume-bytes-left-total-critical",
      "shop-orders-db-aurora-volume-bytes-left-total-warning",
      "shop-orders-db-buffer-cache-hit-ratio-warning",
      "shop-orders-db-cpu-utilization-critical",
      "shop-orders-db-cpu-utilization-warning",
      "shop-orders-db-engine-uptime-critical",
      "shop-orders-db-rollback-segment-history-list-length-warning",
    ]);
    const dimensions = { DBClusterIdentifier: "orders", Role: "WRITER" };
    expect(stack.alarms["shop-orders-db-engine-uptime-critical"]).toMatchObject({
      namespace: "AWS/RDS",
      metric_name: "EngineUptime",
      statistic: "Average",
      comparison_operator: "LessThanOrEqualToThreshold",
      threshold: 0,
      period: 60,
      evaluation_periods: 2,
      datapoints_to_alarm: 2,
      treat_missing_data: "breaching",
      dimensions,
      alarm_actions: [stack.topicArn("critical")],
    });
    expect(stack.alarms["shop-orders-db-aurora-volume-bytes-left-total-critical"]).toMatchObject({
      comparison_operator: "LessThanThreshold",
      threshold: 12.8 * TIB,
      dimensions,
    });
    expect(stack.alarms["shop-orders-db-aurora-volume-bytes-left-total-warning"].threshold).toBe(
      25.6 * TIB,
    );
  });

  it("leaves MySQL-only alarms out for Aurora PostgreSQL", () => {
    const stack = synthMonitored((scope, monitoring) => {
      const cluster = new RdsCluster(scope, "ledger", {
        engine: "aurora-postgresql",
        masterUsername: "admin",
        manageMasterUserPassword: true,
      });
      monitoring.monitorAuroraCluster(cluster);
    });
    const names = Object.keys(stack.alarms);
    expect(names.filter((n) => /volume-bytes|rollback-segment/.test(n))).toEqual([]);
    expect(stack.alarms["shop-ledger-engine-uptime-critical"].dimensions).toEqual({
      DBClusterIdentifier: "${aws_rds_cluster.ledger.cluster_identifier}",
      Role: "WRITER",
    });
    expect(stack.warnings).toEqual([]);
  });

  it("does not discover Multi-AZ DB clusters of plain RDS", () => {
    const stack = synthMonitored((scope, monitoring) => {
      new RdsCluster(scope, "multi-az", {
        engine: "postgres",
        dbClusterInstanceClass: "db.m6gd.large",
        storageType: "io1",
        allocatedStorage: 100,
        iops: 1000,
        masterUsername: "admin",
        manageMasterUserPassword: true,
      });
      new RdsCluster(scope, "aurora", {
        engine: "aurora-postgresql",
        masterUsername: "admin",
        manageMasterUserPassword: true,
      });
      monitoring.watchScope(scope);
    });
    const names = Object.keys(stack.alarms);
    expect(names).toContain("shop-aurora-engine-uptime-critical");
    expect(names.filter((n) => n.startsWith("shop-multi-az-"))).toEqual([]);
  });
});
