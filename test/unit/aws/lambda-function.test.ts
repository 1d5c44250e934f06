import { LambdaFunction } from "@cdktf/provider-aws/lib/lambda-function";
import { TerraformVariable } from "cdktf";
import type { Construct } from "constructs";
import { describe, expect, it } from "vitest";
import { Monitoring } from "../../../lib";
import { alarmsByName, fnProps, synth } from "../core/synth-helpers";

const lambda = (
  scope: Construct,
  id: string,
  extra: Partial<ConstructorParameters<typeof LambdaFunction>[2]> = {},
) => new LambdaFunction(scope, id, { functionName: `${id}-fn`, ...fnProps, ...extra });

describe("monitorLambdaFunction", () => {
  it("derives duration thresholds from the timeout and names the function literally", () => {
    const { json } = synth((stack) => {
      const fn = lambda(stack, "checkout", { timeout: 30 });
      new Monitoring(stack, "monitoring", { prefix: "shop" }).monitorLambdaFunction(fn);
    });
    const alarms = alarmsByName(json);
    expect(Object.keys(alarms).sort()).toEqual([
      "shop-checkout-concurrent-executions-critical",
      "shop-checkout-concurrent-executions-warning",
      "shop-checkout-duration-critical",
      "shop-checkout-duration-warning",
      "shop-checkout-errors-critical",
      "shop-checkout-throttles-critical",
    ]);
    expect(alarms["shop-checkout-duration-critical"]).toMatchObject({
      metric_name: "Duration",
      extended_statistic: "p90",
      comparison_operator: "GreaterThanThreshold",
      threshold: 28_500,
      evaluation_periods: 15,
      dimensions: { FunctionName: "checkout-fn" },
    });
    expect(alarms["shop-checkout-duration-critical"].statistic).toBeUndefined();
    expect(alarms["shop-checkout-duration-warning"].threshold).toBe(24_000);
    expect(alarms["shop-checkout-errors-critical"]).toMatchObject({
      statistic: "Sum",
      threshold: 0,
      treat_missing_data: "notBreaching",
    });
    expect(alarms["shop-checkout-concurrent-executions-critical"].threshold).toBe(900);
  });

  it("uses Lambda's 3 s default timeout and the reserved concurrency", () => {
    const { json } = synth((stack) => {
      const fn = lambda(stack, "fn", { reservedConcurrentExecutions: 50 });
      new Monitoring(stack, "monitoring", { prefix: "p" }).monitorLambdaFunction(fn, {
        duration: { critical: "50%" },
      });
    });
    const alarms = alarmsByName(json);
    expect(alarms["p-fn-duration-critical"].threshold).toBe(1500);
    expect(alarms["p-fn-concurrent-executions-critical"].threshold).toBe(45);
  });

  it("leaves the duration alarm out with a warning when the timeout is a token", () => {
    const { json, warnings } = synth((stack) => {
      const timeout = new TerraformVariable(stack, "timeout", { type: "number" });
      const fn = lambda(stack, "fn", { timeout: timeout.numberValue });
      new Monitoring(stack, "monitoring", { prefix: "p" }).monitorLambdaFunction(fn, {
        errors: false,
      });
    });
    const names = Object.keys(alarmsByName(json));
    expect(names.some((n) => n.includes("duration"))).toBe(false);
    expect(names).not.toContain("p-fn-errors-critical");
    const warning = warnings.find((w) => w.message.includes('"duration" (critical)'));
    expect(warning?.path).toBe("stack/fn");
    expect(warning?.message).toContain("the function's timeout");
    expect(warning?.message).toContain("duration.critical");
  });

  it("uses the function_name dimension for Lambda Insights", () => {
    const { json } = synth((stack) => {
      const fn = lambda(stack, "fn");
      new Monitoring(stack, "monitoring", { prefix: "p" }).monitorLambdaFunction(fn, {
        memoryUtilization: {},
      });
    });
    expect(alarmsByName(json)["p-fn-memory-utilization-critical"]).toMatchObject({
      namespace: "LambdaInsights",
      dimensions: { function_name: "fn-fn" },
      threshold: 90,
    });
  });
});
