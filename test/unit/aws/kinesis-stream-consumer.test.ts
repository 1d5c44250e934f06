import { DataAwsKinesisStream } from "@cdktf/provider-aws/lib/data-aws-kinesis-stream";
import { KinesisStream } from "@cdktf/provider-aws/lib/kinesis-stream";
import { KinesisStreamConsumer } from "@cdktf/provider-aws/lib/kinesis-stream-consumer";
import { describe, expect, it } from "vitest";
import { MonitoringConfigError } from "../../../lib";
import { synthMonitored } from "./service-test-helpers";

const HOUR_MS = 3_600_000;

describe("monitorKinesisStreamConsumer (enhanced fan-out)", () => {
  it("alarms on MillisBehindLatest by StreamName and ConsumerName, against the stream's retention", () => {
    const stack = synthMonitored((scope, monitoring) => {
      const stream = new KinesisStream(scope, "clicks", { name: "clicks", retentionPeriod: 48 });
      const consumer = new KinesisStreamConsumer(scope, "analytics", {
        name: "analytics",
        streamArn: stream.arn,
      });
      monitoring.monitorKinesisStreamConsumer(consumer);
    });
    expect(Object.keys(stack.alarms).sort()).toEqual([
      "shop-analytics-millis-behind-latest-critical",
      "shop-analytics-millis-behind-latest-warning",
    ]);
    expect(stack.alarms["shop-analytics-millis-behind-latest-critical"]).toMatchObject({
      namespace: "AWS/Kinesis",
      metric_name: "SubscribeToShardEvent.MillisBehindLatest",
      statistic: "Average",
      comparison_operator: "GreaterThanThreshold",
      threshold: 24 * HOUR_MS,
      period: 60,
      evaluation_periods: 5,
      datapoints_to_alarm: 5,
      treat_missing_data: "missing",
      dimensions: { StreamName: "clicks", ConsumerName: "analytics" },
      alarm_actions: [stack.topicArn("critical")],
    });
    expect(stack.alarms["shop-analytics-millis-behind-latest-warning"].threshold).toBe(
      12 * HOUR_MS,
    );
  });

  it("takes the stream name from a literal ARN and leaves the alarm out with a warning without retention", () => {
    const stack = synthMonitored((scope, monitoring) => {
      const consumer = new KinesisStreamConsumer(scope, "analytics", {
        name: "analytics",
        streamArn: "arn:aws:kinesis:eu-west-1:123456789012:stream/clicks",
      });
      monitoring.monitorKinesisStreamConsumer(consumer, {
        millisBehindLatest: { warning: 60_000, critical: false },
      });
    });
    expect(stack.alarms["shop-analytics-millis-behind-latest-warning"]).toMatchObject({
      threshold: 60_000,
      dimensions: { StreamName: "clicks", ConsumerName: "analytics" },
    });
    expect(stack.alarms["shop-analytics-millis-behind-latest-critical"]).toBeUndefined();

    const defaults = synthMonitored((scope, monitoring) => {
      const consumer = new KinesisStreamConsumer(scope, "analytics", {
        name: "analytics",
        streamArn: "arn:aws:kinesis:eu-west-1:123456789012:stream/clicks",
      });
      monitoring.monitorKinesisStreamConsumer(consumer);
    });
    expect(Object.keys(defaults.alarms)).toEqual([]);
    const messages = defaults.warnings.map((w) => w.message).join("\n");
    expect(messages).toContain('Alarm "millisBehindLatest" (critical) left out');
    expect(messages).toContain("declare the stream in the same stack");
  });

  it("rejects a literal streamArn that is not a stream's ARN, naming the consumer and the form", () => {
    const attempt = (streamArn: string) => () =>
      synthMonitored((scope, monitoring) => {
        const consumer = new KinesisStreamConsumer(scope, "analytics", {
          name: "analytics",
          streamArn,
        });
        monitoring.monitorKinesisStreamConsumer(consumer, { millisBehindLatest: { warning: 1 } });
      });
    for (const arn of [
      "clicks",
      "arn:aws:kinesis:eu-west-1:123456789012:clicks",
      "arn:aws:kinesis:eu-west-1:123456789012:stream/",
      "arn:aws:kinesis:eu-west-1:123456789012:stream/clicks/consumer/analytics:1",
    ]) {
      expect(attempt(arn), arn).toThrow(MonitoringConfigError);
      expect(attempt(arn), arn).toThrow(
        /stack\/analytics in monitorKinesisStreamConsumer\(\)[\s\S]*streamArn: ".*" is not the ARN of a Kinesis data stream[\s\S]*allowed: arn:<partition>:kinesis:<region>:<account>:stream\/<name>/,
      );
    }
    expect(attempt("arn:aws-cn:kinesis:cn-north-1:123456789012:stream/clicks")).not.toThrow();
  });

  it("takes the stream name from the ARN at plan time when the stream is not in the stack", () => {
    const stack = synthMonitored((scope, monitoring) => {
      const stream = new DataAwsKinesisStream(scope, "shared", { name: "shared-clicks" });
      const consumer = new KinesisStreamConsumer(scope, "analytics", {
        name: "analytics",
        streamArn: stream.arn,
      });
      monitoring.monitorKinesisStreamConsumer(consumer, { millisBehindLatest: { warning: 1000 } });
    });
    expect(stack.alarms["shop-analytics-millis-behind-latest-warning"].dimensions).toEqual({
      StreamName: '${element(split("/", aws_kinesis_stream_consumer.analytics.stream_arn), 1)}',
      ConsumerName: "analytics",
    });
  });

  it("is found by watchScope for every declared consumer", () => {
    const stack = synthMonitored((scope, monitoring) => {
      const stream = new KinesisStream(scope, "clicks", { name: "clicks", shardCount: 1 });
      new KinesisStreamConsumer(scope, "analytics", { name: "analytics", streamArn: stream.arn });
      new KinesisStreamConsumer(scope, "archive", { name: "archive", streamArn: stream.arn });
      monitoring.watchScope(scope);
    });
    expect(stack.alarms["shop-archive-millis-behind-latest-critical"]).toMatchObject({
      threshold: 12 * HOUR_MS,
      dimensions: { StreamName: "clicks", ConsumerName: "archive" },
    });
    expect(stack.alarms["shop-analytics-millis-behind-latest-warning"].threshold).toBe(6 * HOUR_MS);
  });

  it("rejects a percentage above 100 with the construct path", () => {
    const build = () =>
      synthMonitored((scope, monitoring) => {
        const stream = new KinesisStream(scope, "clicks", { name: "clicks" });
        const consumer = new KinesisStreamConsumer(scope, "analytics", {
          name: "analytics",
          streamArn: stream.arn,
        });
        monitoring.monitorKinesisStreamConsumer(consumer, {
          millisBehindLatest: { critical: "150%" },
        });
      });
    expect(build).toThrow(MonitoringConfigError);
    expect(build).toThrow(
      /stack\/analytics in monitorKinesisStreamConsumer\(\)[\s\S]*millisBehindLatest\.critical: "150%" is not allowed; allowed: a number >= 0, a percentage "0%".."100%" \(of retentionMs\)/,
    );
  });
});
