import type { AlarmDefault } from "../alarm-default";
import { ambaAlerts } from "./amba-alert";

/**
 * Default alerts for an App Service plan (`Microsoft.Web/serverFarms`, scoped to the plan). AMBA has
 * only unverified rows here; taken: CPU, memory and the HTTP and disk queues; left out: socket and TCP
 * connection counts (their normal level is the apps'), and the traffic rows (dynamic or absolute).
 */
export const SERVICE_PLAN_ALARMS: readonly AlarmDefault[] = ambaAlerts("Web/serverFarms", [
  {
    key: "cpuPercentage",
    metricName: "CpuPercentage",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 90 },
    period: 300,
    frequency: 60,
    unit: "%",
    description: "The plan's instances use most of their CPU; apps slow down.",
    enabledByDefault: true,
    note: "AMBA unverified (93,652 rules): Average > 90 over PT5M every PT1M, severity 3 (warning).",
  },
  {
    key: "memoryPercentage",
    metricName: "MemoryPercentage",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 90 },
    period: 300,
    frequency: 60,
    unit: "%",
    description: "The plan's instances use most of their memory.",
    enabledByDefault: true,
    note: "AMBA unverified (74,727 rules): Average > 90 over PT5M every PT1M, severity 3 (warning).",
  },
  {
    key: "httpQueueLength",
    metricName: "HttpQueueLength",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 100 },
    period: 300,
    frequency: 60,
    unit: "requests",
    description: "HTTP requests queue up in the plan's queue.",
    enabledByDefault: true,
    note: "AMBA unverified (9,427 rules): Average > 100 over PT5M every PT1M, severity 3 (warning).",
  },
  {
    key: "diskQueueLength",
    metricName: "DiskQueueLength",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 100 },
    period: 300,
    frequency: 60,
    unit: "operations",
    description: "Disk operations queue up on the plan's instances.",
    enabledByDefault: true,
    note: "AMBA unverified (4,971 rules): Average > 100 over PT5M every PT1M, severity 3 (warning).",
  },
]);
