import { beforeAll, describe, expect, it } from "vitest";
import type { MonitoringChange, MonitoringReview } from "../../../lib/review/review-model";
import { reviewPlans } from "../../../lib/review/review-plans";
import type { LoadedPlans } from "./load-real-plans";
import { loadRealPlans, REAL_PLANS_TIMEOUT_MS } from "./load-real-plans";

let plans: LoadedPlans;
let update: MonitoringReview;
beforeAll(async () => {
  plans = await loadRealPlans();
  update = reviewPlans([plans.input("update")]);
}, REAL_PLANS_TIMEOUT_MS);

const find = (review: MonitoringReview, address: string): MonitoringChange => {
  const change = review.groups.flatMap((g) => g.changes).find((c) => c.address === address);
  if (!change) throw new Error(`no change for ${address}`);
  return change;
};
const fieldsOf = (change: MonitoringChange) =>
  Object.fromEntries(change.fields.map((f) => [f.field, [f.before, f.after]]));

describe("reviewPlans on a real update plan", () => {
  it("groups changes by the service group of the alarms' tags, (ungrouped) last", () => {
    expect(update.groups.map((g) => g.name)).toEqual([
      "checkout",
      "payments",
      "refunds",
      "(ungrouped)",
    ]);
    expect(update.counts).toEqual({ add: 2, remove: 2, replace: 2, change: 4 });
    expect(update.verdict).toMatch(
      /^10 monitoring changes \(2 added, 2 removed, 2 replaced, 4 changed\); 5 risk flags: /,
    );
  });

  it("shows an alarm's changed fields before → after and nothing that stayed", () => {
    const change = find(update, "aws_cloudwatch_metric_alarm.orders_age");
    expect(change).toMatchObject({
      action: "change",
      kind: "alarm",
      name: "checkout-orders-age-critical",
      severity: "critical",
    });
    expect(fieldsOf(change)).toEqual({
      threshold: [{ value: 300 }, { value: 900 }],
      datapoints_to_alarm: [{ value: 5 }, { value: 10 }],
      evaluation_periods: [{ value: 5 }, { value: 10 }],
      treat_missing_data: [{ value: "breaching" }, { value: "notBreaching" }],
    });
  });

  it("shows removed actions and disabled actions", () => {
    expect(
      fieldsOf(find(update, "aws_cloudwatch_metric_alarm.orders_visible")).alarm_actions,
    ).toEqual([{ value: ["arn:aws:sns:eu-west-1:123456789012:ops-warning"] }, { value: [] }]);
    expect(
      fieldsOf(find(update, "aws_cloudwatch_metric_alarm.orders_stale")).actions_enabled,
    ).toEqual([{ value: true }, { value: false }]);
  });

  it("reports both replacement orders as replace, with the new name and the reason", () => {
    for (const [address, before, after] of [
      [
        "aws_cloudwatch_metric_alarm.orders_empty",
        "checkout-orders-empty-critical",
        "checkout-orders-received-critical",
      ],
      [
        "aws_cloudwatch_metric_alarm.orders_sent",
        "checkout-orders-sent-critical",
        "checkout-orders-produced-critical",
      ],
    ] as const) {
      const change = find(update, address);
      expect(change.action).toBe("replace");
      expect(change.name).toBe(after);
      expect(change.replaceBecause).toEqual(["alarm_name"]);
      expect(fieldsOf(change)).toEqual({ alarm_name: [{ value: before }, { value: after }] });
    }
  });

  it("lists an added and a removed alarm with their settings", () => {
    const added = find(update, "aws_cloudwatch_metric_alarm.refunds_age");
    expect(added).toMatchObject({ action: "add", group: "refunds" });
    expect(fieldsOf(added).dimensions).toEqual([undefined, { value: { QueueName: "refunds" } }]);
    const removed = find(update, "aws_cloudwatch_metric_alarm.payments_age");
    expect(removed).toMatchObject({ action: "remove", group: "payments" });
    expect(fieldsOf(removed).threshold).toEqual([{ value: 600 }, undefined]);
  });

  it("shows a dashboard change as widgets added, removed and changed, never as escaped JSON", () => {
    const change = find(update, "aws_cloudwatch_dashboard.checkout");
    expect(change.widgets).toEqual({
      added: ['metric "Refunds age"'],
      removed: ['metric "Orders visible"'],
      changed: ['metric "Orders age"'],
    });
    expect(change.fields).toEqual([]);
  });

  it("lists notification channels added and removed", () => {
    expect(find(update, "aws_sns_topic.warning")).toMatchObject({
      kind: "channel",
      action: "remove",
      name: "ops-warning",
    });
    expect(find(update, "aws_sns_topic_subscription.pager")).toMatchObject({
      kind: "channel",
      action: "add",
      name: "https://pager.example.com/hook (https)",
    });
  });

  it("leaves resources that do not change out", () => {
    const addresses = update.groups.flatMap((g) => g.changes.map((c) => c.address));
    expect(addresses).not.toContain("aws_cloudwatch_composite_alarm.checkout_health");
    expect(addresses).not.toContain("aws_sqs_queue.orders");
  });
});

describe("reviewPlans on real create, unchanged and destroy plans", () => {
  it("shows values known only after apply as unknown, never as empty", () => {
    const create = reviewPlans([plans.input("create")]);
    const alarm = find(create, "aws_cloudwatch_metric_alarm.orders_age");
    expect(fieldsOf(alarm).alarm_actions).toEqual([undefined, { unknown: true }]);
    const subscription = find(create, "aws_sns_topic_subscription.oncall");
    expect(fieldsOf(subscription).topic_arn).toEqual([undefined, { unknown: true }]);
    expect(create.counts).toEqual({ add: 11, remove: 0, replace: 0, change: 0 });
  });

  it("reports nothing for a plan without changes", () => {
    const review = reviewPlans([plans.input("unchanged")]);
    expect(review.groups).toEqual([]);
    expect(review.flags).toEqual([]);
    expect(review.verdict).toBe("No monitoring changes; no risk flags.");
  });

  it("reports every monitoring object of a destroy plan as removed", () => {
    const review = reviewPlans([plans.input("destroy")]);
    expect(review.counts).toEqual({ add: 0, remove: 11, replace: 0, change: 0 });
    const dashboard = find(review, "aws_cloudwatch_dashboard.checkout");
    expect(dashboard.widgets?.removed).toEqual(['metric "Orders age"', 'metric "Orders visible"']);
  });

  it("reviews several stacks at once, keeping each change's stack", () => {
    const review = reviewPlans([plans.input("create"), plans.input("update")]);
    expect(review.stacks.map((s) => s.name)).toEqual(["create", "update"]);
    const stacks = new Set(review.groups.flatMap((g) => g.changes.map((c) => c.stack)));
    expect(stacks).toEqual(new Set(["create", "update"]));
  });
});
