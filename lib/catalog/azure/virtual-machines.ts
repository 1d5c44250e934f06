import type { AlarmDefault } from "../alarm-default";
import { ambaSource } from "./sources";

const NAMESPACE = "Microsoft.Compute/virtualMachines";

/** One AMBA-verified metric alert on a virtual machine, evaluated once per window. */
function vmAlert(
  entry: Omit<
    AlarmDefault,
    "namespace" | "evaluationPeriods" | "datapointsToAlarm" | "treatMissingData" | "source"
  > & { readonly note?: string },
): AlarmDefault {
  const { note, ...rest } = entry;
  return {
    ...rest,
    namespace: NAMESPACE,
    evaluationPeriods: 1,
    datapointsToAlarm: 1,
    treatMissingData: "missing",
    source: ambaSource("Compute/virtualMachines", note),
  };
}

/**
 * Default alerts for a Linux or Windows virtual machine (platform metrics of
 * `Microsoft.Compute/virtualMachines`, scoped to the VM: no dimensions). AMBA's verified rows;
 * left out: `CPU Credits Remaining` (unverified, B-series only), the hidden `Available Memory
 * Bytes < 1000` row, and the cached/uncached IOPS and bandwidth percentages (premium-disk
 * throttling detail beyond a first set).
 */
export const VIRTUAL_MACHINE_ALARMS: readonly AlarmDefault[] = [
  vmAlert({
    key: "percentageCpu",
    metricName: "Percentage CPU",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 80 },
    period: 300,
    frequency: 300,
    unit: "%",
    description: "The VM's CPU has been busy for 5 minutes; it may be undersized or stuck.",
    enabledByDefault: true,
    note: "AMBA verified: Average > 80 over PT5M every PT5M, severity 3 (warning here).",
  }),
  vmAlert({
    key: "availableMemoryBytes",
    metricName: "Available Memory Bytes",
    statistic: "Average",
    comparisonOperator: "LessThanThreshold",
    thresholds: { warning: 1_000_000_000 },
    period: 300,
    frequency: 300,
    unit: "bytes",
    description:
      "Less than 1 GB of memory is free on the VM; it may start paging or kill processes.",
    enabledByDefault: true,
    note: "AMBA verified: Average < 1,000,000,000 over PT5M every PT5M, severity 3 (warning here).",
  }),
  vmAlert({
    key: "osDiskIopsConsumedPercentage",
    metricName: "OS Disk IOPS Consumed Percentage",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 95 },
    period: 60,
    frequency: 60,
    unit: "%",
    description: "The OS disk is at its IOPS limit; disk operations are throttled.",
    enabledByDefault: true,
    note: "AMBA verified: Average > 95 over PT1M every PT1M, severity 2 (warning).",
  }),
  vmAlert({
    key: "dataDiskIopsConsumedPercentage",
    metricName: "Data Disk IOPS Consumed Percentage",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 95 },
    period: 60,
    frequency: 60,
    unit: "%",
    description: "A data disk is at its IOPS limit; disk operations are throttled.",
    enabledByDefault: true,
    note: "AMBA verified: Average > 95 over PT1M every PT1M, severity 2 (warning).",
  }),
  vmAlert({
    key: "osDiskBandwidthConsumedPercentage",
    metricName: "OS Disk Bandwidth Consumed Percentage",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 90 },
    period: 60,
    frequency: 60,
    unit: "%",
    description: "The OS disk is near its bandwidth limit; reads and writes will be throttled.",
    enabledByDefault: true,
    note: "AMBA verified: Average > 90 over PT1M every PT1M, severity 2 (warning).",
  }),
  vmAlert({
    key: "dataDiskBandwidthConsumedPercentage",
    metricName: "Data Disk Bandwidth Consumed Percentage",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 90 },
    period: 60,
    frequency: 60,
    unit: "%",
    description: "A data disk is near its bandwidth limit; reads and writes will be throttled.",
    enabledByDefault: true,
    note: "AMBA verified: Average > 90 over PT1M every PT1M, severity 3 (warning).",
  }),
  vmAlert({
    key: "vmAvailabilityMetric",
    metricName: "VmAvailabilityMetric",
    statistic: "Average",
    comparisonOperator: "LessThanThreshold",
    thresholds: { warning: 1 },
    period: 300,
    frequency: 300,
    unit: "",
    description: "The VM was not available for part of the last 5 minutes.",
    enabledByDefault: true,
    note: "AMBA verified: Average < 1 over PT5M every PT5M, severity 3 (warning here).",
  }),
  vmAlert({
    key: "networkInTotal",
    metricName: "Network In Total",
    statistic: "Total",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 500_000_000_000 },
    period: 300,
    frequency: 300,
    unit: "bytes",
    description: "The VM received an unusual amount of traffic in 5 minutes.",
    enabledByDefault: false,
    note: "AMBA verified: Total > 500,000,000,000 over PT5M, severity 3. Off by default: a traffic ceiling depends on the VM size and workload, and AMBA's is above most sizes' bandwidth.",
  }),
  vmAlert({
    key: "networkOutTotal",
    metricName: "Network Out Total",
    statistic: "Total",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 200_000_000_000 },
    period: 300,
    frequency: 300,
    unit: "bytes",
    description: "The VM sent an unusual amount of traffic in 5 minutes.",
    enabledByDefault: false,
    note: "AMBA verified: Total > 200,000,000,000 over PT5M, severity 3. Off by default, as networkInTotal.",
  }),
];
