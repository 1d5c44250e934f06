import { describe, expect, it } from "vitest";
import { Monitoring } from "../../../lib";
import { computeCoverage } from "../../../lib/review/coverage";
import { reviewPlans } from "../../../lib/review/review-plans";
import { parsePlan } from "../../../lib/review/plan-parser";
import type { JsonValue } from "../../../lib/review/plan-types";
import { AZURE_UPDATE_PLAN } from "../../fixtures/review/azure-plan";
import { AZURE_RESOURCES, linuxVm, synthAzure } from "../azure/azure-helpers";

const review = reviewPlans([
  {
    name: "azure",
    source: "azure.json",
    plan: parsePlan(JSON.stringify(AZURE_UPDATE_PLAN), "azure.json"),
  },
]);
const flags = (code: string) => review.flags.filter((f) => f.code === code);

describe("review of Azure Monitor metric alerts", () => {
  it("flags the loosened, disabled and removed alerts, and the VM left unwatched", () => {
    expect(review.flags.map((f) => [f.code, f.address])).toEqual([
      ["ALARM_DISABLED", "azurerm_monitor_metric_alert.web_memory"],
      ["COVERAGE_LOSS", "azurerm_linux_virtual_machine.db"],
      ["THRESHOLD_LOOSENED", "azurerm_monitor_metric_alert.web_cpu"],
      ["THRESHOLD_LOOSENED", "azurerm_monitor_metric_alert.web_network"],
    ]);
  });

  it("names each way a static alert alerts less: threshold, window, frequency, severity", () => {
    const [cpu] = flags("THRESHOLD_LOOSENED");
    expect(cpu!.message.split("; ")).toEqual([
      "threshold 80 → 95 with GreaterThanThreshold alerts only higher",
      "window_size 5 min → 15 min averages a spike away over a longer window",
      "frequency 1 min → 5 min evaluates less often, so it alerts later",
      "severity 0 → 2 ranks it less urgent",
    ]);
  });

  it("names a dynamic threshold's lower sensitivity", () => {
    const network = flags("THRESHOLD_LOOSENED")[1]!;
    expect(network.message).toBe("alert_sensitivity High → Low alerts only on larger deviations");
  });

  it("reports each criterion change field by field, in the alert's service group", () => {
    const cpu = review.groups
      .flatMap((group) => group.changes)
      .find((c) => c.address === "azurerm_monitor_metric_alert.web_cpu")!;
    expect(cpu.group).toBe("storefront");
    expect(cpu.fields).toEqual(
      expect.arrayContaining([
        { field: "criteria.threshold", before: { value: 80 }, after: { value: 95 } },
        { field: "window_size", before: { value: "PT5M" }, after: { value: "PT15M" } },
        { field: "frequency", before: { value: "PT1M" }, after: { value: "PT5M" } },
        { field: "severity", before: { value: 0 }, after: { value: 2 } },
      ]),
    );
  });
});

describe("coverage of Azure resources", () => {
  it("counts an azurerm resource as covered when an alert's scopes refer to it", () => {
    const { json } = synthAzure((stack) => {
      const monitoring = new Monitoring(stack, "monitoring", { prefix: "shop" });
      monitoring.monitorLinuxVirtualMachine(linuxVm(stack, "web"));
      AZURE_RESOURCES.keyVault(stack, "vault");
    });
    const report = computeCoverage(new Map([["azure", json]]));
    expect(report.byType).toEqual([
      { name: "azurerm_key_vault", total: 1, covered: 0 },
      { name: "azurerm_linux_virtual_machine", total: 1, covered: 1 },
    ]);
  });
});

describe("review of Azure portal dashboards", () => {
  /** The synthesized portal dashboard of a facade watching web (and db unless left out). */
  const dashboardOf = (
    cpuWarning: number,
    withDb: boolean,
    layout: "perMetric" | "perResource" = "perResource",
  ) => {
    const { json } = synthAzure((stack) => {
      const monitoring = new Monitoring(stack, "monitoring", {
        prefix: "shop",
        azure: { resourceGroupName: "rg-monitoring" },
        dashboard: { layout },
      });
      monitoring.monitorLinuxVirtualMachine(linuxVm(stack, "web"), {
        percentageCpu: { warning: cpuWarning },
      });
      if (withDb) monitoring.monitorLinuxVirtualMachine(linuxVm(stack, "db"));
    });
    const [attributes] = Object.values(json.resource.azurerm_portal_dashboard) as {
      [key: string]: JsonValue;
    }[];
    return attributes;
  };
  const plan = (before: unknown, after: unknown) =>
    reviewPlans([
      {
        name: "azure",
        source: "azure.json",
        plan: parsePlan(
          JSON.stringify({
            format_version: "1.2",
            resource_changes: [
              {
                address: "azurerm_portal_dashboard.main",
                mode: "managed",
                type: "azurerm_portal_dashboard",
                name: "main",
                provider_name: "registry.terraform.io/hashicorp/azurerm",
                change: {
                  actions: before === null ? ["create"] : ["update"],
                  before,
                  after,
                  after_unknown: {},
                },
              },
            ],
          }),
          "azure.json",
        ),
      },
    ]);

  it("shows a change as parts added, removed and changed, never as escaped JSON", () => {
    const review = plan(dashboardOf(80, true), dashboardOf(70, false));
    const [change] = review.groups.flatMap((g) => g.changes);
    expect(change).toMatchObject({ kind: "dashboard", name: "shop", fields: [] });
    expect(change.widgets?.changed).toEqual(['chart "web Percentage CPU (avg)"']);
    expect(change.widgets?.removed).toEqual(
      expect.arrayContaining(['chart "db Percentage CPU (avg)"']),
    );
    expect(change.widgets?.added).toEqual([]);
  });

  it("shows a threshold change on the default layout's shared chart as that chart changed", () => {
    const review = plan(dashboardOf(80, false, "perMetric"), dashboardOf(70, false, "perMetric"));
    const [change] = review.groups.flatMap((g) => g.changes);
    expect(change.widgets).toEqual({
      added: [],
      removed: [],
      changed: ['chart "Linux virtual machine Percentage CPU (avg)"'],
    });
  });

  it("lists an added dashboard with its resource group and location", () => {
    const review = plan(null, dashboardOf(80, false));
    const [change] = review.groups.flatMap((g) => g.changes);
    expect(change).toMatchObject({ action: "add", name: "shop" });
    expect(change.fields).toEqual([
      { field: "resource_group_name", after: { value: "rg-monitoring" } },
      { field: "location", after: { value: "westeurope" } },
    ]);
    expect(change.widgets?.added).toContain('markdown "default"');
  });
});
