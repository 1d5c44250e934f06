import type { ApplicationGateway } from "@cdktf/provider-azurerm/lib/application-gateway";
import type { KubernetesCluster } from "@cdktf/provider-azurerm/lib/kubernetes-cluster";
import type { TerraformStack } from "cdktf";
import { describe, expect, it } from "vitest";
import { Monitoring } from "../../../lib";
import { AZURE_RESOURCES, azureError, synthAzure } from "./azure-helpers";

const cluster = (stack: TerraformStack) =>
  AZURE_RESOURCES.kubernetesCluster(stack, "aks") as KubernetesCluster;
const gateway = (stack: TerraformStack) =>
  AZURE_RESOURCES.applicationGateway(stack, "agw") as ApplicationGateway;

describe("monitorKubernetesCluster", () => {
  it("filters the failed-pods alert to the Failed phase", () => {
    // GIVEN / WHEN
    const { alerts } = synthAzure((stack) => {
      new Monitoring(stack, "monitoring", { prefix: "shop" }).monitorKubernetesCluster(
        cluster(stack),
      );
    });
    // THEN
    expect(alerts["shop-aks-failed-pods-warning"].criteria).toEqual([
      {
        metric_namespace: "Microsoft.ContainerService/managedClusters",
        metric_name: "kube_pod_status_phase",
        aggregation: "Average",
        operator: "GreaterThan",
        threshold: 0,
        dimension: [{ name: "phase", operator: "Include", values: ["Failed"] }],
      },
    ]);
    expect(alerts["shop-aks-unschedulable-pods-warning"]).toBeUndefined();
  });

  it("creates the autoscaler alerts when asked, and holds them to the PT5M time grain", () => {
    // GIVEN / WHEN
    const { alerts } = synthAzure((stack) => {
      new Monitoring(stack, "monitoring", { prefix: "shop" }).monitorKubernetesCluster(
        cluster(stack),
        {
          unschedulablePods: {},
        },
      );
    });
    // THEN
    expect(alerts["shop-aks-unschedulable-pods-warning"]).toMatchObject({
      window_size: "PT5M",
      frequency: "PT1M",
      criteria: [{ metric_name: "cluster_autoscaler_unschedulable_pods_count", threshold: 0 }],
    });
    const error = azureError((stack) => {
      new Monitoring(stack, "monitoring", { prefix: "shop" }).monitorKubernetesCluster(
        cluster(stack),
        {
          unschedulablePods: { period: 60 },
        },
      );
    });
    expect(error.problems.map((p) => p.option)).toEqual(["unschedulablePods.period"]);
  });
});

describe("monitorApplicationGateway", () => {
  it("filters the gateway and backend 5xx alerts to HttpStatusGroup 5xx", () => {
    // GIVEN / WHEN
    const { alerts } = synthAzure((stack) => {
      new Monitoring(stack, "monitoring", { prefix: "shop" }).monitorApplicationGateway(
        gateway(stack),
      );
    });
    // THEN
    const filter = [{ name: "HttpStatusGroup", operator: "Include", values: ["5xx"] }];
    expect(alerts["shop-agw-http5xx-critical"]).toMatchObject({
      severity: 0,
      criteria: [{ metric_name: "ResponseStatus", aggregation: "Total", dimension: filter }],
    });
    expect(alerts["shop-agw-backend-http5xx-warning"]).toMatchObject({
      severity: 2,
      criteria: [{ metric_name: "BackendResponseStatus", aggregation: "Total", dimension: filter }],
    });
  });

  it("takes Maximum for the total time, which the metric has, and no other aggregation", () => {
    // GIVEN / WHEN
    const { alerts } = synthAzure((stack) => {
      new Monitoring(stack, "monitoring", { prefix: "shop" }).monitorApplicationGateway(
        gateway(stack),
        {
          applicationGatewayTotalTime: { statistic: "Maximum" },
        },
      );
    });
    // THEN
    expect(alerts["shop-agw-application-gateway-total-time-warning"].criteria[0].aggregation).toBe(
      "Maximum",
    );
    const error = azureError((stack) => {
      new Monitoring(stack, "monitoring", { prefix: "shop" }).monitorApplicationGateway(
        gateway(stack),
        {
          backendFirstByteResponseTime: { statistic: "Total" },
        },
      );
    });
    expect(error.problems).toEqual([
      {
        option: "backendFirstByteResponseTime.statistic",
        message:
          '"Total" is not an aggregation of BackendFirstByteResponseTime; allowed: Average, Maximum',
      },
    ]);
  });
});
