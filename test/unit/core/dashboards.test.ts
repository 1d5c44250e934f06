import { Instance } from "@cdktf/provider-aws/lib/instance";
import { SqsQueue } from "@cdktf/provider-aws/lib/sqs-queue";
import type { TerraformStack } from "cdktf";
import { describe, expect, it } from "vitest";
import { Monitoring, type MonitoringProps } from "../../../lib";
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

function estate(stack: TerraformStack, props: Partial<MonitoringProps> = {}, queues = 2): void {
  const m = new Monitoring(stack, "monitoring", { prefix: "shop", ...props });
  m.monitorEc2Instance(new Instance(stack, "web", { ami, instanceType: "t3.micro" }), {
    group: "storefront",
    cpuUtilization: { warning: 70, critical: 90 },
  });
  for (let i = 0; i < queues; i++)
    m.monitorSqsQueue(new SqsQueue(stack, `q${i}`, { name: `q${i}` }), { group: "orders" });
}

describe("dashboards", () => {
  it("put alarm status on top, then a section per group with threshold annotations", () => {
    const { json } = synth((stack) => estate(stack));
    const boards = dashboards(json);
    expect(Object.keys(boards)).toEqual(["shop"]);
    const { widgets, start } = boards.shop;
    expect(start).toBe("-PT6H");
    expect(widgets[0]).toMatchObject({ type: "alarm", x: 0, y: 0, width: 24 });
    expect(widgets[0].properties.alarms).toHaveLength(4 + 2 * 4);
    const alarmIds = Object.keys(json.resource.aws_cloudwatch_metric_alarm).map(
      (id) => `\${aws_cloudwatch_metric_alarm.${id}.arn}`,
    );
    expect([...widgets[0].properties.alarms].sort()).toEqual(alarmIds.sort());
    const headers = widgets.filter((w) => w.type === "text").map((w) => w.properties.markdown);
    expect(headers).toEqual(["## orders", "## storefront"]);
    const cpu = widgets.find(
      (w) => w.type === "metric" && w.properties.title === "web CPUUtilization",
    );
    expect(cpu?.properties).toMatchObject({
      region: "eu-west-1",
      stat: "Average",
      period: 300,
      metrics: [["AWS/EC2", "CPUUtilization", "InstanceId", "${aws_instance.web.id}"]],
      annotations: {
        horizontal: [
          { label: "critical > 90 % (3/3 × 5 minutes)", value: 90, color: "#d62728" },
          { label: "warning > 70 % (3/3 × 5 minutes)", value: 70, color: "#ff7f0e" },
        ],
      },
    });
    for (const w of widgets) expect(w.x + w.width).toBeLessThanOrEqual(24);
    const storefrontHeader = widgets.findIndex((w) => w.properties.markdown === "## storefront");
    expect(widgets.indexOf(cpu as Widget)).toBeGreaterThan(storefrontHeader);
  });

  it("never overlap on the grid", () => {
    const { json } = synth((stack) => estate(stack, {}, 7));
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
  });

  it("split into several dashboards within the widget limit", () => {
    const { json } = synth((stack) => estate(stack, { dashboard: { maxWidgets: 10 } }, 20));
    const boards = dashboards(json);
    const names = Object.keys(boards).sort();
    expect(names.length).toBeGreaterThan(1);
    expect(names[0]).toBe("shop");
    expect(names).toContain("shop-2");
    const graphs = Object.values(boards).flatMap((b) =>
      b.widgets.filter((w) => w.type === "metric"),
    );
    expect(graphs).toHaveLength(1 + 2 + 20 * 2);
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

  it("are byte-identical between runs", () => {
    const one = synth((stack) => estate(stack, {}, 5)).text;
    const two = synth((stack) => estate(stack, {}, 5)).text;
    expect(two).toBe(one);
  });
});
