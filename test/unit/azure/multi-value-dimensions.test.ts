import type { KubernetesCluster } from "@cdktf/provider-azurerm/lib/kubernetes-cluster";
import { describe, expect, it } from "vitest";
import { Monitoring } from "../../../lib";
import { AZURE_RESOURCES, azureError, synthAzure } from "./azure-helpers";

function monitorAks(options: Parameters<Monitoring["monitorKubernetesCluster"]>[1] = {}) {
  return synthAzure((stack) => {
    const aks = AZURE_RESOURCES.kubernetesCluster(stack, "aks") as KubernetesCluster;
    new Monitoring(stack, "monitoring", {
      prefix: "shop",
      azure: { resourceGroupName: "rg-monitoring" },
    }).monitorKubernetesCluster(aks, options);
  });
}

/** The `filterCollection` of the chart titled `title` on the dashboard. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function chartFilters(json: any, title: string): unknown {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const [dashboard] = Object.values(json.resource.azurerm_portal_dashboard) as any[];
  const parts = Object.values(JSON.parse(dashboard.dashboard_properties).lenses["0"].parts);
  const chart = parts
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    .map((p: any) => p.metadata.inputs?.[0]?.value?.chart)
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    .find((c: any) => c?.title.startsWith(title));
  if (!chart) throw new Error(`no chart titled ${title}`);
  return chart.filterCollection;
}

describe("Azure dimension filters with several values", () => {
  it("alerts on AKS nodes that are NotReady or Unknown with one Include filter of both values", () => {
    const { alerts, json } = monitorAks();
    expect(alerts["shop-aks-node-not-ready-warning"].criteria).toEqual([
      {
        metric_namespace: "Microsoft.ContainerService/managedClusters",
        metric_name: "kube_node_status_condition",
        aggregation: "Total",
        operator: "GreaterThan",
        threshold: 0,
        dimension: [{ name: "status2", operator: "Include", values: ["NotReady", "Unknown"] }],
      },
    ]);
    // The portal chart of that metric filters on the same two values.
    expect(chartFilters(json, "AKS cluster kube_node_status_condition")).toEqual({
      filters: [{ key: "status2", operator: 0, values: ["NotReady", "Unknown"] }],
    });
  });

  it("charts clusters whose alerts filter differently apart, each chart with its filter", () => {
    const { json } = synthAzure((stack) => {
      const monitoring = new Monitoring(stack, "monitoring", {
        prefix: "shop",
        azure: { resourceGroupName: "rg-monitoring" },
      });
      for (const name of ["blue", "green"]) {
        monitoring.monitorKubernetesCluster(
          AZURE_RESOURCES.kubernetesCluster(stack, name) as KubernetesCluster,
          name === "green" ? { nodeNotReady: { dimensions: { status2: "NotReady" } } } : {},
        );
      }
    });
    expect(
      chartFilters(json, "AKS cluster kube_node_status_condition [status2=NotReady/Unknown]"),
    ).toEqual({ filters: [{ key: "status2", operator: 0, values: ["NotReady", "Unknown"] }] });
    expect(chartFilters(json, "AKS cluster kube_node_status_condition [status2=NotReady]")).toEqual(
      { filters: [{ key: "status2", operator: 0, values: ["NotReady"] }] },
    );
  });

  it("takes the user's values, replacing the catalog's fixed value and adding new dimensions", () => {
    const { alerts } = monitorAks({
      failedPods: { dimensions: { phase: ["Failed", "Unknown"], namespace: "checkout" } },
      nodeNotReady: { dimensions: { status2: "NotReady" } },
    });
    expect(alerts["shop-aks-failed-pods-warning"].criteria[0].dimension).toEqual([
      { name: "phase", operator: "Include", values: ["Failed", "Unknown"] },
      { name: "namespace", operator: "Include", values: ["checkout"] },
    ]);
    expect(alerts["shop-aks-node-not-ready-warning"].criteria[0].dimension).toEqual([
      { name: "status2", operator: "Include", values: ["NotReady"] },
    ]);
  });

  it("puts the values into dynamic criteria too", () => {
    const { alerts } = monitorAks({
      failedPods: {
        anomalyDetection: { warning: "Low" },
        dimensions: { phase: ["Failed", "Unknown"] },
      },
    });
    expect(alerts["shop-aks-failed-pods-warning"].dynamic_criteria.dimension).toEqual([
      { name: "phase", operator: "Include", values: ["Failed", "Unknown"] },
    ]);
  });

  it("rejects an empty list or an empty value, naming the option", () => {
    const error = azureError((stack) => {
      const aks = AZURE_RESOURCES.kubernetesCluster(stack, "aks") as KubernetesCluster;
      new Monitoring(stack, "monitoring", { prefix: "shop" }).monitorKubernetesCluster(aks, {
        failedPods: { dimensions: { phase: [], namespace: "" } },
      });
    });
    expect(error.message).toContain("stack/aks in monitorKubernetesCluster()");
    expect(error.problems).toEqual([
      {
        option: "failedPods.dimensions.phase",
        message: "[] is not allowed; allowed: a non-empty string or a non-empty list of them",
      },
      {
        option: "failedPods.dimensions.namespace",
        message: '"" is not allowed; allowed: a non-empty string or a non-empty list of them',
      },
    ]);
  });
});
