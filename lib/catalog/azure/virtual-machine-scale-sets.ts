import type { AlarmDefault } from "../alarm-default";
import { ambaAlerts } from "./amba-alert";

/**
 * Default alerts for a Linux or Windows VM scale set (`Microsoft.Compute/virtualMachineScaleSets`,
 * scoped to the scale set: values across its instances). AMBA has only unverified rows here; taken:
 * CPU, memory, availability and disk IOPS; left out: the disk-operation rows (dynamic thresholds, not
 * built yet) and the flow and network rows (their normal level is the workload's).
 */
export const VIRTUAL_MACHINE_SCALE_SET_ALARMS: readonly AlarmDefault[] = ambaAlerts(
  "Compute/virtualMachineScaleSets",
  [
    {
      key: "percentageCpu",
      metricName: "Percentage CPU",
      statistic: "Average",
      comparisonOperator: "GreaterThanThreshold",
      thresholds: { warning: 90 },
      period: 300,
      frequency: 60,
      unit: "%",
      description: "The scale set's instances' CPU is nearly saturated; it may need to scale out.",
      enabledByDefault: true,
      note: "AMBA unverified (11,764 rules): Average > 90 over PT5M every PT1M, severity 3 (warning).",
    },
    {
      key: "availableMemoryBytes",
      metricName: "Available Memory Bytes",
      statistic: "Average",
      comparisonOperator: "LessThanThreshold",
      thresholds: { warning: 1_000_000_000 },
      period: 300,
      frequency: 60,
      unit: "bytes",
      description: "The instances have little free memory.",
      enabledByDefault: true,
      note: "AMBA unverified (1,543 rules): Average < 1,000,000,000 B over PT5M every PT1M, severity 2 (warning).",
    },
    {
      key: "vmAvailabilityMetric",
      metricName: "VmAvailabilityMetric",
      statistic: "Average",
      comparisonOperator: "LessThanThreshold",
      thresholds: { warning: 1 },
      period: 300,
      frequency: 60,
      unit: "",
      description: "Instances of the scale set were not available.",
      enabledByDefault: true,
      note: "AMBA unverified (492 rules): Average < 1 over PT5M every PT1M, severity 2 (warning).",
    },
    {
      key: "osDiskIopsConsumedPercentage",
      metricName: "OS Disk IOPS Consumed Percentage",
      statistic: "Average",
      comparisonOperator: "GreaterThanThreshold",
      thresholds: { warning: 95 },
      period: 3600,
      frequency: 1800,
      unit: "%",
      description: "The instances' OS disks are at their IOPS limit.",
      enabledByDefault: true,
      note: "AMBA unverified (3,207 rules): Average > 95 over PT1H every PT30M, severity 3 (warning).",
    },
    {
      key: "dataDiskIopsConsumedPercentage",
      metricName: "Data Disk IOPS Consumed Percentage",
      statistic: "Average",
      comparisonOperator: "GreaterThanThreshold",
      thresholds: { warning: 95 },
      period: 3600,
      frequency: 1800,
      unit: "%",
      description: "The instances' data disks are at their IOPS limit.",
      enabledByDefault: true,
      note: "AMBA unverified (3,044 rules): Average > 95 over PT1H every PT30M, severity 3 (warning).",
    },
  ],
);
