import { Instance } from "@cdktf/provider-aws/lib/instance";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import type { TerraformStack } from "cdktf";
import { describe, expect, it } from "vitest";
import { Monitoring, type MonitoringProps } from "../../../lib";
import { durationMs } from "../../../lib/azure/portal-dashboards";
import { ami, synth } from "../core/synth-helpers";
import { AZURE_RESOURCES, linuxVm, synthAzure } from "./azure-helpers";

interface Part {
  position: { x: number; y: number; colSpan: number; rowSpan: number };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  metadata: any;
}

const MARKDOWN = "Extension/HubsExtension/PartType/MarkdownPart";
const CHART = "Extension/HubsExtension/PartType/MonitorChartPart";

/** The synthesized portal dashboards by name, with their parts in key order ("0", "1", ...). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function portalDashboards(json: any): Record<string, any> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const list = Object.values(json.resource?.azurerm_portal_dashboard ?? {}) as any[];
  return Object.fromEntries(
    list.map((d) => {
      const properties = JSON.parse(d.dashboard_properties);
      const parts = properties.lenses["0"].parts as Record<string, Part>;
      const keys = Object.keys(parts);
      return [d.name, { ...d, properties, keys, parts: keys.map((k) => parts[k]) }];
    }),
  );
}

const headers = (parts: Part[]) =>
  parts
    .filter((p) => p.metadata.type === MARKDOWN)
    .map((p) => p.metadata.settings.content.settings.content);
const charts = (parts: Part[]) =>
  parts.filter((p) => p.metadata.type === CHART).map((p) => p.metadata.inputs[0].value.chart);

/** Two VMs in `storefront` (one with a critical CPU threshold) and a SQL database in `data`. */
function estate(stack: TerraformStack, props: Partial<MonitoringProps> = {}): void {
  const monitoring = new Monitoring(stack, "monitoring", {
    prefix: "shop",
    azure: { resourceGroupName: "rg-monitoring" },
    ...props,
  });
  monitoring.monitorLinuxVirtualMachine(linuxVm(stack, "web"), {
    group: "storefront",
    percentageCpu: { warning: 80, critical: 95 },
  });
  monitoring.monitorLinuxVirtualMachine(linuxVm(stack, "api"), { group: "storefront" });
  monitoring.monitorMssqlDatabase(AZURE_RESOURCES.mssqlDatabase(stack, "orders") as never, {
    group: "data",
  });
}

describe("Azure portal dashboards", () => {
  it("put a markdown header per service group and a chart per metric of each resource type", () => {
    // GIVEN / WHEN
    const { json, alerts } = synthAzure((stack) => estate(stack));
    // THEN
    const boards = portalDashboards(json);
    expect(Object.keys(boards)).toEqual(["shop"]);
    const board = boards.shop;
    expect(board).toMatchObject({
      resource_group_name: "rg-monitoring",
      location: "westeurope",
      tags: { "hidden-title": "shop" },
    });
    expect(board.keys).toEqual(board.parts.map((_: Part, i: number) => String(i)));
    expect(headers(board.parts)).toEqual(["## data", "## storefront"]);
    // One chart per metric of a resource type: both VMs' CPU, both severities, share one.
    const metrics = new Set(
      Object.values(alerts).map(
        (a) => `${a.criteria[0].metric_namespace} ${a.criteria[0].metric_name}`,
      ),
    );
    expect(charts(board.parts)).toHaveLength(metrics.size);
    expect(board.parts).toHaveLength(metrics.size + 2);
    const cpu = charts(board.parts).find((c) =>
      c.title.startsWith("Linux virtual machine Percentage CPU"),
    );
    expect(cpu).toEqual({
      metrics: ["api", "web"].map((vm) => ({
        resourceMetadata: { id: `\${azurerm_linux_virtual_machine.${vm}.id}` },
        name: "Percentage CPU",
        aggregationType: 4,
        namespace: "Microsoft.Compute/virtualMachines",
        metricVisualization: { displayName: vm },
      })),
      // api has the catalog's warning only; web's critical is its own
      title:
        "Linux virtual machine Percentage CPU (avg) — critical > 95 % (over 5 minutes) for web, warning > 80 % (over 5 minutes)",
      titleKind: 2,
      visualization: { chartType: 2 },
      timespan: { relative: { duration: 6 * 3600 * 1000 } },
    });
    const memory = charts(board.parts).find((c) =>
      c.title.startsWith("Linux virtual machine Available Memory"),
    );
    expect(memory.title).toBe(
      "Linux virtual machine Available Memory Bytes (avg) — warning < 1,000,000,000 bytes (over 5 minutes)",
    );
    const firewall = charts(board.parts).find((c) => c.metrics[0].name === "blocked_by_firewall");
    expect(firewall.metrics).toEqual([
      expect.objectContaining({
        resourceMetadata: { id: "${azurerm_mssql_database.orders.id}" },
        aggregationType: 1,
        namespace: "Microsoft.Sql/servers/databases",
      }),
    ]);
  });

  it('go back to a chart per resource metric with layout: "perResource"', () => {
    const { json } = synthAzure((stack) => estate(stack, { dashboard: { layout: "perResource" } }));
    const cpu = charts(portalDashboards(json).shop.parts).find((c) =>
      c.title.startsWith("web Percentage CPU"),
    );
    expect(cpu.metrics).toEqual([
      expect.objectContaining({
        resourceMetadata: { id: "${azurerm_linux_virtual_machine.web.id}" },
        metricVisualization: { displayName: "Percentage CPU" },
      }),
    ]);
    expect(cpu.title).toBe(
      "web Percentage CPU (avg) — critical > 95 % (over 5 minutes), warning > 80 % (over 5 minutes)",
    );
  });

  it("spread more than topN resources over several charts, since portal charts cannot rank", () => {
    const { json } = synthAzure((stack) => {
      const monitoring = new Monitoring(stack, "monitoring", {
        prefix: "shop",
        azure: { resourceGroupName: "rg-monitoring" },
        dashboard: { topN: 2, metrics: { linuxVirtualMachine: ["Percentage CPU"] } },
      });
      for (const vm of ["vm1", "vm2", "vm10"]) {
        monitoring.monitorLinuxVirtualMachine(linuxVm(stack, vm), { group: "fleet" });
      }
    });
    const cpu = charts(portalDashboards(json).shop.parts);
    expect(cpu.map((c) => c.title.split(" (avg)")[0])).toEqual([
      "Linux virtual machine Percentage CPU (1/2)",
      "Linux virtual machine Percentage CPU (2/2)",
    ]);
    expect(
      cpu.map((c) =>
        c.metrics.map(
          (m: { metricVisualization: { displayName: string } }) =>
            m.metricVisualization.displayName,
        ),
      ),
    ).toEqual([["vm1", "vm2"], ["vm10"]]);
  });

  it("take columns, chart sizes, the metrics to chart and the group order", () => {
    const { json } = synthAzure((stack) =>
      estate(stack, {
        dashboard: {
          columns: 2,
          graphWidth: 8,
          graphHeight: 5,
          groupOrder: ["storefront"],
          metrics: { linuxVirtualMachine: ["Percentage CPU", "Available Memory Bytes"] },
        },
      }),
    );
    const { parts } = portalDashboards(json).shop;
    expect(headers(parts)).toEqual(["## storefront", "## data"]);
    const storefront = (parts as Part[]).slice(1, 3);
    expect(storefront.map((p) => p.metadata.inputs[0].value.chart.title.split(" (")[0])).toEqual([
      "Linux virtual machine Percentage CPU",
      "Linux virtual machine Available Memory Bytes",
    ]);
    expect(storefront.map((p) => p.position)).toEqual([
      { x: 0, y: 1, colSpan: 8, rowSpan: 5 },
      { x: 8, y: 1, colSpan: 8, rowSpan: 5 },
    ]);
    expect(parts[3].position).toEqual({ x: 0, y: 6, colSpan: 16, rowSpan: 1 });
    expect(() =>
      synthAzure((stack) =>
        estate(stack, { dashboard: { metrics: { linuxVirtualMachine: ["CPU"] } } }),
      ),
    ).toThrow(
      /dashboard\.metrics\.linuxVirtualMachine: "CPU" is not alarmed; allowed: .*Percentage CPU/,
    );
  });

  it("lay parts out without overlap: headers across, charts three to a row", () => {
    const { json } = synthAzure((stack) => estate(stack));
    const { parts } = portalDashboards(json).shop;
    const cells = new Set<string>();
    for (const { position: p } of parts as Part[]) {
      for (let x = p.x; x < p.x + p.colSpan; x++) {
        for (let y = p.y; y < p.y + p.rowSpan; y++) {
          expect(cells.has(`${x},${y}`)).toBe(false);
          cells.add(`${x},${y}`);
        }
      }
    }
    const header = (parts as Part[]).find((p) => p.metadata.type === MARKDOWN)!;
    expect(header.position).toEqual({ x: 0, y: 0, colSpan: 18, rowSpan: 1 });
    expect(new Set((parts as Part[]).map((p) => p.position.x))).toEqual(new Set([0, 6, 12]));
  });

  it("take the dashboard option: start, one per group, pages within maxWidgets", () => {
    const perGroup = portalDashboards(
      synthAzure((stack) => estate(stack, { dashboard: { perGroup: true, start: "-P1D" } })).json,
    );
    expect(Object.keys(perGroup).sort()).toEqual(["shop-data", "shop-storefront"]);
    expect(headers(perGroup["shop-data"].parts)).toEqual(["## data"]);
    expect(charts(perGroup["shop-storefront"].parts)[0].timespan).toEqual({
      relative: { duration: 86_400_000 },
    });
    const paged = portalDashboards(
      synthAzure((stack) => estate(stack, { dashboard: { maxWidgets: 5 } })).json,
    );
    const names = Object.keys(paged).sort();
    expect(names[0]).toBe("shop");
    expect(names.slice(1)).toEqual(names.slice(1).map((_, i) => `shop-${i + 2}`));
    for (const board of Object.values(paged)) {
      expect(board.parts.length).toBeLessThanOrEqual(5);
      expect(board.parts[0].metadata.type).toBe(MARKDOWN);
    }
    expect(paged["shop-2"].tags).toEqual({ "hidden-title": "shop-2" });
  });

  it("are none with dashboard: false", () => {
    const { json } = synthAzure((stack) => estate(stack, { dashboard: false }));
    expect(json.resource.azurerm_portal_dashboard).toBeUndefined();
  });

  it("are byte-identical between runs", () => {
    const a = synthAzure((stack) => estate(stack, { dashboard: { maxWidgets: 6 } })).text;
    const b = synthAzure((stack) => estate(stack, { dashboard: { maxWidgets: 6 } })).text;
    expect(a).toBe(b);
    expect(a).toContain("azurerm_portal_dashboard");
  });

  it("warn and make none without azure.resourceGroupName; the alerts stay", () => {
    const { json, alerts, warnings } = synthAzure((stack) => {
      new Monitoring(stack, "monitoring", { prefix: "shop" }).monitorLinuxVirtualMachine(
        linuxVm(stack, "web"),
      );
    });
    expect(json.resource.azurerm_portal_dashboard).toBeUndefined();
    expect(Object.keys(alerts)).not.toHaveLength(0);
    expect(warnings).toContainEqual({
      path: "stack/monitoring",
      message:
        "No Azure portal dashboard for the Azure alerts: set azure.resourceGroupName (the resource group it goes to), or dashboard: false to go without.",
    });
    const quiet = synthAzure((stack) => {
      new Monitoring(stack, "monitoring", {
        prefix: "shop",
        dashboard: false,
      }).monitorLinuxVirtualMachine(linuxVm(stack, "web"));
    });
    expect(quiet.warnings.filter((w) => w.message.includes("portal dashboard"))).toEqual([]);
  });

  it("go to azure.dashboardLocation, else a monitored resource's location", () => {
    const { json } = synthAzure((stack) =>
      estate(stack, {
        azure: { resourceGroupName: "rg-monitoring", dashboardLocation: "northeurope" },
      }),
    );
    expect(portalDashboards(json).shop.location).toBe("northeurope");
    // A SQL database has no location; a VM whose location is a reference gives that reference.
    const referenced = synthAzure((stack) => {
      const monitoring = new Monitoring(stack, "monitoring", {
        prefix: "shop",
        azure: { resourceGroupName: "rg-monitoring" },
      });
      monitoring.monitorMssqlDatabase(AZURE_RESOURCES.mssqlDatabase(stack, "orders") as never);
      const web = linuxVm(stack, "web");
      web.location = AZURE_RESOURCES.keyVault(stack, "vault").getStringAttribute("location");
      monitoring.monitorLinuxVirtualMachine(web);
    });
    expect(portalDashboards(referenced.json).shop.location).toBe(
      "${azurerm_linux_virtual_machine.web.location}",
    );
    const nowhere = synthAzure((stack) => {
      new Monitoring(stack, "monitoring", {
        prefix: "shop",
        azure: { resourceGroupName: "rg-monitoring" },
      }).monitorMssqlDatabase(AZURE_RESOURCES.mssqlDatabase(stack, "orders") as never);
    });
    expect(nowhere.json.resource.azurerm_portal_dashboard).toBeUndefined();
    expect(nowhere.warnings.map((w) => w.message)).toContainEqual(
      expect.stringContaining("set azure.dashboardLocation"),
    );
  });

  it("replace characters a dashboard name cannot hold and keep the readable one as title", () => {
    const { json } = synthAzure((stack) =>
      estate(stack, { prefix: "shop.prod", dashboard: { perGroup: true } }),
    );
    const boards = portalDashboards(json);
    expect(Object.keys(boards).sort()).toEqual(["shop-prod-data", "shop-prod-storefront"]);
    expect(boards["shop-prod-data"].tags).toEqual({ "hidden-title": "shop.prod-data" });
  });

  it("rejects a dashboardLocation that is no location name", () => {
    expect(() =>
      synthAzure((stack) =>
        estate(stack, { azure: { resourceGroupName: "rg", dashboardLocation: "west/europe" } }),
      ),
    ).toThrow(/azure\.dashboardLocation.*allowed: an Azure location name/s);
  });

  it("belong to their cloud: AWS-only apps get none, Azure-only apps no CloudWatch dashboard", () => {
    const aws = synth((stack) => {
      new Monitoring(stack, "monitoring", { prefix: "shop" }).monitorEc2Instance(
        new Instance(stack, "web", { ami, instanceType: "t3.micro" }),
      );
    });
    expect(aws.json.resource.aws_cloudwatch_dashboard).toBeDefined();
    expect(aws.json.resource.azurerm_portal_dashboard).toBeUndefined();
    const azure = synthAzure((stack) => estate(stack));
    expect(azure.json.resource.azurerm_portal_dashboard).toBeDefined();
    expect(azure.json.resource.aws_cloudwatch_dashboard).toBeUndefined();
    const both = synthAzure((stack) => {
      new AwsProvider(stack, "aws", { region: "eu-west-1" });
      estate(stack);
      (stack.node.findChild("monitoring") as Monitoring).monitorEc2Instance(
        new Instance(stack, "legacy", { ami, instanceType: "t3.micro" }),
      );
    });
    expect(Object.keys(both.json.resource.azurerm_portal_dashboard)).toHaveLength(1);
    expect(Object.keys(both.json.resource.aws_cloudwatch_dashboard)).toHaveLength(1);
  });
});

describe("durationMs", () => {
  it.each([
    ["-PT6H", 21_600_000],
    ["-PT30M", 1_800_000],
    ["-P1D", 86_400_000],
    ["-P1W", 604_800_000],
    ["-P1DT12H", 129_600_000],
  ])("%s is %d ms", (iso, ms) => {
    expect(durationMs(iso)).toBe(ms);
  });
});

describe("Azure portal charts of dynamic-threshold alerts", () => {
  it("say in the title that the threshold is learned, with its sensitivity and failing periods", () => {
    // GIVEN / WHEN
    const { json, alerts } = synthAzure((stack) => {
      const monitoring = new Monitoring(stack, "monitoring", {
        prefix: "shop",
        azure: { resourceGroupName: "rg-monitoring" },
      });
      monitoring.monitorLinuxVirtualMachine(linuxVm(stack, "web"), {
        percentageCpu: {
          anomalyDetection: {
            critical: "Low",
            warning: "High",
            ignoreDataBefore: "2026-12-01T00:00:00Z",
          },
          evaluationPeriods: 4,
          datapointsToAlarm: 3,
        },
        availableMemoryBytes: { anomalyDetection: { warning: "Medium" } },
      });
    });
    // THEN
    const titles = charts(portalDashboards(json).shop.parts).map((c) => c.title as string);
    expect(titles).toContain(
      "Linux virtual machine Percentage CPU (avg) — critical dynamic: above a learned threshold, Low sensitivity, " +
        "3 of 4 periods failing, learned since 2026-12-01T00:00:00Z, warning dynamic: above a " +
        "learned threshold, High sensitivity, 3 of 4 periods failing, learned since 2026-12-01T00:00:00Z",
    );
    expect(titles).toContain(
      "Linux virtual machine Available Memory Bytes (avg) — warning dynamic: below a learned threshold, Medium " +
        "sensitivity, 4 of 4 periods failing",
    );
    // What the title says is what the alert does.
    expect(alerts["shop-web-percentage-cpu-critical"].dynamic_criteria).toMatchObject({
      operator: "GreaterThan",
      alert_sensitivity: "Low",
      evaluation_failure_count: 3,
      evaluation_total_count: 4,
      ignore_data_before: "2026-12-01T00:00:00Z",
    });
    expect(alerts["shop-web-available-memory-bytes-warning"].dynamic_criteria).toMatchObject({
      operator: "LessThan",
      alert_sensitivity: "Medium",
      evaluation_failure_count: 4,
      evaluation_total_count: 4,
    });
    // No static number appears for them.
    expect(
      titles.filter((t) => t.startsWith("Linux virtual machine Percentage CPU"))[0],
    ).not.toMatch(/[<>]/);
  });
});
