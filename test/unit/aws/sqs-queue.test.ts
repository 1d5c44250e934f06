import { SqsQueue } from "@cdktf/provider-aws/lib/sqs-queue";
import { Fn } from "cdktf";
import { describe, expect, it } from "vitest";
import { Monitoring } from "../../../lib";
import { alarmsByName, synth } from "../core/synth-helpers";

describe("monitorSqsQueue", () => {
  it("derives message age from the retention and in-flight from the queue type", () => {
    const { json } = synth((stack) => {
      const orders = new SqsQueue(stack, "orders", {
        name: "orders.fifo",
        fifoQueue: true,
        messageRetentionSeconds: 86_400,
      });
      new Monitoring(stack, "monitoring", { prefix: "shop" }).monitorSqsQueue(orders);
    });
    const alarms = alarmsByName(json);
    expect(alarms["shop-orders-age-of-oldest-message-critical"]).toMatchObject({
      namespace: "AWS/SQS",
      metric_name: "ApproximateAgeOfOldestMessage",
      comparison_operator: "GreaterThanOrEqualToThreshold",
      threshold: 69_120,
      dimensions: { QueueName: "orders.fifo" },
    });
    expect(alarms["shop-orders-age-of-oldest-message-warning"].threshold).toBe(43_200);
    expect(alarms["shop-orders-messages-not-visible-critical"].threshold).toBe(18_000);
  });

  it("uses SQS's 4-day default retention and monitors the given dead-letter queue", () => {
    const { json } = synth((stack) => {
      const dlq = new SqsQueue(stack, "orders-dlq", {});
      const orders = new SqsQueue(stack, "orders", {
        redrivePolicy: JSON.stringify({ deadLetterTargetArn: dlq.arn, maxReceiveCount: 5 }),
      });
      new Monitoring(stack, "monitoring", { prefix: "shop" }).monitorSqsQueue(orders, {
        group: "checkout",
        deadLetterQueue: dlq,
        deadLetterMessages: { critical: 10 },
      });
    });
    const alarms = alarmsByName(json);
    expect(alarms["shop-orders-age-of-oldest-message-critical"].threshold).toBe(276_480);
    expect(alarms["shop-orders-messages-not-visible-critical"].threshold).toBe(108_000);
    expect(alarms["shop-orders-dlq-dead-letter-messages-critical"]).toMatchObject({
      metric_name: "ApproximateNumberOfMessagesVisible",
      comparison_operator: "GreaterThanThreshold",
      threshold: 10,
      period: 60,
      evaluation_periods: 1,
      dimensions: { QueueName: "${aws_sqs_queue.orders-dlq.name}" },
    });
    expect(Object.keys(alarms).filter((n) => n.startsWith("shop-orders-dlq-"))).toEqual([
      "shop-orders-dlq-dead-letter-messages-critical",
    ]);
  });

  it("discovery recognises dead-letter queues by the redrive policy", () => {
    const { json } = synth((stack) => {
      const dlq = new SqsQueue(stack, "jobs-dlq", { name: "jobs-dlq" });
      new SqsQueue(stack, "jobs", {
        name: "jobs",
        redrivePolicy: JSON.stringify({ deadLetterTargetArn: dlq.arn, maxReceiveCount: 5 }),
      });
      new Monitoring(stack, "monitoring", { prefix: "p" }).watchScope(stack);
    });
    const names = Object.keys(alarmsByName(json));
    expect(names.filter((n) => n.startsWith("p-jobs-dlq-"))).toEqual([
      "p-jobs-dlq-dead-letter-messages-critical",
    ]);
    expect(names).toContain("p-jobs-age-of-oldest-message-critical");
  });

  it("discovery also recognises a redrive policy written with Fn.jsonencode, and no queue by a longer name", () => {
    const { json } = synth((stack) => {
      const dlq = new SqsQueue(stack, "jobs-dlq", {});
      new SqsQueue(stack, "jobs-dlq-archive", {});
      new SqsQueue(stack, "jobs", {
        redrivePolicy: Fn.jsonencode({ deadLetterTargetArn: dlq.arn, maxReceiveCount: 5 }),
      });
      new Monitoring(stack, "monitoring", { prefix: "p" }).watchScope(stack);
    });
    const names = Object.keys(alarmsByName(json));
    expect(names.filter((n) => n.startsWith("p-jobs-dlq-dead-letter"))).toEqual([
      "p-jobs-dlq-dead-letter-messages-critical",
    ]);
    expect(names.filter((n) => n.startsWith("p-jobs-dlq-archive-dead-letter"))).toEqual([]);
  });

  it("monitors a dead-letter queue shared by several queues once", () => {
    const { json } = synth((stack) => {
      const dlq = new SqsQueue(stack, "shared-dlq", { name: "shared-dlq" });
      const m = new Monitoring(stack, "monitoring", { prefix: "p" });
      m.monitorSqsQueue(new SqsQueue(stack, "a", { name: "a" }), { deadLetterQueue: dlq });
      m.monitorSqsQueue(new SqsQueue(stack, "b", { name: "b" }), { deadLetterQueue: dlq });
    });
    const names = Object.keys(alarmsByName(json));
    expect(names.filter((n) => n.startsWith("p-shared-dlq-"))).toEqual([
      "p-shared-dlq-dead-letter-messages-critical",
    ]);
  });

  it("rejects a dead-letter queue that is not a queue", () => {
    expect(() =>
      synth((stack) => {
        const q = new SqsQueue(stack, "q", {});
        new Monitoring(stack, "monitoring", { prefix: "p" }).monitorSqsQueue(q, {
          deadLetterQueue: "arn" as unknown as SqsQueue,
        });
      }),
    ).toThrow(/stack\/q[\s\S]*deadLetterQueue: must be an SqsQueue/);
  });
});
