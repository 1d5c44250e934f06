import type { KubernetesCluster } from "@cdktf/provider-azurerm/lib/kubernetes-cluster";
import { KUBERNETES_CLUSTER_ALARMS } from "../catalog/azure/kubernetes-cluster";
import type { AlarmOptions, ResourceMonitoringOptions } from "../core/alarm-options";
import { azureMonitor } from "./azure-monitor";
import type { AzureServiceDefinition } from "./azure-service-definition";

/**
 * Options of `monitorKubernetesCluster()`: each alert option takes
 * `{ warning?, critical?, period?, frequency?, statistic?, description? }` or `false`; defaults
 * and their sources are in `lib/catalog/azure/kubernetes-cluster.ts`.
 */
export interface KubernetesClusterMonitoringOptions extends ResourceMonitoringOptions {
  /**
   * Average `node_cpu_usage_percentage`. The cluster's nodes are above 95 % CPU; pods are throttled.
   *
   * @default - warning > 95, window PT5M, every PT5M
   */
  readonly nodeCpuUsagePercentage?: AlarmOptions | false;
  /**
   * Average `node_memory_rss_percentage`. Containers use more than 90 % of the nodes' memory (RSS); pods may be evicted.
   *
   * @default - warning > 90, window PT5M, every PT1M
   */
  readonly nodeMemoryRssPercentage?: AlarmOptions | false;
  /**
   * Average `node_disk_usage_percentage`. The nodes' disks are more than 80 % full.
   *
   * @default - warning > 80, window PT5M, every PT1M
   */
  readonly nodeDiskUsagePercentage?: AlarmOptions | false;
  /**
   * Average `kube_pod_status_phase` with phase=Failed. Pods of the cluster are in the Failed phase.
   *
   * @default - warning > 0 pods, window PT5M, every PT1M
   */
  readonly failedPods?: AlarmOptions | false;
  /**
   * Total `kube_node_status_condition` with status2=NotReady or Unknown (one filter, two
   * values). Nodes of the cluster are not ready or have stopped reporting their status.
   *
   * @default - warning > 0 nodes, window PT5M, every PT1M
   */
  readonly nodeNotReady?: AlarmOptions | false;
  /**
   * Average `cluster_autoscaler_unschedulable_pods_count`. The cluster autoscaler has pods it cannot schedule.
   *
   * @default - off; when enabled: warning > 0 pods, window PT5M, every PT1M
   */
  readonly unschedulablePods?: AlarmOptions | false;
  /**
   * Average `cluster_autoscaler_cluster_safe_to_autoscale`. The cluster autoscaler considers the cluster unhealthy and does not scale it.
   *
   * @default - off; when enabled: warning < 1, window PT5M, every PT1M
   */
  readonly clusterSafeToAutoscale?: AlarmOptions | false;
  /**
   * Average `kube_node_status_allocatable_memory_bytes`. The cluster's nodes offer pods less than 2 GiB of memory in total.
   *
   * @default - off; when enabled: warning < 2,147,483,648 bytes, window PT5M, every PT1M
   */
  readonly allocatableMemoryBytes?: AlarmOptions | false;
  /**
   * Average `kube_node_status_allocatable_cpu_cores`. The cluster's nodes offer pods fewer than 2 CPU cores in total.
   *
   * @default - off; when enabled: warning < 2 cores, window PT5M, every PT1M
   */
  readonly allocatableCpuCores?: AlarmOptions | false;
}

/** AKS clusters (`azurerm_kubernetes_cluster`), alerts scoped to the cluster. */
export const kubernetesClusterService: AzureServiceDefinition<
  KubernetesCluster,
  KubernetesClusterMonitoringOptions
> = {
  id: "kubernetesCluster",
  title: "AKS cluster",
  terraformResourceType: "azurerm_kubernetes_cluster",
  cloud: azureMonitor,
  alarms: KUBERNETES_CLUSTER_ALARMS,
  dimensions: () => ({}),
};
