import { DbInstance } from "@cdktf/provider-aws/lib/db-instance";
import { Instance } from "@cdktf/provider-aws/lib/instance";
import { SqsQueue } from "@cdktf/provider-aws/lib/sqs-queue";
import type { TerraformStack } from "cdktf";
import { describe, expect, it } from "vitest";
import { Monitoring, MonitoringConfigError, type MonitoringProps } from "../../../lib";
import { ami, synth } from "./synth-helpers";

interface Widget {
  type: string;
  x: number;
  y: number;
  width: number;
  height: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  properties: any;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function dashboards(json: any): Record<string, { widgets: Widget[]; start: string }> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const list = Object.values(json.resource.aws_cloudwatch_dashboard ?? {}) as any[];
  return Object.fromEntries(list.map((d) => [d.dashboard_name, JSON.parse(d.dashboard_body)]));
}

/** `${aws_cloudwatch_metric_alarm.<id>.arn}` of every alarm whose name matches. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function arnsOf(json: any, name: RegExp): string[] {
  const alarms = json.resource.aws_cloudwatch_metric_alarm as Record<
    string,
    { alarm_name: string }
  >;
  return Object.entries(alarms)
    .filter(([, alarm]) => name.test(alarm.alarm_name))
    .map(([id]) => `\${aws_cloudwatch_metric_alarm.${id}.arn}`)
    .sort();
}

const graphs = (widgets: Widget[]) => widgets.filter((w) => w.type === "metric");
const titled = (widgets: Widget[], title: string) =>
  widgets.find((w) => w.properties.title === title);
/** The widgets of a group's section: from its header to the next header. */
function sectionOf(widgets: Widget[], group: string): Widget[] {
  const start = widgets.findIndex((w) => w.properties.markdown === `## ${group}`);
  const next = widgets.findIndex((w, i) => i > start && w.type === "text");
  return widgets.slice(start, next < 0 ? undefined : next);
}

function estate(
  stack: TerraformStack,
  props: Partial<MonitoringProps> = {},
  queues = 2,
): Monitoring {
  const m = new Monitoring(stack, "monitoring", { prefix: "shop", ...props });
  m.monitorEc2Instance(new Instance(stack, "web", { ami, instanceType: "t3.micro" }), {
    group: "storefront",
    cpuUtilization: { warning: 70, critical: 90 },
  });
  for (let i = 0; i < queues; i++)
    m.monitorSqsQueue(new SqsQueue(stack, `q${i}`, { name: `q${i}` }), { group: "orders" });
  return m;
}

const AGE = "SQS queue ApproximateAgeOfOldestMessage";
const IN_FLIGHT = "SQS queue ApproximateNumberOfMessagesNotVisible";

describe("dashboards", () => {
  it("have per group a header, the group's alarm status, then one graph per metric of each service type", () => {
    const { json } = synth((stack) => estate(stack));
    const boards = dashboards(json);
    expect(Object.keys(boards)).toEqual(["shop"]);
    const { widgets, start } = boards.shop;
    expect(start).toBe("-PT6H");
    expect(widgets.filter((w) => w.type === "text").map((w) => w.properties.markdown)).toEqual([
      "## orders",
      "## storefront",
    ]);
    const orders = sectionOf(widgets, "orders");
    expect(orders.map((w) => w.type)).toEqual(["text", "alarm", "metric", "metric"]);
    expect(orders[1]).toMatchObject({ x: 0, width: 24, properties: { title: "orders alarms" } });
    expect([...orders[1].properties.alarms].sort()).toEqual(arnsOf(json, /^shop-q/));
    expect(graphs(orders).map((w) => w.properties.title)).toEqual([AGE, IN_FLIGHT]);
    const storefront = sectionOf(widgets, "storefront");
    expect([...storefront[1].properties.alarms].sort()).toEqual(arnsOf(json, /^shop-web-/));
    for (const w of widgets) expect(w.x + w.width).toBeLessThanOrEqual(24);
  });

  it("put every resource of the type on its metric's graph, with the alarms' thresholds as lines", () => {
    const { json } = synth((stack) => estate(stack, {}, 3));
    const { widgets } = dashboards(json).shop;
    const age = titled(widgets, AGE);
    expect(age?.properties).toMatchObject({ region: "eu-west-1", stat: "Maximum", period: 60 });
    expect(age?.properties.metrics).toEqual(
      ["q0", "q1", "q2"].map((q) => [
        "AWS/SQS",
        "ApproximateAgeOfOldestMessage",
        "QueueName",
        q,
        { label: q },
      ]),
    );
    const alarms = Object.values(json.resource.aws_cloudwatch_metric_alarm) as {
      alarm_name: string;
      threshold: number;
    }[];
    const thresholdOf = (name: string) => alarms.find((a) => a.alarm_name === name)?.threshold;
    expect(age?.properties.annotations.horizontal).toEqual([
      {
        label: `critical >= ${thresholdOf("shop-q0-age-of-oldest-message-critical")} s (15/15 × 1 minute)`,
        value: thresholdOf("shop-q0-age-of-oldest-message-critical"),
        color: "#d62728",
      },
      {
        label: `warning >= ${thresholdOf("shop-q0-age-of-oldest-message-warning")} s (15/15 × 1 minute)`,
        value: thresholdOf("shop-q0-age-of-oldest-message-warning"),
        color: "#ff7f0e",
      },
    ]);
    const cpu = titled(widgets, "EC2 instance CPUUtilization");
    expect(cpu?.properties.metrics).toEqual([
      ["AWS/EC2", "CPUUtilization", "InstanceId", "${aws_instance.web.id}", { label: "web" }],
    ]);
    expect(cpu?.properties.annotations.horizontal).toEqual([
      { label: "critical > 90 % (3/3 × 5 minutes)", value: 90, color: "#d62728" },
      { label: "warning > 70 % (3/3 × 5 minutes)", value: 70, color: "#ff7f0e" },
    ]);
  });

  it("draw one line per distinct threshold, naming the resources when only some have it", () => {
    const { json } = synth((stack) => {
      const m = estate(stack, {}, 0);
      for (const [name, critical] of [
        ["a", 600],
        ["b", 600],
        ["c", 60],
      ] as const) {
        m.monitorSqsQueue(new SqsQueue(stack, name, { name }), {
          group: "orders",
          ageOfOldestMessage: { warning: false, critical },
        });
      }
    });
    const age = titled(dashboards(json).shop.widgets, AGE);
    expect(age?.properties.annotations.horizontal).toEqual([
      { label: "critical >= 600 s (15/15 × 1 minute) for a, b", value: 600, color: "#d62728" },
      { label: "critical >= 60 s (15/15 × 1 minute) for c", value: 60, color: "#d62728" },
    ]);
  });

  it("draw only the top N of many resources with SORT(METRICS()), 10 unless topN says otherwise", () => {
    const many = synth((stack) => estate(stack, {}, 12)).json;
    const age = titled(dashboards(many).shop.widgets, `${AGE} (top 10 of 12)`);
    const metrics = age?.properties.metrics as unknown[][];
    expect(metrics).toHaveLength(13);
    const hidden = metrics.slice(0, 12) as [string, string, string, string, object][];
    // natural order: q2 before q10
    expect(hidden.map((m) => m[3])).toEqual([...Array(12).keys()].map((i) => `q${i}`));
    hidden.forEach((m, i) =>
      expect(m[4]).toEqual({ id: `m${i + 1}`, label: `q${i}`, visible: false }),
    );
    expect(metrics[12]).toEqual([{ expression: "SORT(METRICS(), MAX, DESC, 10)", id: "top" }]);

    const five = synth((stack) => estate(stack, { dashboard: { topN: 5 } }, 6)).json;
    const top5 = titled(dashboards(five).shop.widgets, `${AGE} (top 5 of 6)`);
    expect(top5?.properties.metrics.at(-1)).toEqual([
      { expression: "SORT(METRICS(), MAX, DESC, 5)", id: "top" },
    ]);
    const few = synth((stack) => estate(stack, { dashboard: { topN: 6 } }, 6)).json;
    expect(titled(dashboards(few).shop.widgets, AGE)?.properties.metrics).toHaveLength(6);
  });

  it("rank alarms on low values by their lowest point", () => {
    const { json } = synth((stack) => {
      const m = new Monitoring(stack, "monitoring", { prefix: "shop", dashboard: { topN: 2 } });
      for (const name of ["db1", "db2", "db3"]) {
        const db = new DbInstance(stack, name, {
          identifier: name,
          engine: "postgres",
          instanceClass: "db.t4g.medium",
          allocatedStorage: 50,
          username: "app",
          password: "not-a-secret",
        });
        m.monitorRdsInstance(db, { group: "data" });
      }
    });
    const memory = titled(
      dashboards(json).shop.widgets,
      "RDS instance FreeableMemory (top 2 of 3)",
    );
    expect(memory?.properties.metrics.at(-1)).toEqual([
      { expression: "SORT(METRICS(), MIN, ASC, 2)", id: "top" },
    ]);
  });

  it("split a group's alarm status past 100 alarms", () => {
    const { json } = synth((stack) => estate(stack, {}, 30));
    const orders = sectionOf(dashboards(json).shop.widgets, "orders");
    const status = orders.filter((w) => w.type === "alarm");
    expect(status.map((w) => w.properties.title)).toEqual([
      "orders alarms (1/2)",
      "orders alarms (2/2)",
    ]);
    expect(status.map((w) => w.properties.alarms.length)).toEqual([100, 20]);
    expect(status.flatMap((w) => w.properties.alarms).sort()).toEqual(arnsOf(json, /^shop-q/));
  });

  it("take columns and graph sizes", () => {
    const { json } = synth((stack) =>
      estate(stack, { dashboard: { columns: 2, graphHeight: 4 } }, 2),
    );
    const orders = graphs(sectionOf(dashboards(json).shop.widgets, "orders"));
    expect(orders.map((w) => [w.x, w.width, w.height])).toEqual([
      [0, 12, 4],
      [12, 12, 4],
    ]);
    const narrow = synth((stack) =>
      estate(stack, { dashboard: { columns: 4, graphWidth: 5, graphHeight: 3 } }, 2),
    ).json;
    const placed = graphs(sectionOf(dashboards(narrow).shop.widgets, "orders"));
    expect(placed.map((w) => [w.x, w.width, w.height])).toEqual([
      [0, 5, 3],
      [5, 5, 3],
    ]);
  });

  it("graph only the metrics asked for, in that order, keeping every alarm in the status", () => {
    const { json } = synth((stack) =>
      estate(stack, {
        dashboard: {
          metrics: {
            sqsQueue: ["ApproximateNumberOfMessagesNotVisible", "ApproximateAgeOfOldestMessage"],
            ec2Instance: ["StatusCheckFailed"],
          },
        },
      }),
    );
    const { widgets } = dashboards(json).shop;
    const orders = sectionOf(widgets, "orders");
    expect(graphs(orders).map((w) => w.properties.title)).toEqual([IN_FLIGHT, AGE]);
    expect(graphs(sectionOf(widgets, "storefront")).map((w) => w.properties.title)).toEqual([
      "EC2 instance StatusCheckFailed",
    ]);
    expect(sectionOf(widgets, "storefront")[1].properties.alarms.sort()).toEqual(
      arnsOf(json, /^shop-web-/),
    );
  });

  it("reject a metric name the service has no alarm on, naming the option and the allowed names", () => {
    const attempt = () =>
      synth((stack) => estate(stack, { dashboard: { metrics: { sqsQueue: ["Errors"] } } }));
    expect(attempt).toThrow(MonitoringConfigError);
    expect(attempt).toThrow(
      /dashboard\.metrics\.sqsQueue: "Errors" is not alarmed; allowed: ApproximateAgeOfOldestMessage, ApproximateNumberOfMessagesNotVisible/,
    );
  });

  it("order groups as groupOrder lists them, the rest by name", () => {
    const { json } = synth((stack) => {
      const m = estate(stack, { dashboard: { groupOrder: ["storefront"] } });
      m.monitorSqsQueue(new SqsQueue(stack, "audit", { name: "audit" }), { group: "audit" });
    });
    const headers = dashboards(json)
      .shop.widgets.filter((w) => w.type === "text")
      .map((w) => w.properties.markdown);
    expect(headers).toEqual(["## storefront", "## audit", "## orders"]);
  });

  it('go back to one graph per resource metric with layout: "perResource"', () => {
    const { json } = synth((stack) => estate(stack, { dashboard: { layout: "perResource" } }));
    const { widgets } = dashboards(json).shop;
    const titles = graphs(widgets).map((w) => w.properties.title);
    expect(titles).toEqual([
      "q0 ApproximateAgeOfOldestMessage",
      "q0 ApproximateNumberOfMessagesNotVisible",
      "q1 ApproximateAgeOfOldestMessage",
      "q1 ApproximateNumberOfMessagesNotVisible",
      "web CPUUtilization",
      "web StatusCheckFailed",
      "web StatusCheckFailed_AttachedEBS",
    ]);
    expect(titled(widgets, "web CPUUtilization")?.properties.metrics).toEqual([
      ["AWS/EC2", "CPUUtilization", "InstanceId", "${aws_instance.web.id}"],
    ]);
  });

  it.each([
    [
      { layout: "grid" },
      "dashboard.layout",
      '"grid" is not allowed; allowed: "perMetric", "perResource"',
    ],
    [{ topN: 0 }, "dashboard.topN", "0 is not allowed; allowed: a whole number 1..499"],
    [{ columns: 2.5 }, "dashboard.columns", "2.5 is not allowed; allowed: a whole number 1..24"],
    [{ graphHeight: 0 }, "dashboard.graphHeight", "allowed: a whole number 1..1000"],
    [
      { columns: 4, graphWidth: 8 },
      "dashboard.graphWidth",
      "4 columns of 8 do not fit in 24; allowed: a whole number 1..6 with 4 columns",
    ],
    [
      { metrics: { sqsQueue: "Errors" } },
      "dashboard.metrics.sqsQueue",
      "must be a list of metric names",
    ],
    [{ groupOrder: [3] }, "dashboard.groupOrder.0", "must be service group names"],
    [{ topn: 5 }, "dashboard.topn", "allowed: perGroup, maxWidgets, start, layout, topN, columns"],
  ])("reject %j naming the option and what is allowed", (dashboard, option, message) => {
    const attempt = () =>
      synth((stack) => estate(stack, { dashboard: dashboard as MonitoringProps["dashboard"] }));
    expect(attempt).toThrow(MonitoringConfigError);
    try {
      attempt();
    } catch (error) {
      expect((error as Error).message).toContain(`${option}: `);
      expect((error as Error).message).toContain(message);
    }
  });

  it("never overlap on the grid", () => {
    for (const dashboard of [{}, { columns: 4 }, { layout: "perResource" as const }]) {
      const { json } = synth((stack) => estate(stack, { dashboard }, 40));
      const { widgets } = dashboards(json).shop;
      for (let i = 0; i < widgets.length; i++) {
        for (let j = i + 1; j < widgets.length; j++) {
          const a = widgets[i];
          const b = widgets[j];
          const overlap =
            a.x < b.x + b.width &&
            b.x < a.x + a.width &&
            a.y < b.y + b.height &&
            b.y < a.y + a.height;
          expect(overlap, `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`).toBe(false);
        }
      }
    }
  });

  it("split into several dashboards within the widget limit", () => {
    const { json } = synth((stack) =>
      estate(stack, { dashboard: { maxWidgets: 10, layout: "perResource" } }, 20),
    );
    const boards = dashboards(json);
    const names = Object.keys(boards).sort();
    expect(names.length).toBeGreaterThan(1);
    expect(names[0]).toBe("shop");
    expect(names).toContain("shop-2");
    const all = Object.values(boards).flatMap((b) => graphs(b.widgets));
    expect(all).toHaveLength(3 + 20 * 2);
    for (const board of Object.values(boards)) expect(board.widgets.length).toBeLessThanOrEqual(10);
    const alarmsShown = Object.values(boards).flatMap((b) =>
      b.widgets.filter((w) => w.type === "alarm").flatMap((w) => w.properties.alarms),
    );
    expect(new Set(alarmsShown).size).toBe(4 + 20 * 4);
  });

  it("can be one per service group, or none", () => {
    const perGroup = dashboards(
      synth((stack) => estate(stack, { dashboard: { perGroup: true } })).json,
    );
    expect(Object.keys(perGroup).sort()).toEqual(["shop-orders", "shop-storefront"]);
    const none = synth((stack) => estate(stack, { dashboard: false })).json;
    expect(none.resource.aws_cloudwatch_dashboard).toBeUndefined();
  });

  it("use the aws_region data source when the provider's region is not literal", () => {
    const { json } = synth((stack) => estate(stack), false);
    const graph = dashboards(json).shop.widgets.find((w) => w.type === "metric");
    expect(graph?.properties.region).toMatch(/^\$\{data\.aws_region\..+\.name\}$/);
  });

  it("are byte-identical between runs, whatever the order resources are declared in", () => {
    const one = synth((stack) => estate(stack, {}, 12)).text;
    const two = synth((stack) => estate(stack, {}, 12)).text;
    expect(two).toBe(one);
    const body = (text: string) => JSON.stringify(dashboards(JSON.parse(text)));
    const reversed = synth((stack) => {
      const m = new Monitoring(stack, "monitoring", { prefix: "shop" });
      for (let i = 11; i >= 0; i--)
        m.monitorSqsQueue(new SqsQueue(stack, `q${i}`, { name: `q${i}` }), { group: "orders" });
      m.monitorEc2Instance(new Instance(stack, "web", { ami, instanceType: "t3.micro" }), {
        group: "storefront",
        cpuUtilization: { warning: 70, critical: 90 },
      });
    }).text;
    expect(body(reversed)).toBe(body(one));
  });
});
