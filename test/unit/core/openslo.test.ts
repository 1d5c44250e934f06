import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { MonitoringConfigError, parseOpenSlo, readOpenSloFile } from "../../../lib";
import { comparedBlock } from "../../support/doc-blocks";
import { synthMonitored } from "../aws/service-test-helpers";

const FIXTURE = resolve(__dirname, "../../fixtures/openslo/checkout.yaml");

const lambdaMetric = (metricName: string, stat: string) => ({
  namespace: "AWS/Lambda",
  metricName,
  statistic: stat,
  dimensions: { FunctionName: "checkout" },
});

/** The problems `parseOpenSlo` reports for `text`, as `option: message` lines. */
function problemsOf(text: string): string[] {
  try {
    parseOpenSlo(text, "slo.yaml");
  } catch (error) {
    expect(error).toBeInstanceOf(MonitoringConfigError);
    expect((error as MonitoringConfigError).constructPath).toBe("slo.yaml");
    return (error as MonitoringConfigError).problems.map((p) => `${p.option}: ${p.message}`);
  }
  throw new Error("parsed without error");
}

const SLO = (spec: string) => `apiVersion: openslo/v1
kind: SLO
metadata:
  name: orders
spec:
${spec
  .split("\n")
  .map((l) => `  ${l}`)
  .join("\n")}
`;

const RATIO_INDICATOR = `indicator:
  metadata:
    name: orders-ok
  spec:
    ratioMetric:
      good:
        metricSource:
          type: CloudWatch
          spec: { namespace: Shop, metricName: Ok }
      total:
        metricSource:
          type: CloudWatch
          spec: { namespace: Shop, metricName: All }`;

describe("OpenSLO v1 files", () => {
  it("reads SLIs by reference and inline, ratio and threshold metrics", () => {
    expect(readOpenSloFile(FIXTURE)).toEqual([
      {
        id: "checkout-availability",
        options: {
          indicator: {
            kind: "availability",
            description: "Lambda invocations of checkout without error",
            good: undefined,
            bad: lambdaMetric("Errors", "Sum"),
            total: lambdaMetric("Invocations", "Sum"),
          },
          target: 99.9,
          window: "28d",
          burnRateAlerts: undefined,
          description: undefined,
        },
      },
      {
        id: "checkout-latency",
        options: {
          indicator: {
            kind: "latency",
            description: "Duration at most 300",
            good: lambdaMetric("Duration", "TC(:300)"),
            total: lambdaMetric("Duration", "SampleCount"),
          },
          target: 99,
          window: undefined,
          burnRateAlerts: undefined,
          description: "Checkout answers within 300 ms",
        },
      },
    ]);
  });

  it("becomes burn-rate alarms through addOpenSlo()", () => {
    const stack = synthMonitored((_, monitoring) => {
      const [availability, latency] = monitoring.addOpenSlo(FIXTURE);
      expect(availability.slo.windowSeconds).toBe(28 * 86_400);
      expect(latency.slo.errorBudget).toBe(0.01);
    });
    expect(stack.alarms["shop-slo-checkout-availability-14.4x-1h"].threshold).toBe(0.0144);
    expect(stack.alarms["shop-slo-checkout-latency-14.4x-1h"].threshold).toBe(0.144);
  });

  it("names the file and field of what it cannot honour, with the allowed values", () => {
    expect(
      problemsOf(
        SLO(`${RATIO_INDICATOR}
budgetingMethod: Timeslices
timeWindow:
  - duration: 1M
    calendar: { startTime: "2026-01-01 00:00:00", timeZone: UTC }
objectives:
  - target: 0.99
    timeSliceTarget: 0.9
alertPolicies: []`),
      ),
    ).toEqual([
      "document 1 spec.timeWindow[0].duration: is not a fixed duration; allowed: a number and m, h, d or w (M, Q and Y have no fixed length)",
      "document 1 spec.timeWindow[0].isRolling: allowed: true (rolling windows only)",
      "document 1 spec.timeWindow[0].calendar: not supported by cdktf-monitoring; allowed: duration, isRolling",
      "document 1 spec.budgetingMethod: allowed: Occurrences (Timeslices and RatioTimeslices are not supported)",
      "document 1 spec.objectives[0].timeSliceTarget: not supported by cdktf-monitoring; allowed: displayName, op, value, target, targetPercent",
      "document 1 spec.alertPolicies: not supported by cdktf-monitoring; allowed: description, service, indicator, indicatorRef, timeWindow, budgetingMethod, objectives",
    ]);
  });

  it("rejects other kinds, versions and metric sources", () => {
    expect(
      problemsOf("apiVersion: openslo/v1\nkind: DataSource\nmetadata: { name: x }\nspec: {}\n"),
    ).toEqual(["document 1 kind: allowed: SLO, SLI (other kinds are not read)"]);
    expect(
      problemsOf(
        SLO(`${RATIO_INDICATOR.replace("type: CloudWatch", "type: Prometheus")}
budgetingMethod: Occurrences
objectives: [{ target: 0.99 }]`).replace("openslo/v1", "openslo/v1alpha"),
      ),
    ).toEqual([
      "document 1 apiVersion: allowed: openslo/v1",
      "document 1 spec.indicator.spec.ratioMetric.good.metricSource.type: allowed: CloudWatch",
    ]);
  });

  it("checks what the fields mean together", () => {
    expect(
      problemsOf(
        SLO(`indicatorRef: missing
budgetingMethod: Occurrences
objectives: [{ target: 0.99 }]`),
      ),
    ).toEqual([
      'document 1 (SLO orders) spec.indicatorRef: "missing" is no SLI of the file; allowed: an SLI document in the same file',
    ]);
    expect(
      problemsOf(
        SLO(`${RATIO_INDICATOR}
budgetingMethod: Occurrences
objectives: [{ target: 0.99, targetPercent: 99 }]`),
      ),
    ).toEqual([
      "document 1 (SLO orders) spec.objectives[0]: allowed: exactly one of target and targetPercent",
    ]);
    expect(
      problemsOf(
        SLO(`${RATIO_INDICATOR}
budgetingMethod: Occurrences
objectives: [{ target: 99 }]`),
      ),
    ).toEqual([
      "document 1 spec.objectives[0].target: allowed: a fraction > 0 and < 1, e.g. 0.999 (or targetPercent: 99.9)",
    ]);
    expect(problemsOf("kind: [unclosed\n")[0]).toMatch(/^document 1: /);
  });

  it("uses an indicator given in code for an SLI name", () => {
    const indicator = {
      kind: "availability" as const,
      description: "from code",
      bad: lambdaMetric("Errors", "Sum"),
      total: lambdaMetric("Invocations", "Sum"),
    };
    const [slo] = parseOpenSlo(
      SLO(`indicatorRef: checkout-errors
budgetingMethod: Occurrences
objectives: [{ targetPercent: 99.5 }]`),
      "slo.yaml",
      { indicators: { "checkout-errors": indicator } },
    );
    expect(slo.options.indicator).toBe(indicator);
    expect(slo.options.target).toBe(99.5);
  });

  it("names the file it cannot read", () => {
    expect(() => readOpenSloFile("does-not-exist.yaml")).toThrow(
      /does-not-exist\.yaml in OpenSLO v1:\n {2}- file: cannot be read/,
    );
  });

  it("reads the README's example", () => {
    const block = comparedBlock("README.md", "openslo-example");
    const [slo] = parseOpenSlo(block.text, "README.md");
    expect(slo.id).toBe("checkout");
    expect(slo.options).toMatchObject({
      target: 99.9,
      window: "30d",
      indicator: {
        kind: "availability",
        bad: lambdaMetric("Errors", "Sum"),
        total: lambdaMetric("Invocations", "Sum"),
      },
    });
  });
});
