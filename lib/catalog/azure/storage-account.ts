import type { AlarmDefault } from "../alarm-default";
import { ambaAlerts } from "./amba-alert";

/**
 * Default alerts for a storage account (`Microsoft.Storage/storageAccounts`, account-level
 * metrics, scoped to the account). AMBA's verified account rows and its unverified blob latency
 * rows, taken at account level (the account's latency metrics cover every service); left out:
 * the `fileServices` rows (they must be scoped to the `fileServices/default` sub-resource, not
 * built yet), `Ingress`/`Egress` (traffic ceilings are the workload's, unverified) and the hidden
 * `BlobCount` row.
 */
export const STORAGE_ACCOUNT_ALARMS: readonly AlarmDefault[] = ambaAlerts(
  "Storage/storageAccounts",
  [
    {
      key: "availability",
      metricName: "Availability",
      statistic: "Average",
      comparisonOperator: "LessThanThreshold",
      thresholds: { critical: 100 },
      period: 60,
      frequency: 60,
      unit: "%",
      description: "Requests to the storage account fail: availability is below its usual level.",
      enabledByDefault: true,
      note: "AMBA verified: Average < 100 over PT1M every PT1M, severity 1 (critical).",
    },
    {
      key: "usedCapacity",
      metricName: "UsedCapacity",
      statistic: "Average",
      comparisonOperator: "GreaterThanThreshold",
      thresholds: { warning: 500_000_000_000_000 },
      period: 3600,
      frequency: 3600,
      unit: "bytes",
      description: "The account stores much data; it is nearing its capacity limit.",
      enabledByDefault: true,
      note: "AMBA verified: Average > 500,000,000,000,000 B over PT1H every PT1H, severity 3 (warning).",
    },
    {
      key: "successE2eLatency",
      metricName: "SuccessE2ELatency",
      statistic: "Average",
      comparisonOperator: "GreaterThanThreshold",
      thresholds: { warning: 1000 },
      period: 300,
      frequency: 60,
      unit: "ms",
      description: "Successful requests are slow end to end (server and network).",
      enabledByDefault: true,
      note: "AMBA unverified (blobServices, 504 rules): Average > 1000 ms over PT5M every PT1M, severity 3 (warning). Kept at account level: one second is slow for any storage request.",
    },
    {
      key: "successServerLatency",
      metricName: "SuccessServerLatency",
      statistic: "Average",
      comparisonOperator: "GreaterThanThreshold",
      thresholds: { warning: 1000 },
      period: 300,
      frequency: 60,
      unit: "ms",
      description: "The storage service itself is slow to process requests.",
      enabledByDefault: true,
      note: "AMBA unverified (blobServices, 257 rules): Average > 1000 ms over PT5M every PT1M, severity 2 (warning). Kept at account level, as successE2eLatency.",
    },
  ],
);
