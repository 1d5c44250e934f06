import { DynamodbTable } from "@cdktf/provider-aws/lib/dynamodb-table";
import type { TerraformStack } from "cdktf";
import { describe, expect, it } from "vitest";
import { synthMonitored } from "./service-test-helpers";

function table(scope: TerraformStack, replicas: string[] = []): DynamodbTable {
  return new DynamodbTable(scope, "orders", {
    name: "orders",
    billingMode: "PAY_PER_REQUEST",
    hashKey: "pk",
    attribute: [{ name: "pk", type: "S" }],
    streamEnabled: replicas.length > 0,
    streamViewType: replicas.length > 0 ? "NEW_AND_OLD_IMAGES" : undefined,
    replica: replicas.map((regionName) => ({ regionName })),
  });
}

describe("monitorDynamodbTable", () => {
  it("alarms on throttles and system errors by TableName", () => {
    const stack = synthMonitored((scope, monitoring) =>
      monitoring.monitorDynamodbTable(table(scope)),
    );
    expect(Object.keys(stack.alarms).sort()).toEqual([
      "shop-orders-read-throttle-events-critical",
      "shop-orders-read-throttle-events-warning",
      "shop-orders-system-errors-critical",
      "shop-orders-write-throttle-events-critical",
      "shop-orders-write-throttle-events-warning",
    ]);
    expect(stack.alarms["shop-orders-write-throttle-events-critical"]).toMatchObject({
      namespace: "AWS/DynamoDB",
      metric_name: "WriteThrottleEvents",
      statistic: "Sum",
      comparison_operator: "GreaterThanThreshold",
      threshold: 10,
      period: 60,
      evaluation_periods: 5,
      datapoints_to_alarm: 5,
      treat_missing_data: "notBreaching",
      dimensions: { TableName: "orders" },
      alarm_actions: [stack.topicArn("critical")],
    });
    expect(stack.alarms["shop-orders-write-throttle-events-warning"].threshold).toBe(0);
    expect(stack.alarms["shop-orders-system-errors-critical"]).toMatchObject({
      metric_name: "SystemErrors",
      evaluation_periods: 15,
    });
  });

  it("alarms on replication latency to each replica region of a global table", () => {
    const stack = synthMonitored((scope, monitoring) =>
      monitoring.monitorDynamodbTable(table(scope, ["us-east-1", "ap-southeast-2"])),
    );
    expect(Object.keys(stack.alarms).filter((n) => n.includes("replication-latency"))).toEqual([
      "shop-orders-ap-southeast-2-replication-latency-warning",
      "shop-orders-us-east-1-replication-latency-warning",
    ]);
    expect(stack.alarms["shop-orders-us-east-1-replication-latency-warning"]).toMatchObject({
      metric_name: "ReplicationLatency",
      statistic: "Average",
      threshold: 180_000,
      evaluation_periods: 15,
      treat_missing_data: "missing",
      dimensions: { TableName: "orders", ReceivingRegion: "us-east-1" },
      alarm_actions: [stack.topicArn("warning")],
    });
    expect(
      stack.alarms["shop-orders-ap-southeast-2-replication-latency-warning"].dimensions,
    ).toEqual({ TableName: "orders", ReceivingRegion: "ap-southeast-2" });
    expect(stack.alarms["shop-orders-system-errors-critical"].dimensions).toEqual({
      TableName: "orders",
    });
  });
});
