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

describe("monitorDynamodbTable request latency per operation", () => {
  it("is off until a threshold is set for an operation", () => {
    const stack = synthMonitored((scope, monitoring) =>
      monitoring.monitorDynamodbTable(table(scope)),
    );
    expect(Object.keys(stack.alarms).filter((n) => n.includes("latency"))).toEqual([]);
  });

  it("alarms on SuccessfulRequestLatency with the Operation dimension and its own threshold", () => {
    const stack = synthMonitored((scope, monitoring) =>
      monitoring.monitorDynamodbTable(table(scope), {
        getItemLatency: { warning: 20, critical: 50 },
        queryLatency: { critical: 100, evaluationPeriods: 5 },
      }),
    );
    expect(Object.keys(stack.alarms).filter((n) => n.includes("latency"))).toEqual([
      "shop-orders-get-item-latency-critical",
      "shop-orders-get-item-latency-warning",
      "shop-orders-query-latency-critical",
    ]);
    expect(stack.alarms["shop-orders-get-item-latency-critical"]).toMatchObject({
      namespace: "AWS/DynamoDB",
      metric_name: "SuccessfulRequestLatency",
      statistic: "Average",
      comparison_operator: "GreaterThanThreshold",
      threshold: 50,
      period: 60,
      evaluation_periods: 10,
      datapoints_to_alarm: 10,
      treat_missing_data: "notBreaching",
      dimensions: { TableName: "orders", Operation: "GetItem" },
      alarm_actions: [stack.topicArn("critical")],
    });
    expect(stack.alarms["shop-orders-get-item-latency-warning"]).toMatchObject({
      threshold: 20,
      alarm_actions: [stack.topicArn("warning")],
    });
    expect(stack.alarms["shop-orders-query-latency-critical"]).toMatchObject({
      threshold: 100,
      evaluation_periods: 5,
      datapoints_to_alarm: 5,
      dimensions: { TableName: "orders", Operation: "Query" },
    });
  });

  it("titles each operation's latency graph with its Operation", () => {
    const stack = synthMonitored(
      (scope, monitoring) =>
        monitoring.monitorDynamodbTable(table(scope), {
          getItemLatency: { critical: 50 },
          queryLatency: { critical: 100 },
          putItemLatency: { warning: 30 },
        }),
      { dashboard: {} },
    );
    const [dashboard] = Object.values(stack.json.resource.aws_cloudwatch_dashboard) as {
      dashboard_body: string;
    }[];
    const widgets = (
      JSON.parse(dashboard.dashboard_body) as {
        widgets: { type: string; properties: { title?: string; metrics?: unknown[][] } }[];
      }
    ).widgets.filter((w) => w.properties.title?.includes("SuccessfulRequestLatency"));
    expect(widgets.map((w) => w.properties.title).sort()).toEqual([
      "DynamoDB table SuccessfulRequestLatency GetItem",
      "DynamoDB table SuccessfulRequestLatency PutItem",
      "DynamoDB table SuccessfulRequestLatency Query",
    ]);
    const getItem = widgets.find((w) => w.properties.title?.endsWith("GetItem"));
    expect(getItem?.properties.metrics?.[0]).toEqual(
      expect.arrayContaining(["Operation", "GetItem"]),
    );
    // graphs that do not share a title keep the plain one
    expect(
      JSON.parse(dashboard.dashboard_body).widgets.some(
        (w: { properties: { title?: string } }) =>
          w.properties.title === "DynamoDB table ReadThrottleEvents",
      ),
    ).toBe(true);
  });

  it("rejects an operation it does not know and a latency without threshold", () => {
    const attempt = (options: object) => () =>
      synthMonitored((scope, monitoring) =>
        monitoring.monitorDynamodbTable(table(scope), options as never),
      );
    expect(attempt({ getItemsLatency: { critical: 5 } })).toThrow(
      /stack\/orders in monitorDynamodbTable\(\)[\s\S]*getItemsLatency: unknown option; allowed: [^\n]*getItemLatency[^\n]*transactWriteItemsLatency/,
    );
    expect(attempt({ scanLatency: { period: 60 } })).toThrow(
      /scanLatency: enables no alarm: this metric has no default threshold; allowed: set warning and\/or critical/,
    );
    expect(attempt({ putItemLatency: { critical: "50%" } })).toThrow(
      /putItemLatency\.critical: "50%" is not allowed; allowed: a number >= 0, false/,
    );
  });
});
