import { Lb } from "@cdktf/provider-aws/lib/lb";
import { describe, expect, it } from "vitest";
import { MonitoringConfigError } from "../../../lib";
import { synthMonitored } from "./service-test-helpers";

describe("monitorAlb errorRate5xx (metric math)", () => {
  it("is off by default", () => {
    const stack = synthMonitored((scope, monitoring) => {
      monitoring.monitorAlb(new Lb(scope, "web", { name: "web" }));
    });
    expect(Object.keys(stack.alarms).filter((n) => n.includes("error-rate5xx"))).toEqual([]);
  });

  it("alarms on 100*(ELB 5xx + target 5xx)/requests at the tolerated percentage", () => {
    const stack = synthMonitored((scope, monitoring) => {
      monitoring.monitorAlb(new Lb(scope, "web", { name: "web" }), {
        errorRate5xx: { warning: 1, critical: 5 },
      });
    });
    const critical = stack.alarms["shop-web-error-rate5xx-critical"];
    expect(critical).toMatchObject({
      comparison_operator: "GreaterThanThreshold",
      threshold: 5,
      evaluation_periods: 1,
      datapoints_to_alarm: 1,
      treat_missing_data: "notBreaching",
      alarm_actions: [stack.topicArn("critical")],
      ok_actions: [stack.topicArn("critical")],
    });
    // a metric-math alarm names no metric of its own
    for (const field of ["metric_name", "namespace", "statistic", "period", "dimensions"]) {
      expect(critical[field], field).toBeUndefined();
    }
    const dimensions = { LoadBalancer: "${aws_lb.web.arn_suffix}" };
    const metric = (metric_name: string) => ({
      namespace: "AWS/ApplicationELB",
      metric_name,
      stat: "Sum",
      period: 60,
      dimensions,
    });
    expect(critical.metric_query).toEqual([
      { id: "m1", return_data: false, metric: metric("HTTPCode_ELB_5XX_Count") },
      { id: "m2", return_data: false, metric: metric("HTTPCode_Target_5XX_Count") },
      { id: "m3", return_data: false, metric: metric("RequestCount") },
      {
        id: "e1",
        expression: "100*(FILL(m1,0)+FILL(m2,0))/m3",
        label: "HTTP5xxPercent",
        return_data: true,
      },
    ]);
    expect(critical.alarm_description).toContain(
      "Fires (critical) when HTTP5xxPercent > 5 % in 1 of 1 periods of 1 minute.",
    );
    expect(stack.alarms["shop-web-error-rate5xx-warning"]).toMatchObject({
      threshold: 1,
      alarm_actions: [stack.topicArn("warning")],
    });
  });

  it("takes period, datapoints and an anomaly band on the expression", () => {
    const stack = synthMonitored((scope, monitoring) => {
      monitoring.monitorAlb(new Lb(scope, "web", { name: "web" }), {
        errorRate5xx: { anomalyDetection: { warning: 3 }, period: 300, evaluationPeriods: 3 },
      });
    });
    const warning = stack.alarms["shop-web-error-rate5xx-warning"];
    expect(warning).toMatchObject({
      comparison_operator: "GreaterThanUpperThreshold",
      threshold_metric_id: "band",
      evaluation_periods: 3,
      datapoints_to_alarm: 1,
    });
    expect(warning.threshold).toBeUndefined();
    expect(warning.metric_query.map((q: { id: string }) => q.id)).toEqual([
      "m1",
      "m2",
      "m3",
      "e1",
      "band",
    ]);
    expect(warning.metric_query[0].metric.period).toBe(300);
    expect(warning.metric_query[4].expression).toBe("ANOMALY_DETECTION_BAND(e1, 3)");
    // the expression has no statistic of its own: the description names none
    expect(warning.alarm_description).toContain(
      "Fires (warning) when HTTP5xxPercent above a band of 3 standard deviations in 1 of 3 periods of 5 minutes.",
    );
    expect(warning.alarm_description).not.toMatch(/\bSum\b/);
  });

  it("graphs the expression with its threshold on the dashboard", () => {
    const stack = synthMonitored(
      (scope, monitoring) => {
        monitoring.monitorAlb(new Lb(scope, "web", { name: "web" }), {
          errorRate5xx: { critical: 5 },
        });
      },
      { dashboard: {} },
    );
    const [dashboard] = Object.values(stack.json.resource.aws_cloudwatch_dashboard) as {
      dashboard_body: string;
    }[];
    const body = JSON.parse(dashboard.dashboard_body) as {
      widgets: {
        type: string;
        properties: { title?: string; metrics?: unknown[]; annotations?: unknown };
      }[];
    };
    const graph = body.widgets.find(
      (w) => w.properties.title === "Application Load Balancer HTTP5xxPercent",
    );
    expect(graph?.properties.metrics).toEqual([
      [
        "AWS/ApplicationELB",
        "HTTPCode_ELB_5XX_Count",
        "LoadBalancer",
        "${aws_lb.web.arn_suffix}",
        { id: "m1", visible: false },
      ],
      [
        "AWS/ApplicationELB",
        "HTTPCode_Target_5XX_Count",
        "LoadBalancer",
        "${aws_lb.web.arn_suffix}",
        { id: "m2", visible: false },
      ],
      [
        "AWS/ApplicationELB",
        "RequestCount",
        "LoadBalancer",
        "${aws_lb.web.arn_suffix}",
        { id: "m3", visible: false },
      ],
      [{ expression: "100*(FILL(m1,0)+FILL(m2,0))/m3", label: "web", id: "e1" }],
    ]);
    expect(graph?.properties.annotations).toEqual({
      horizontal: [{ label: "critical > 5 % (1/1 × 1 minute)", value: 5, color: "#d62728" }],
    });
  });

  it("graphs several load balancers' expressions on one graph, each with its own metric ids", () => {
    const stack = synthMonitored(
      (scope, monitoring) => {
        for (const name of ["api", "web"]) {
          monitoring.monitorAlb(new Lb(scope, name, { name }), { errorRate5xx: { critical: 5 } });
        }
      },
      { dashboard: {} },
    );
    const [dashboard] = Object.values(stack.json.resource.aws_cloudwatch_dashboard) as {
      dashboard_body: string;
    }[];
    const body = JSON.parse(dashboard.dashboard_body) as {
      widgets: { properties: { title?: string; metrics?: unknown[][] } }[];
    };
    const graph = body.widgets.find(
      (w) => w.properties.title === "Application Load Balancer HTTP5xxPercent",
    );
    const metrics = graph?.properties.metrics ?? [];
    expect(metrics.filter((m) => typeof m[0] === "string").map((m) => m.at(-1))).toEqual(
      ["s1_m1", "s1_m2", "s1_m3", "s2_m1", "s2_m2", "s2_m3"].map((id) => ({ id, visible: false })),
    );
    expect(metrics.filter((m) => typeof m[0] === "object").map((m) => m[0])).toEqual([
      { expression: "100*(FILL(s1_m1,0)+FILL(s1_m2,0))/s1_m3", label: "api", id: "e1" },
      { expression: "100*(FILL(s2_m1,0)+FILL(s2_m2,0))/s2_m3", label: "web", id: "e2" },
    ]);
    expect(metrics[0]).toContain("${aws_lb.api.arn_suffix}");
    expect(metrics[4]).toContain("${aws_lb.web.arn_suffix}");
  });

  it("rejects a percentage string, a negative value and enabling it without a threshold", () => {
    const attempt = (errorRate5xx: unknown) => () =>
      synthMonitored((scope, monitoring) => {
        monitoring.monitorAlb(new Lb(scope, "web", { name: "web" }), {
          errorRate5xx: errorRate5xx as never,
        });
      });
    expect(attempt({ critical: "5%" })).toThrow(MonitoringConfigError);
    expect(attempt({ critical: "5%" })).toThrow(
      /stack\/web in monitorAlb\(\)[\s\S]*errorRate5xx\.critical: "5%" is not allowed; allowed: a number 0\.\.100 \(percent\), false/,
    );
    expect(attempt({ warning: -1 })).toThrow(/errorRate5xx\.warning: -1 is not allowed/);
    expect(attempt({})).toThrow(
      /errorRate5xx: enables no alarm[\s\S]*allowed: set warning and\/or critical/,
    );
  });

  it("rejects a statistic, which would apply to all three counts and void the ratio", () => {
    const attempt = (errorRate5xx: unknown) => () =>
      synthMonitored((scope, monitoring) => {
        monitoring.monitorAlb(new Lb(scope, "web", { name: "web" }), {
          errorRate5xx: errorRate5xx as never,
        });
      });
    for (const statistic of ["Average", "Sum", "p99"]) {
      expect(attempt({ critical: 5, statistic })).toThrow(MonitoringConfigError);
      expect(attempt({ critical: 5, statistic })).toThrow(
        new RegExp(
          `stack/web in monitorAlb\\(\\)[\\s\\S]*errorRate5xx\\.statistic: "${statistic}" is not allowed on a metric-math alarm; allowed: omit it: the expression sums the counts`,
        ),
      );
    }
  });

  it("rejects a percentage threshold above 100", () => {
    const attempt = (errorRate5xx: unknown) => () =>
      synthMonitored((scope, monitoring) => {
        monitoring.monitorAlb(new Lb(scope, "web", { name: "web" }), {
          errorRate5xx: errorRate5xx as never,
        });
      });
    expect(attempt({ critical: 101 })).toThrow(MonitoringConfigError);
    expect(attempt({ critical: 101 })).toThrow(
      /stack\/web in monitorAlb\(\)[\s\S]*errorRate5xx\.critical: 101 is not allowed; allowed: a number 0\.\.100 \(percent\), false/,
    );
    expect(attempt({ warning: 100.5, critical: 5 })).toThrow(
      /errorRate5xx\.warning: 100\.5 is not allowed/,
    );
    expect(attempt({ critical: 100 })).not.toThrow();
  });
});
