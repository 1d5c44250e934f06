import { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic";
import { describe, expect, it } from "vitest";
import { synthMonitored } from "./service-test-helpers";

describe("monitorSnsTopic", () => {
  it("creates the catalog defaults with TopicName and routes each severity", () => {
    // GIVEN a topic with a literal name / WHEN it is monitored with defaults
    const stack = synthMonitored((scope, monitoring) => {
      monitoring.monitorSnsTopic(new SnsTopic(scope, "orders", { name: "orders-events" }));
    });
    // THEN
    expect(Object.keys(stack.alarms).sort()).toEqual([
      "shop-orders-failed-to-redrive-to-dlq-critical",
      "shop-orders-filtered-out-invalid-attributes-warning",
      "shop-orders-filtered-out-invalid-message-body-warning",
      "shop-orders-notifications-failed-warning",
      "shop-orders-redriven-to-dlq-warning",
    ]);
    expect(stack.alarms["shop-orders-failed-to-redrive-to-dlq-critical"]).toMatchObject({
      namespace: "AWS/SNS",
      metric_name: "NumberOfNotificationsFailedToRedriveToDlq",
      statistic: "Sum",
      comparison_operator: "GreaterThanThreshold",
      threshold: 0,
      period: 60,
      evaluation_periods: 5,
      datapoints_to_alarm: 5,
      treat_missing_data: "notBreaching",
      dimensions: { TopicName: "orders-events" },
      alarm_actions: [stack.topicArn("critical")],
    });
    expect(stack.alarms["shop-orders-notifications-failed-warning"]).toMatchObject({
      metric_name: "NumberOfNotificationsFailed",
      threshold: 0,
      alarm_actions: [stack.topicArn("warning")],
    });
  });

  it("uses the topic's name attribute when the name is generated, and enables baseline alarms on request", () => {
    const stack = synthMonitored((scope, monitoring) => {
      const topic = new SnsTopic(scope, "events", { namePrefix: "events-" });
      monitoring.monitorSnsTopic(topic, {
        messagesPublished: { warning: 10 },
        notificationsFailed: false,
      });
    });
    expect(stack.alarms["shop-events-notifications-failed-warning"]).toBeUndefined();
    expect(stack.alarms["shop-events-messages-published-warning"]).toMatchObject({
      metric_name: "NumberOfMessagesPublished",
      comparison_operator: "LessThanThreshold",
      threshold: 10,
      treat_missing_data: "breaching",
      dimensions: { TopicName: "${aws_sns_topic.events.name}" },
    });
  });
});
