/**
 * What Microsoft's "Supported metrics with Azure Monitor" reference says of the metrics the
 * Azure defaults use: the aggregations an alert may apply and the finest time grain, per
 * namespace. Read from `MicrosoftDocs/azure-monitor-docs`,
 * `articles/azure-monitor/reference/supported-metrics/microsoft-<namespace>-metrics.md`
 * (live: https://learn.microsoft.com/azure/azure-monitor/reference/supported-metrics/), at the
 * `ms.date` given per namespace.
 *
 * The reference's "Aggregation" column is "the default aggregation type". Where it lists several,
 * they are the ones an alert may use; where it lists one (VM, Key Vault, Load Balancer, App Service
 * plan, Redis pages and some Service Bus and Application Gateway metrics), that
 * one is only the default, so `aggregations` is left out and any of Azure's five is accepted.
 */
export interface SupportedMetric {
  /**
   * Aggregations an alert on the metric may use.
   *
   * @default - not listed: any of Average, Count, Minimum, Maximum, Total
   */
  readonly aggregations?: readonly string[];
  /** The finest time grain, in seconds: an alert window must be at least this long. */
  readonly timeGrain: number;
}

const MINUTE = 60;
const FIVE_MINUTES = 300;
const HOUR = 3600;
const GAUGE = ["Average", "Minimum", "Maximum"];
const COUNTER = ["Total", "Count"];
/** AKS node metrics and Application Gateway timings. */
const AVERAGE_MAXIMUM = ["Average", "Maximum"];
/** AKS kube-state and cluster-autoscaler metrics. */
const TOTAL_AVERAGE = ["Total", "Average"];

/** Supported metrics by namespace, then metric name; each namespace with its reference date. */
export const SUPPORTED_METRICS: Readonly<
  Record<
    string,
    { readonly date: string; readonly metrics: Readonly<Record<string, SupportedMetric>> }
  >
> = {
  "Microsoft.Compute/virtualMachines": {
    date: "2026-07-31",
    metrics: {
      "Percentage CPU": { timeGrain: MINUTE },
      "Available Memory Bytes": { timeGrain: MINUTE },
      "OS Disk IOPS Consumed Percentage": { timeGrain: MINUTE },
      "Data Disk IOPS Consumed Percentage": { timeGrain: MINUTE },
      "OS Disk Bandwidth Consumed Percentage": { timeGrain: MINUTE },
      "Data Disk Bandwidth Consumed Percentage": { timeGrain: MINUTE },
      VmAvailabilityMetric: { aggregations: GAUGE, timeGrain: MINUTE },
      "Network In Total": { timeGrain: MINUTE },
      "Network Out Total": { timeGrain: MINUTE },
    },
  },
  "Microsoft.KeyVault/vaults": {
    date: "2026-07-13",
    metrics: {
      Availability: { timeGrain: MINUTE },
      SaturationShoebox: { timeGrain: MINUTE },
      ServiceApiLatency: { timeGrain: MINUTE },
    },
  },
  "Microsoft.Storage/storageAccounts": {
    date: "2025-04-16",
    metrics: {
      Availability: { aggregations: GAUGE, timeGrain: MINUTE },
      UsedCapacity: { timeGrain: HOUR },
      SuccessE2ELatency: { aggregations: GAUGE, timeGrain: MINUTE },
      SuccessServerLatency: { aggregations: GAUGE, timeGrain: MINUTE },
    },
  },
  "Microsoft.Network/loadBalancers": {
    date: "2025-04-16",
    metrics: {
      VipAvailability: { timeGrain: MINUTE },
      DipAvailability: { timeGrain: MINUTE },
      UsedSnatPorts: { timeGrain: MINUTE },
      SnatConnectionCount: { timeGrain: MINUTE },
    },
  },
  "Microsoft.DocumentDB/databaseAccounts": {
    date: "2026-07-13",
    metrics: {
      ServiceAvailability: { aggregations: GAUGE, timeGrain: HOUR },
      NormalizedRUConsumption: { aggregations: ["Maximum", "Average"], timeGrain: MINUTE },
      ServerSideLatency: { aggregations: [...GAUGE, "Total"], timeGrain: MINUTE },
      ReplicationLatency: { aggregations: GAUGE, timeGrain: MINUTE },
      RegionFailover: { aggregations: ["Count"], timeGrain: FIVE_MINUTES },
      UpdateAccountKeys: { aggregations: ["Count"], timeGrain: FIVE_MINUTES },
    },
  },
  "Microsoft.DBforPostgreSQL/flexibleServers": {
    date: "2025-04-16",
    metrics: {
      cpu_percent: { aggregations: GAUGE, timeGrain: MINUTE },
      memory_percent: { aggregations: GAUGE, timeGrain: MINUTE },
      storage_percent: { aggregations: GAUGE, timeGrain: MINUTE },
      disk_iops_consumed_percentage: { aggregations: GAUGE, timeGrain: MINUTE },
      active_connections: { aggregations: GAUGE, timeGrain: MINUTE },
      connections_failed: { aggregations: ["Total"], timeGrain: MINUTE },
      deadlocks: { aggregations: ["Total"], timeGrain: MINUTE },
      is_db_alive: { aggregations: GAUGE, timeGrain: MINUTE },
      storage_free: { aggregations: GAUGE, timeGrain: MINUTE },
    },
  },
  "Microsoft.Web/serverFarms": {
    date: "2026-07-13",
    metrics: {
      CpuPercentage: { timeGrain: MINUTE },
      MemoryPercentage: { timeGrain: MINUTE },
      HttpQueueLength: { timeGrain: MINUTE },
      DiskQueueLength: { timeGrain: MINUTE },
    },
  },
  "Microsoft.Web/sites": {
    date: "2026-07-31",
    metrics: {
      Http5xx: { timeGrain: MINUTE },
      HttpResponseTime: { timeGrain: MINUTE },
      RequestsInApplicationQueue: { timeGrain: MINUTE },
      HealthCheckStatus: { timeGrain: FIVE_MINUTES },
      MemoryWorkingSet: { timeGrain: MINUTE },
      Http401: { timeGrain: MINUTE },
      FileSystemUsage: { timeGrain: 6 * HOUR },
      FunctionExecutionCount: { timeGrain: MINUTE },
      FunctionExecutionUnits: { timeGrain: MINUTE },
    },
  },
  "Microsoft.Compute/virtualMachineScaleSets": {
    date: "2024-02-19",
    metrics: {
      "Percentage CPU": { timeGrain: MINUTE },
      "Available Memory Bytes": { timeGrain: MINUTE },
      VmAvailabilityMetric: { aggregations: GAUGE, timeGrain: MINUTE },
      "OS Disk IOPS Consumed Percentage": { timeGrain: MINUTE },
      "Data Disk IOPS Consumed Percentage": { timeGrain: MINUTE },
    },
  },
  "Microsoft.ContainerService/managedClusters": {
    date: "2026-07-31",
    metrics: {
      node_cpu_usage_percentage: { aggregations: AVERAGE_MAXIMUM, timeGrain: MINUTE },
      node_memory_rss_percentage: { aggregations: AVERAGE_MAXIMUM, timeGrain: MINUTE },
      node_disk_usage_percentage: { aggregations: AVERAGE_MAXIMUM, timeGrain: MINUTE },
      kube_pod_status_phase: { aggregations: TOTAL_AVERAGE, timeGrain: MINUTE },
      kube_node_status_condition: { aggregations: TOTAL_AVERAGE, timeGrain: MINUTE },
      kube_node_status_allocatable_memory_bytes: {
        aggregations: TOTAL_AVERAGE,
        timeGrain: MINUTE,
      },
      kube_node_status_allocatable_cpu_cores: {
        aggregations: TOTAL_AVERAGE,
        timeGrain: MINUTE,
      },
      cluster_autoscaler_unschedulable_pods_count: {
        aggregations: TOTAL_AVERAGE,
        timeGrain: FIVE_MINUTES,
      },
      cluster_autoscaler_cluster_safe_to_autoscale: {
        aggregations: TOTAL_AVERAGE,
        timeGrain: FIVE_MINUTES,
      },
    },
  },
  "Microsoft.Network/applicationGateways": {
    date: "2026-07-13",
    metrics: {
      UnhealthyHostCount: { timeGrain: MINUTE },
      HealthyHostCount: { timeGrain: MINUTE },
      ResponseStatus: { timeGrain: MINUTE },
      BackendResponseStatus: { timeGrain: MINUTE },
      FailedRequests: { timeGrain: MINUTE },
      ApplicationGatewayTotalTime: { aggregations: AVERAGE_MAXIMUM, timeGrain: MINUTE },
      BackendFirstByteResponseTime: { aggregations: AVERAGE_MAXIMUM, timeGrain: MINUTE },
      CpuUtilization: { timeGrain: MINUTE },
      CapacityUnits: { timeGrain: MINUTE },
      ComputeUnits: { timeGrain: MINUTE },
    },
  },
  "Microsoft.ServiceBus/namespaces": {
    date: "2026-07-13",
    metrics: {
      DeadletteredMessages: { aggregations: GAUGE, timeGrain: MINUTE },
      ActiveMessages: { aggregations: GAUGE, timeGrain: MINUTE },
      ServerErrors: { timeGrain: MINUTE },
      ThrottledRequests: { timeGrain: MINUTE },
      ServerSendLatency: { timeGrain: MINUTE },
      NamespaceCpuUsage: { timeGrain: MINUTE },
      NamespaceMemoryUsage: { timeGrain: MINUTE },
    },
  },
  "Microsoft.Cache/Redis": {
    date: "2026-06-22",
    metrics: {
      usedmemorypercentage: { timeGrain: MINUTE },
      serverLoad: { timeGrain: MINUTE },
      percentProcessorTime: { timeGrain: MINUTE },
      errors: { timeGrain: MINUTE },
      cacheLatency: { timeGrain: MINUTE },
      connectedclients: { timeGrain: MINUTE },
    },
  },
  "Microsoft.Sql/servers/databases": {
    date: "2025-04-16",
    metrics: {
      cpu_percent: { aggregations: GAUGE, timeGrain: MINUTE },
      dtu_consumption_percent: { aggregations: GAUGE, timeGrain: MINUTE },
      log_write_percent: { aggregations: GAUGE, timeGrain: MINUTE },
      storage_percent: { aggregations: GAUGE, timeGrain: MINUTE },
      deadlock: { aggregations: COUNTER, timeGrain: MINUTE },
      connection_failed: { aggregations: COUNTER, timeGrain: MINUTE },
      blocked_by_firewall: { aggregations: COUNTER, timeGrain: MINUTE },
    },
  },
};

/** The reference entry of a metric; an error when a default names a metric it does not list. */
export function supportedMetric(namespace: string, metricName: string): SupportedMetric {
  const metric = SUPPORTED_METRICS[namespace]?.metrics[metricName];
  if (!metric) {
    throw new Error(
      `${namespace} ${metricName} is not in the supported-metrics data (lib/catalog/azure/supported-metrics.ts)`,
    );
  }
  return metric;
}
