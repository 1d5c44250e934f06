import type { ApiGatewayStage } from "@cdktf/provider-aws/lib/api-gateway-stage";
import type { Apigatewayv2Stage } from "@cdktf/provider-aws/lib/apigatewayv2-stage";
import type { LbTargetGroup } from "@cdktf/provider-aws/lib/lb-target-group";
import { LambdaFunction } from "@cdktf/provider-aws/lib/lambda-function";
import { Lb } from "@cdktf/provider-aws/lib/lb";
import { describe, expect, it } from "vitest";
import { maxEvaluationSeconds } from "../../../lib/aws/cloudwatch-quotas";
import { MonitoringConfigError, Notify } from "../../../lib";
import { SloIndicators } from "../../../lib/aws";
import { fnProps } from "../core/synth-helpers";
import { AWS_RESOURCES } from "./aws-resources";
import { synthMonitored } from "./service-test-helpers";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function compositesOf(json: Json): Record<string, Json> {
  const alarms = Object.values(json.resource?.aws_cloudwatch_composite_alarm ?? {}) as Json[];
  return Object.fromEntries(alarms.map((a) => [a.alarm_name, a]));
}

const checkout = (stack: Parameters<Parameters<typeof synthMonitored>[0]>[0]) =>
  new LambdaFunction(stack, "checkout", { ...fnProps, functionName: "checkout" });

describe("addSlo() on CloudWatch", () => {
  it("makes the SRE workbook's four burn-rate alerts: two window alarms and a composite each", () => {
    const stack = synthMonitored((scope, monitoring) => {
      monitoring.addSlo("checkout", {
        indicator: SloIndicators.lambdaAvailability(checkout(scope)),
        target: 99.9,
      });
    });
    const composites = compositesOf(stack.json);
    expect(Object.keys(composites).sort()).toEqual([
      "shop-slo-checkout-14.4x-1h-5m",
      "shop-slo-checkout-1x-3d-6h",
      "shop-slo-checkout-3x-1d-2h",
      "shop-slo-checkout-6x-6h-30m",
    ]);
    // thresholds are factor × (1 − 0.999), periods the windows, by hand
    const expected: [string, number, number][] = [
      ["shop-slo-checkout-14.4x-1h", 0.0144, 3600],
      ["shop-slo-checkout-14.4x-5m", 0.0144, 300],
      ["shop-slo-checkout-6x-6h", 0.006, 21_600],
      ["shop-slo-checkout-6x-30m", 0.006, 1800],
      ["shop-slo-checkout-3x-1d", 0.003, 86_400],
      ["shop-slo-checkout-3x-2h", 0.003, 7200],
      ["shop-slo-checkout-1x-3d", 0.001, 259_200],
      ["shop-slo-checkout-1x-6h", 0.001, 21_600],
    ];
    expect(Object.keys(stack.alarms).sort()).toEqual(expected.map(([n]) => n).sort());
    for (const [name, threshold, period] of expected) {
      const alarm = stack.alarms[name];
      expect(alarm, name).toMatchObject({
        comparison_operator: "GreaterThanThreshold",
        threshold,
        evaluation_periods: 1,
        datapoints_to_alarm: 1,
        treat_missing_data: "notBreaching",
      });
      // the window alarms notify nobody: the composite does
      expect(alarm.alarm_actions, name).toBeUndefined();
      const metrics = alarm.metric_query.filter((q: Json) => q.metric);
      expect(metrics.map((q: Json) => q.metric.period)).toEqual([period, period]);
      expect(period * alarm.evaluation_periods).toBeLessThanOrEqual(maxEvaluationSeconds(period));
      expect(alarm.metric_query.length).toBeLessThanOrEqual(10);
    }
    expect(stack.alarms["shop-slo-checkout-14.4x-5m"].metric_query).toEqual([
      {
        id: "bad1",
        return_data: false,
        metric: {
          namespace: "AWS/Lambda",
          metric_name: "Errors",
          stat: "Sum",
          period: 300,
          dimensions: { FunctionName: "checkout" },
        },
      },
      {
        id: "total",
        return_data: false,
        metric: {
          namespace: "AWS/Lambda",
          metric_name: "Invocations",
          stat: "Sum",
          period: 300,
          dimensions: { FunctionName: "checkout" },
        },
      },
      {
        id: "error_ratio",
        expression: "IF(total>0,FILL(bad1,0)/total,0)",
        label: "error ratio over 5m",
        return_data: true,
      },
    ]);
    const page = composites["shop-slo-checkout-14.4x-1h-5m"];
    expect(page.alarm_rule).toBe(
      'ALARM("shop-slo-checkout-14.4x-1h") AND ALARM("shop-slo-checkout-14.4x-5m")',
    );
    expect(page.alarm_actions).toEqual([stack.topicArn("critical")]);
    expect(page.ok_actions).toEqual([stack.topicArn("critical")]);
    expect(page.tags).toMatchObject({ "monitoring:severity": "critical" });
    // 14.4 × 1 h / 720 h = 2 % of the budget
    expect(page.alarm_description).toContain("2 % of the 30 days budget in 1 hour (critical)");
    expect(page.alarm_description).toContain("error ratio > 0.0144 over both");
    expect(composites["shop-slo-checkout-6x-6h-30m"].alarm_actions).toEqual([
      stack.topicArn("critical"),
    ]);
    for (const ticket of ["shop-slo-checkout-3x-1d-2h", "shop-slo-checkout-1x-3d-6h"]) {
      expect(composites[ticket].alarm_actions).toEqual([stack.topicArn("warning")]);
    }
    // 1 × 3 d / 30 d = 10 %
    expect(composites["shop-slo-checkout-1x-3d-6h"].alarm_description).toContain(
      "10 % of the 30 days budget in 3 days (warning)",
    );
  });

  it("sums several bad counts and reads latency as a trimmed count of all samples", () => {
    const stack = synthMonitored((scope, monitoring) => {
      const lb = new Lb(scope, "web", { name: "web" });
      const burn = [
        { factor: 2, longWindow: "1h", shortWindow: "5m", severity: "warning" as const },
      ];
      monitoring.addSlo("web", {
        indicator: SloIndicators.albAvailability(lb),
        target: 99.5,
        burnRateAlerts: burn,
      });
      monitoring.addSlo("web-latency", {
        indicator: SloIndicators.albLatency(lb, { threshold: 0.3 }),
        target: 99,
        burnRateAlerts: burn,
      });
    });
    const availability = stack.alarms["shop-slo-web-2x-1h"];
    expect(availability.threshold).toBe(0.01); // 2 × 0.005
    expect(
      availability.metric_query.map((q: Json) => q.metric?.metric_name ?? q.expression),
    ).toEqual([
      "HTTPCode_ELB_5XX_Count",
      "HTTPCode_Target_5XX_Count",
      "RequestCount",
      "IF(total>0,(FILL(bad1,0)+FILL(bad2,0))/total,0)",
    ]);
    const latency = stack.alarms["shop-slo-web-latency-2x-5m"];
    expect(latency.threshold).toBe(0.02); // 2 × 0.01
    expect(latency.metric_query.slice(0, 2).map((q: Json) => q.metric.stat)).toEqual([
      "TC(:0.3)",
      "SampleCount",
    ]);
    expect(latency.metric_query[0].metric.metric_name).toBe("TargetResponseTime");
    expect(latency.metric_query[2].expression).toBe("IF(total>0,1-FILL(good1,0)/total,0)");
  });

  it("draws the error budget and burn rate on <prefix>-slos", () => {
    const stack = synthMonitored(
      (scope, monitoring) => {
        const stage = AWS_RESOURCES.apiGatewayRestStage(scope, "shop-api") as ApiGatewayStage;
        monitoring.addSlo("api", {
          indicator: SloIndicators.apiGatewayRestAvailability(stage),
          target: 99.9,
          window: "28d",
        });
      },
      { dashboard: {} },
    );
    const dashboards = Object.values(stack.json.resource.aws_cloudwatch_dashboard) as Json[];
    const slos = dashboards.find((d) => d.dashboard_name === "shop-slos");
    expect(slos).toBeDefined();
    const [budget, burn] = JSON.parse(slos.dashboard_body).widgets;
    expect(budget.properties).toMatchObject({
      view: "singleValue",
      region: "eu-west-1",
      start: "-PT672H",
      setPeriodToTimeRange: true,
    });
    const expressions = budget.properties.metrics
      .map((m: Json[]) => m.at(-1))
      .filter((o: Json) => o.expression)
      .map((o: Json) => o.expression);
    expect(expressions).toEqual([
      "IF(total>0,FILL(bad1,0)/total,0)",
      "100*(1-error_ratio/0.001)",
      "error_ratio/0.001",
    ]);
    expect(burn.properties.annotations.horizontal.map((h: Json) => h.value)).toEqual([
      14.4, 6, 3, 1,
    ]);
  });

  it("rejects windows CloudWatch cannot evaluate and duplicate ids", () => {
    expect(() =>
      synthMonitored((scope, monitoring) => {
        monitoring.addSlo("checkout", {
          indicator: SloIndicators.lambdaAvailability(checkout(scope)),
          target: 99.9,
          burnRateAlerts: [{ factor: 1, longWindow: "2w", shortWindow: "1d", severity: "warning" }],
        });
      }),
    ).toThrow(
      /burnRateAlerts\[0\]\.longWindow: 2w .*allowed: a multiple of 1 minute, at most 7 days/,
    );
    expect(() =>
      synthMonitored((scope, monitoring) => {
        const indicator = SloIndicators.lambdaAvailability(checkout(scope));
        monitoring.addSlo("checkout", { indicator, target: 99.9 });
        monitoring.addSlo("checkout", { indicator, target: 99 });
      }),
    ).toThrow(MonitoringConfigError);
    expect(() =>
      synthMonitored((scope, monitoring) => {
        monitoring.addSlo("checkout", {
          indicator: SloIndicators.lambdaAvailability(checkout(scope)),
          target: 99.9,
          description: "x".repeat(1000),
        });
      }),
    ).toThrow(/description: makes alarm descriptions of \d+ characters; allowed: at most 1024/);
  });

  it("warns when a severity its alerts notify has no channel", () => {
    const stack = synthMonitored(
      (scope, monitoring) => {
        monitoring.addSlo("checkout", {
          indicator: SloIndicators.lambdaAvailability(checkout(scope)),
          target: 99.9,
        });
      },
      { notify: { critical: [Notify.email("oncall@example.com")] } },
    );
    expect(stack.warnings.map((w) => w.message).join("\n")).toContain(
      "No notification channel for warning alarms",
    );
  });

  it("reads each service's metrics with the dimensions its alarms use", () => {
    const stack = synthMonitored((scope, monitoring) => {
      const alert = [
        { factor: 2, longWindow: "1h", shortWindow: "5m", severity: "warning" as const },
      ];
      const add = (id: string, indicator: ReturnType<typeof SloIndicators.lambdaAvailability>) =>
        monitoring.addSlo(id, { indicator, target: 99, burnRateAlerts: alert });
      const fn = checkout(scope);
      const group = AWS_RESOURCES.albTargetGroup(scope, "api") as LbTargetGroup;
      const http = AWS_RESOURCES.apiGatewayHttpStage(scope, "http") as Apigatewayv2Stage;
      const rest = AWS_RESOURCES.apiGatewayRestStage(scope, "rest") as ApiGatewayStage;
      add("fn-latency", SloIndicators.lambdaLatency(fn, { threshold: 250 }));
      add("tg", SloIndicators.albTargetGroupAvailability(group));
      add("tg-latency", SloIndicators.albTargetGroupLatency(group, { threshold: 0.5 }));
      add("http", SloIndicators.apiGatewayHttpAvailability(http));
      add("http-latency", SloIndicators.apiGatewayHttpLatency(http, { threshold: 800 }));
      add("rest-latency", SloIndicators.apiGatewayRestLatency(rest, { threshold: 800 }));
    });
    const metricsOf = (id: string) =>
      stack.alarms[`shop-slo-${id}-2x-1h`].metric_query
        .filter((q: Json) => q.metric)
        .map((q: Json) => [q.metric.metric_name, q.metric.stat, Object.keys(q.metric.dimensions)]);
    expect(metricsOf("fn-latency")).toEqual([
      ["Duration", "TC(:250)", ["FunctionName"]],
      ["Duration", "SampleCount", ["FunctionName"]],
    ]);
    expect(metricsOf("tg")).toEqual([
      ["HTTPCode_Target_5XX_Count", "Sum", ["LoadBalancer", "TargetGroup"]],
      ["RequestCount", "Sum", ["LoadBalancer", "TargetGroup"]],
    ]);
    expect(metricsOf("tg-latency")[0]).toEqual([
      "TargetResponseTime",
      "TC(:0.5)",
      ["LoadBalancer", "TargetGroup"],
    ]);
    expect(metricsOf("http")).toEqual([
      ["5xx", "Sum", ["ApiId", "Stage"]],
      ["Count", "Sum", ["ApiId", "Stage"]],
    ]);
    expect(metricsOf("http-latency")[0]).toEqual(["Latency", "TC(:800)", ["ApiId", "Stage"]]);
    expect(metricsOf("rest-latency")[1]).toEqual(["Latency", "SampleCount", ["ApiName", "Stage"]]);
  });

  it("rejects a latency threshold that is not a positive number", () => {
    expect(() =>
      synthMonitored((scope) => {
        SloIndicators.lambdaLatency(checkout(scope), { threshold: 0 });
      }),
    ).toThrow(/threshold: 0; allowed: a number > 0 \(ms\)/);
  });
});
