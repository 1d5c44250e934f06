import { BudgetsBudget } from "@cdktf/provider-aws/lib/budgets-budget";
import { TerraformVariable } from "cdktf";
import { describe, expect, it } from "vitest";
import { synthMonitored } from "./service-test-helpers";

describe("monitorBilling", () => {
  it("alarms on estimated charges at 80% and 100% of a monthly cost budget, in us-east-1", () => {
    const stack = synthMonitored((scope, monitoring) => {
      const budget = new BudgetsBudget(scope, "budget", {
        budgetType: "COST",
        timeUnit: "MONTHLY",
        limitAmount: "1000",
        limitUnit: "USD",
      });
      monitoring.monitorBilling(budget);
    });
    expect(Object.keys(stack.alarms).sort()).toEqual([
      "shop-budget-estimated-charges-critical",
      "shop-budget-estimated-charges-warning",
    ]);
    const critical = stack.alarms["shop-budget-estimated-charges-critical"];
    expect(critical).toMatchObject({
      namespace: "AWS/Billing",
      metric_name: "EstimatedCharges",
      statistic: "Maximum",
      comparison_operator: "GreaterThanThreshold",
      threshold: 1000,
      period: 21_600,
      evaluation_periods: 1,
      datapoints_to_alarm: 1,
      treat_missing_data: "missing",
      dimensions: { Currency: "USD" },
    });
    expect(stack.alarms["shop-budget-estimated-charges-warning"].threshold).toBe(800);
    const providers = stack.json.provider.aws as { alias?: string; region: string }[];
    const usEast1 = providers.find((p) => p.region === "us-east-1");
    expect(critical.provider).toBe(`aws.${usEast1?.alias}`);
    expect(critical.alarm_actions).toHaveLength(1);
  });

  it("leaves the alarm out with a warning when the budget's limit is not known at synth", () => {
    const stack = synthMonitored((scope, monitoring) => {
      const limit = new TerraformVariable(scope, "limit", { type: "string" });
      const budget = new BudgetsBudget(scope, "budget", {
        budgetType: "COST",
        timeUnit: "MONTHLY",
        limitAmount: limit.stringValue,
        limitUnit: "USD",
      });
      monitoring.monitorBilling(budget);
    });
    expect(stack.alarms).toEqual({});
    expect(stack.warnings.map((w) => w.message).join("\n")).toContain(
      'Alarm "estimatedCharges" (critical) left out',
    );
  });

  it("takes a fixed threshold for budgets it cannot compare with the whole bill", () => {
    const stack = synthMonitored((scope, monitoring) => {
      const budget = new BudgetsBudget(scope, "ec2-budget", {
        budgetType: "COST",
        timeUnit: "MONTHLY",
        limitAmount: "300",
        limitUnit: "USD",
        costFilter: [{ name: "Service", values: ["Amazon Elastic Compute Cloud - Compute"] }],
      });
      monitoring.monitorBilling(budget, { estimatedCharges: { warning: false, critical: 2500 } });
    });
    expect(Object.keys(stack.alarms)).toEqual(["shop-ec2-budget-estimated-charges-critical"]);
    expect(stack.alarms["shop-ec2-budget-estimated-charges-critical"].threshold).toBe(2500);
  });
});
