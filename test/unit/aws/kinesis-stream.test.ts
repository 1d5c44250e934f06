import { KinesisStream } from "@cdktf/provider-aws/lib/kinesis-stream";
import { Token } from "cdktf";
import { describe, expect, it } from "vitest";
import { synthMonitored } from "./service-test-helpers";

const HOUR_MS = 3_600_000;

describe("monitorKinesisStream", () => {
  it("computes iterator-age thresholds from the default 24 h retention", () => {
    const stack = synthMonitored((scope, monitoring) => {
      monitoring.monitorKinesisStream(new KinesisStream(scope, "clicks", { name: "clicks" }));
    });
    expect(stack.alarms["shop-clicks-iterator-age-critical"]).toMatchObject({
      namespace: "AWS/Kinesis",
      metric_name: "GetRecords.IteratorAgeMilliseconds",
      statistic: "Maximum",
      comparison_operator: "GreaterThanThreshold",
      threshold: 12 * HOUR_MS,
      period: 60,
      evaluation_periods: 15,
      datapoints_to_alarm: 15,
      treat_missing_data: "missing",
      dimensions: { StreamName: "clicks" },
      alarm_actions: [stack.topicArn("critical")],
    });
    expect(stack.alarms["shop-clicks-iterator-age-warning"].threshold).toBe(6 * HOUR_MS);
    expect(stack.alarms["shop-clicks-write-provisioned-throughput-exceeded-warning"]).toMatchObject(
      {
        metric_name: "WriteProvisionedThroughputExceeded",
        statistic: "Average",
        threshold: 0,
        treat_missing_data: "notBreaching",
      },
    );
    expect(stack.alarms["shop-clicks-get-records-success-warning"]).toMatchObject({
      comparison_operator: "LessThanThreshold",
      threshold: 1,
    });
  });

  it("follows a configured retention, and accepts percentages", () => {
    const stack = synthMonitored((scope, monitoring) => {
      const stream = new KinesisStream(scope, "clicks", { name: "clicks", retentionPeriod: 48 });
      monitoring.monitorKinesisStream(stream, { iteratorAge: { warning: "10%" } });
    });
    expect(stack.alarms["shop-clicks-iterator-age-warning"].threshold).toBe(4.8 * HOUR_MS);
    expect(stack.alarms["shop-clicks-iterator-age-critical"].threshold).toBe(24 * HOUR_MS);
  });

  it("leaves iterator-age alarms out with a warning when the retention is a token", () => {
    const stack = synthMonitored((scope, monitoring) => {
      const stream = new KinesisStream(scope, "clicks", {
        name: "clicks",
        retentionPeriod: Token.asNumber("${var.retention}"),
      });
      monitoring.monitorKinesisStream(stream);
    });
    expect(Object.keys(stack.alarms).filter((n) => n.includes("iterator-age"))).toEqual([]);
    expect(stack.alarms["shop-clicks-put-record-success-warning"]).toBeDefined();
    const messages = stack.warnings.map((w) => w.message).join("\n");
    expect(messages).toContain('Alarm "iteratorAge" (critical) left out');
    expect(messages).toContain("set retentionPeriod to a literal number of hours");
  });
});
