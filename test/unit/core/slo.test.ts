import { describe, expect, it } from "vitest";
import {
  burnRateThreshold,
  DEFAULT_BURN_RATE_ALERTS,
  durationSeconds,
  remainingBudget,
  type SloIndicator,
} from "../../../lib";
import { planSlo } from "../../../lib/core/slo";

const metric = (metricName: string) => ({
  namespace: "Shop",
  metricName,
  statistic: "Sum",
  dimensions: {},
});
const indicator: SloIndicator = {
  kind: "availability",
  description: "orders placed",
  bad: metric("Failed"),
  total: metric("Orders"),
};

describe("SLO maths (hand-computed)", () => {
  it("burn-rate thresholds are factor × (1 − target)", () => {
    // 99.9 %: the budget is 0.1 % of events; 14.4 × 0.001 = 0.0144, 6 × 0.001 = 0.006, ...
    expect(burnRateThreshold(14.4, 0.999)).toBe(0.0144);
    expect(burnRateThreshold(6, 0.999)).toBe(0.006);
    expect(burnRateThreshold(3, 0.999)).toBe(0.003);
    expect(burnRateThreshold(1, 0.999)).toBe(0.001);
    // 99.5 %: budget 0.005; 14.4 × 0.005 = 0.072
    expect(burnRateThreshold(14.4, 0.995)).toBe(0.072);
    // 99 %: budget 0.01; 6 × 0.01 = 0.06
    expect(burnRateThreshold(6, 0.99)).toBe(0.06);
  });

  it("remaining budget is 1 − error ratio / budget", () => {
    // 99.9 % with 0.05 % errors over the window: half the budget spent
    expect(remainingBudget(0.0005, 0.999)).toBe(0.5);
    expect(remainingBudget(0, 0.999)).toBe(1);
    // twice the budget: −100 %
    expect(remainingBudget(0.002, 0.999)).toBe(-1);
  });

  it("durations are m, h, d or w", () => {
    expect(durationSeconds("5m")).toBe(300);
    expect(durationSeconds("6h")).toBe(21_600);
    expect(durationSeconds("3d")).toBe(259_200);
    expect(durationSeconds("4w")).toBe(2_419_200);
    expect(durationSeconds("1M")).toBeUndefined();
    expect(durationSeconds("0h")).toBeUndefined();
    expect(durationSeconds("1.5h")).toBeUndefined();
  });

  it("plans the SRE workbook's four alerts by default", () => {
    const { slo, problems } = planSlo("orders", { indicator, target: 99.9 });
    expect(problems).toEqual([]);
    expect(slo).toMatchObject({ target: 0.999, errorBudget: 0.001, windowSeconds: 2_592_000 });
    expect(
      slo!.alerts.map((a) => [
        a.severity,
        a.factor,
        a.longSeconds,
        a.shortSeconds,
        a.errorRatioThreshold,
      ]),
    ).toEqual([
      ["critical", 14.4, 3600, 300, 0.0144],
      ["critical", 6, 21_600, 1800, 0.006],
      ["warning", 3, 86_400, 7200, 0.003],
      ["warning", 1, 259_200, 21_600, 0.001],
    ]);
    expect(DEFAULT_BURN_RATE_ALERTS).toHaveLength(4);
  });

  it("takes custom alerts", () => {
    const { slo } = planSlo("orders", {
      indicator,
      target: 99,
      window: "28d",
      burnRateAlerts: [{ factor: 10, longWindow: "2h", shortWindow: "10m", severity: "warning" }],
    });
    expect(slo!.windowSeconds).toBe(28 * 86_400);
    expect(slo!.alerts).toEqual([
      {
        factor: 10,
        longWindow: "2h",
        shortWindow: "10m",
        severity: "warning",
        longSeconds: 7200,
        shortSeconds: 600,
        errorRatioThreshold: 0.1,
      },
    ]);
  });

  it("names each wrong option and what is allowed", () => {
    const { slo, problems } = planSlo("Orders!", {
      indicator: { ...indicator, good: metric("Ok") },
      target: 100,
      window: "1M",
      burnRateAlerts: [{ factor: 0, longWindow: "5m", shortWindow: "1h", severity: "warning" }],
    });
    expect(slo).toBeUndefined();
    expect(problems.map((p) => p.option)).toEqual([
      "id",
      "target",
      "indicator",
      "window",
      "burnRateAlerts[0].shortWindow",
      "burnRateAlerts[0].factor",
    ]);
    expect(problems[1].message).toContain("allowed: a number > 0 and < 100");
    expect(problems[3].message).toContain("allowed: a duration such as 5m");
  });

  it("rejects a factor whose threshold no error ratio can exceed", () => {
    // 90 %: budget 0.1; 14.4 × 0.1 = 1.44 > 1
    const { problems } = planSlo("orders", { indicator, target: 90 });
    expect(problems).toEqual([
      {
        option: "burnRateAlerts[0].factor",
        message:
          "14.4 × (1 − 90 %) = error ratio 1.44, which no window can exceed; allowed: a factor < 10 for this target",
      },
    ]);
  });
});
