import { beforeAll, describe, expect, it } from "vitest";
import type { AlarmSemantics } from "../../../lib/review/monitoring-resources";
import type { MonitoringReview, RiskFlag } from "../../../lib/review/review-model";
import { reviewPlans } from "../../../lib/review/review-plans";
import { loosenings, removedActions } from "../../../lib/review/risk-rules";
import type { LoadedPlans } from "./load-real-plans";
import { loadRealPlans, REAL_PLANS_TIMEOUT_MS } from "./load-real-plans";

let plans: LoadedPlans;
let update: MonitoringReview;
beforeAll(async () => {
  plans = await loadRealPlans();
  update = reviewPlans([plans.input("update")]);
}, REAL_PLANS_TIMEOUT_MS);

const flagged = (review: MonitoringReview, code: RiskFlag["code"]) =>
  review.flags.filter((f) => f.code === code).map((f) => f.address);

describe("risk flags on a real update plan", () => {
  it("fires exactly the expected flags, sorted by code", () => {
    expect(update.flags.map((f) => [f.code, f.group, f.address])).toEqual([
      ["ACTIONS_REMOVED", "checkout", "aws_cloudwatch_metric_alarm.orders_visible"],
      ["ALARM_DISABLED", "checkout", "aws_cloudwatch_metric_alarm.orders_stale"],
      ["COVERAGE_LOSS", "payments", "aws_sqs_queue.payments"],
      ["SEVERITY_UNNOTIFIED", "checkout", "aws_cloudwatch_metric_alarm.orders_visible"],
      ["THRESHOLD_LOOSENED", "checkout", "aws_cloudwatch_metric_alarm.orders_age"],
    ]);
  });

  it("COVERAGE_LOSS: the queue that stays loses its last alarm; a queue that keeps alarms does not", () => {
    const flag = update.flags.find((f) => f.code === "COVERAGE_LOSS")!;
    expect(flag.message).toBe(
      "aws_sqs_queue.payments stays but loses its last watcher(s): aws_cloudwatch_metric_alarm.payments_age",
    );
    expect(flagged(update, "COVERAGE_LOSS")).not.toContain("aws_sqs_queue.orders");
  });

  it("THRESHOLD_LOOSENED names each loosening; a tightened threshold is not flagged", () => {
    const flag = update.flags.find((f) => f.code === "THRESHOLD_LOOSENED")!;
    expect(flag.message).toContain("threshold 300 → 900 with GreaterThanThreshold");
    expect(flag.message).toContain("datapoints to alarm 5 → 10");
    expect(flag.message).toContain("treat_missing_data breaching → notBreaching");
    expect(flagged(update, "THRESHOLD_LOOSENED")).not.toContain(
      "aws_cloudwatch_metric_alarm.orders_visible",
    );
  });

  it("SEVERITY_UNNOTIFIED names the severity and the channel it lost", () => {
    const flag = update.flags.find((f) => f.code === "SEVERITY_UNNOTIFIED")!;
    expect(flag.message).toBe(
      "1 warning alarm(s) remain but none notifies anyone (before: arn:aws:sns:eu-west-1:123456789012:ops-warning)",
    );
  });

  it("no flags for creating, keeping or destroying everything", () => {
    for (const name of ["create", "unchanged", "destroy"] as const) {
      expect(reviewPlans([plans.input(name)]).flags).toEqual([]);
    }
  });

  it("an alarm in another stack keeps a resource covered (links across stacks by identity)", () => {
    const review = reviewPlans([plans.input("update"), plans.input("unchanged")]);
    expect(flagged(review, "COVERAGE_LOSS")).toEqual([]);
  });
});

describe("loosenings", () => {
  const base: AlarmSemantics = {
    threshold: 10,
    operator: "LessThanThreshold",
    datapoints: 3,
    evaluationPeriods: 5,
    treatMissingData: "missing",
  };

  it("lowering a LessThan threshold alerts less; raising it alerts more", () => {
    expect(loosenings(base, { ...base, threshold: 5 })).toEqual([
      "threshold 10 → 5 with LessThanThreshold alerts only lower",
    ]);
    expect(loosenings(base, { ...base, threshold: 20 })).toEqual([]);
  });

  it("an inclusive operator made strict at the same threshold alerts less", () => {
    const inclusive = { ...base, operator: "GreaterThanOrEqualToThreshold" };
    expect(loosenings(inclusive, { ...inclusive, operator: "GreaterThanThreshold" })).toEqual([
      "operator GreaterThanOrEqualToThreshold → GreaterThanThreshold no longer alerts at the threshold itself",
    ]);
    expect(loosenings({ ...base, operator: "GreaterThanThreshold" }, inclusive)).toEqual([]);
  });

  it("fewer evaluation periods for the same datapoints alert less; more alert more", () => {
    expect(loosenings(base, { ...base, evaluationPeriods: 3 })).toEqual([
      "evaluation periods 5 → 3 with 3 datapoints gives fewer chances to alarm",
    ]);
    expect(loosenings(base, { ...base, evaluationPeriods: 10 })).toEqual([]);
  });

  it("missing data treated as breaching less often alerts less", () => {
    expect(loosenings(base, { ...base, treatMissingData: "notBreaching" })).toHaveLength(1);
    expect(loosenings(base, { ...base, treatMissingData: "breaching" })).toEqual([]);
  });

  it("a flipped direction is a different alarm, not a loosening", () => {
    expect(loosenings(base, { ...base, operator: "GreaterThanThreshold", threshold: 50 })).toEqual(
      [],
    );
  });
});

describe("removedActions", () => {
  it("is empty when an action is replaced by another or when the actions are unknown", () => {
    expect(removedActions({ actions: ["a"] }, { actions: ["b"] })).toEqual([]);
    expect(removedActions({ actions: ["a", "b"] }, {})).toEqual([]);
    expect(removedActions({ actions: ["a", "b"] }, { actions: ["b"] })).toEqual(["a"]);
  });
});
