import { Instance } from "@cdktf/provider-aws/lib/instance";
import { Lb } from "@cdktf/provider-aws/lib/lb";
import type { TerraformStack } from "cdktf";
import { describe, expect, it } from "vitest";
import {
  Monitoring,
  MonitoringConfigError,
  Notify,
  type Ec2InstanceMonitoringOptions,
  type MonitoringProps,
} from "../../../lib";
import { AWS_SERVICES } from "../../../lib/aws/services";
import { CLOUDWATCH_QUOTAS } from "../../../lib/aws/cloudwatch-quotas";
import type { AlarmDefault } from "../../../lib/catalog/alarm-default";
import { alarmsByName, ami, synth } from "../core/synth-helpers";

function configError(build: (stack: TerraformStack) => void): MonitoringConfigError {
  try {
    synth(build);
  } catch (e) {
    if (e instanceof MonitoringConfigError) return e;
    throw e;
  }
  throw new Error("expected a MonitoringConfigError");
}

function ec2(stack: TerraformStack, options: Ec2InstanceMonitoringOptions, props = {}): void {
  const web = new Instance(stack, "web", { ami, instanceType: "t3.micro" });
  new Monitoring(stack, "monitoring", { prefix: "p", ...props }).monitorEc2Instance(web, options);
}

/** An ALB-dimensioned service whose one alarm is a metric-math sum over `metrics` metrics. */
function mathService(metrics: number) {
  const ids = Array.from({ length: metrics }, (_, i) => `m${i + 1}`);
  const entry: AlarmDefault = {
    key: "wide",
    namespace: "AWS/ApplicationELB",
    metricName: "WideSum",
    statistic: "Sum",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { critical: 1 },
    period: 60,
    evaluationPeriods: 1,
    datapointsToAlarm: 1,
    treatMissingData: "notBreaching",
    unit: "count",
    description: "A sum of many metrics.",
    enabledByDefault: true,
    source: { ref: "TEST", url: "https://example.com/" },
    math: {
      expression: ids.join("+"),
      metrics: ids.map((id) => ({ id, metricName: `Metric${id}` })),
    },
  };
  return { ...AWS_SERVICES.alb, id: "wide", title: "Wide", alarms: [entry] };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function dashboards(json: any): Record<string, { widgets: { properties: any }[] }> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const list = Object.values(json.resource.aws_cloudwatch_dashboard ?? {}) as any[];
  return Object.fromEntries(list.map((d) => [d.dashboard_name, JSON.parse(d.dashboard_body)]));
}

function metricsOf(board: { widgets: { properties: { metrics?: unknown[] } }[] }): number {
  return board.widgets.reduce((n, w) => n + (w.properties.metrics?.length ?? 0), 0);
}

describe("CloudWatch quotas at synth", () => {
  it("hold each limit with its AWS source and the date it was read", () => {
    for (const quota of Object.values(CLOUDWATCH_QUOTAS)) {
      expect(quota.source).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
      expect(quota.read).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(quota.limit).toBeGreaterThan(0);
    }
  });

  describe("evaluation range (period x evaluation periods)", () => {
    it("allows one day for periods under an hour, exactly at the limit", () => {
      const { json } = synth((s) =>
        ec2(s, { cpuUtilization: { period: 300, evaluationPeriods: 288 } }),
      );
      expect(alarmsByName(json)["p-web-cpu-utilization-critical"].evaluation_periods).toBe(288);
    });

    it("rejects more than one day for periods under an hour", () => {
      const e = configError((s) =>
        ec2(s, { cpuUtilization: { period: 300, evaluationPeriods: 289 } }),
      );
      expect(e.message).toContain("stack/web");
      expect(e.message).toMatch(
        /cpuUtilization\.evaluationPeriods: period x evaluationPeriods = 86700 s; allowed: at most 86400 s \(one day/,
      );
    });

    it("allows seven days for periods of an hour or more, exactly at the limit", () => {
      const { json } = synth((s) =>
        ec2(s, { cpuUtilization: { period: 3600, evaluationPeriods: 168 } }),
      );
      const alarm = alarmsByName(json)["p-web-cpu-utilization-critical"];
      expect(alarm.period * alarm.evaluation_periods).toBe(604_800);
    });

    it("rejects more than seven days for periods of an hour or more", () => {
      const e = configError((s) =>
        ec2(s, { cpuUtilization: { period: 3600, evaluationPeriods: 169 } }),
      );
      expect(e.message).toContain("stack/web");
      expect(e.message).toMatch(
        /cpuUtilization\.evaluationPeriods: period x evaluationPeriods = 608400 s; allowed: at most 604800 s \(7 days/,
      );
    });
  });

  describe("alarm name and description lengths", () => {
    it("shorten names of long construct paths to CloudWatch's 255 characters", () => {
      const { json } = synth((s) => {
        const web = new Instance(s, "w".repeat(300), { ami, instanceType: "t3.micro" });
        new Monitoring(s, "monitoring", { prefix: "p" }).monitorEc2Instance(web);
      });
      const names = Object.keys(alarmsByName(json));
      const longest = Math.max(...names.map((n) => n.length));
      expect(longest).toBeGreaterThan(200);
      expect(longest).toBeLessThanOrEqual(CLOUDWATCH_QUOTAS.alarmNameLength.limit);
    });

    it("take the longest description that fits in 1024 characters with the condition", () => {
      const { json } = synth((s) => ec2(s, { cpuUtilization: { description: "d".repeat(900) } }));
      const description = alarmsByName(json)["p-web-cpu-utilization-critical"].alarm_description;
      expect(description).toContain("d".repeat(900));
      expect(description.length).toBeLessThanOrEqual(
        CLOUDWATCH_QUOTAS.alarmDescriptionLength.limit,
      );
    });

    it("reject a longer description, naming the path and the allowed length", () => {
      const e = configError((s) => ec2(s, { cpuUtilization: { description: "d".repeat(901) } }));
      expect(e.message).toMatch(
        /stack\/web[\s\S]*cpuUtilization\.description: must be at most 900 characters/,
      );
    });
  });

  describe("metrics per metric-math alarm", () => {
    it("take 10 metrics (11 metric queries with the expression)", () => {
      const { json } = synth((s) => {
        const lb = new Lb(s, "web", { name: "web" });
        new Monitoring(s, "monitoring", { prefix: "p" }).monitor(mathService(10), lb);
      });
      const alarm = alarmsByName(json)["p-web-wide-critical"];
      expect(alarm.metric_query).toHaveLength(11);
    });

    it("reject 11 metrics, naming the resource, the alarm and the allowed count", () => {
      const e = configError((s) => {
        const lb = new Lb(s, "web", { name: "web" });
        new Monitoring(s, "monitoring", { prefix: "p" }).monitor(mathService(11), lb);
      });
      expect(e.constructPath).toBe("stack/web");
      expect(e.message).toMatch(
        /wide\.math: the metric-math alarm p-web-wide-critical has 11 metrics; allowed: 1\.\.10 \(https:\/\/docs\.aws\.amazon\.com\/AmazonCloudWatch\/latest\/monitoring\/alarm-limits\.html\)/,
      );
    });
  });

  describe("actions per alarm state", () => {
    const topics = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        Notify.topicArn(`arn:aws:sns:eu-west-1:123456789012:t${i}`),
      );

    it("take 5 actions: the facade's topic and four existing topics", () => {
      const { json } = synth((s) =>
        ec2(s, {}, {
          notify: { critical: [Notify.email("a@example.com"), ...topics(4)] },
        } satisfies Partial<MonitoringProps>),
      );
      const alarm = alarmsByName(json)["p-web-cpu-utilization-critical"];
      expect(alarm.alarm_actions).toHaveLength(5);
      expect(alarm.ok_actions).toHaveLength(5);
    });

    it("reject a sixth, naming the facade and notify.<severity>", () => {
      const e = configError((s) =>
        ec2(s, {}, { notify: { critical: [Notify.email("a@example.com"), ...topics(5)] } }),
      );
      expect(e.constructPath).toBe("stack/monitoring");
      expect(e.message).toMatch(
        /notify\.critical: gives CloudWatch alarms 6 actions[\s\S]*allowed: 1\.\.5 per alarm state/,
      );
    });
  });

  describe("widgets per dashboard", () => {
    it("take maxWidgets up to 500 and reject 501 with the allowed range", () => {
      const { json } = synth((s) => ec2(s, {}, { dashboard: { maxWidgets: 500 } }));
      expect(Object.keys(dashboards(json))).toEqual(["p"]);
      const e = configError((s) => ec2(s, {}, { dashboard: { maxWidgets: 501 } }));
      expect(e.message).toMatch(
        /dashboard\.maxWidgets: 501 is not allowed; allowed: a whole number 3\.\.500/,
      );
    });
  });

  describe("metrics per dashboard and per graph", () => {
    // Each resource: 9 metrics and the expression, 10 entries; with layout "perResource" a graph
    // each, by default all on one graph split at 500 metrics.
    function estate(
      stack: TerraformStack,
      resources: number,
      layout: "perMetric" | "perResource" = "perResource",
    ): void {
      const m = new Monitoring(stack, "monitoring", {
        prefix: "p",
        dashboard: { maxWidgets: 500, layout },
      });
      const service = mathService(9);
      for (let i = 0; i < resources; i++) {
        const name = `lb${String(i).padStart(3, "0")}`;
        m.monitor(service, new Lb(stack, name, { name }));
      }
    }

    it("keep 2500 metrics on one page", () => {
      const { json } = synth((s) => estate(s, 250));
      const boards = dashboards(json);
      expect(Object.keys(boards)).toEqual(["p"]);
      expect(metricsOf(boards.p)).toBe(CLOUDWATCH_QUOTAS.metricsPerDashboard.limit);
    });

    it("start a page named <prefix>-2 before the 2501st metric", () => {
      const { json } = synth((s) => estate(s, 251));
      const boards = dashboards(json);
      expect(Object.keys(boards).sort()).toEqual(["p", "p-2"]);
      expect(metricsOf(boards.p)).toBe(2500);
      expect(metricsOf(boards["p-2"])).toBe(10);
      for (const board of Object.values(boards)) {
        expect(board.widgets.length).toBeLessThanOrEqual(
          CLOUDWATCH_QUOTAS.widgetsPerDashboard.limit,
        );
        for (const w of board.widgets)
          expect(w.properties.metrics?.length ?? 0).toBeLessThanOrEqual(
            CLOUDWATCH_QUOTAS.metricsPerWidget.limit,
          );
      }
    });
    it("split a graph of many resources at 500 metrics, and its pages at 2500", () => {
      const { json } = synth((s) => estate(s, 251, "perMetric"));
      const boards = dashboards(json);
      expect(Object.keys(boards).sort()).toEqual(["p", "p-2"]);
      const graphs = [boards.p, boards["p-2"]].flatMap((b) =>
        b.widgets.filter((w) => w.properties.metrics !== undefined),
      );
      // 49 resources of 10 entries fit under 500 with room for nothing else: 6 graphs
      expect(graphs.map((w) => w.properties.title)).toEqual(
        [1, 2, 3, 4, 5, 6].map((i) => `Wide WideSum (${i}/6)`),
      );
      expect(graphs.map((w) => w.properties.metrics.length)).toEqual([490, 490, 490, 490, 490, 60]);
      for (const board of Object.values(boards)) {
        expect(metricsOf(board)).toBeLessThanOrEqual(CLOUDWATCH_QUOTAS.metricsPerDashboard.limit);
      }
      const expressions = graphs.flatMap((w) =>
        w.properties.metrics.filter((m: unknown[]) => typeof m[0] === "object"),
      );
      expect(expressions).toHaveLength(251);
    });
  });

  describe("alarms per composite-alarm rule", () => {
    function instances(stack: TerraformStack, count: number): Monitoring {
      const m = new Monitoring(stack, "monitoring", { prefix: "p" });
      for (let i = 0; i < count; i++)
        m.monitorEc2Instance(
          new Instance(stack, `i${String(i).padStart(3, "0")}`, { ami, instanceType: "t3.micro" }),
          { statusCheckFailed: false, statusCheckFailedAttachedEbs: false },
        );
      return m;
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const composites = (json: any) =>
      Object.values(json.resource.aws_cloudwatch_composite_alarm) as {
        alarm_name: string;
        alarm_rule: string;
      }[];

    it("put exactly 100 alarms in one rule", () => {
      const { json } = synth((s) => instances(s, 100).addCompositeAlarm("any"));
      const list = composites(json);
      expect(list.map((c) => c.alarm_name)).toEqual(["p-any"]);
      expect(list[0].alarm_rule.split(" OR ")).toHaveLength(100);
      expect(list[0].alarm_rule.length).toBeLessThanOrEqual(
        CLOUDWATCH_QUOTAS.compositeRuleLength.limit,
      );
    });

    it("split 101 alarms into parts under a composite of the requested name", () => {
      const { json } = synth((s) => instances(s, 101).addCompositeAlarm("any"));
      const byName = Object.fromEntries(composites(json).map((c) => [c.alarm_name, c.alarm_rule]));
      expect(byName["p-any"]).toBe('ALARM("p-any-part-1") OR ALARM("p-any-part-2")');
      expect(byName["p-any-part-1"].split(" OR ")).toHaveLength(100);
      expect(byName["p-any-part-2"].split(" OR ")).toHaveLength(1);
    });
  });
});
