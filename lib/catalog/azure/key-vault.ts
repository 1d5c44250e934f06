import type { AlarmDefault } from "../alarm-default";
import { ambaAlerts } from "./amba-alert";

/**
 * Default alerts for a Key Vault (`Microsoft.KeyVault/vaults`, scoped to the vault). AMBA's
 * verified static rows; left out: `ServiceApiResult` (a dynamic threshold, not built yet),
 * `ServiceApiHit >= 80` (unverified, and a request count says nothing is wrong) and the
 * activity-log alert on vault deletion (not a metric alert).
 */
export const KEY_VAULT_ALARMS: readonly AlarmDefault[] = ambaAlerts("KeyVault/vaults", [
  {
    key: "availability",
    metricName: "Availability",
    statistic: "Average",
    comparisonOperator: "LessThanThreshold",
    thresholds: { critical: 90 },
    period: 300,
    frequency: 60,
    unit: "%",
    description: "Too few of the vault's requests succeed; secrets and keys are not served.",
    enabledByDefault: true,
    note: "AMBA verified: Average < 90 over PT5M every PT1M, severity 1 (critical).",
  },
  {
    key: "saturationShoebox",
    metricName: "SaturationShoebox",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { critical: 75 },
    period: 300,
    frequency: 60,
    unit: "%",
    description: "The vault uses most of its request capacity; it will start throttling.",
    enabledByDefault: true,
    note: "AMBA verified: Average > 75 over PT5M every PT1M, severity 1 (critical).",
  },
  {
    key: "serviceApiLatency",
    metricName: "ServiceApiLatency",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 1000 },
    period: 300,
    frequency: 300,
    unit: "ms",
    description: "The vault is slow on average to answer.",
    enabledByDefault: true,
    note: "AMBA verified: Average > 1000 ms over PT5M every PT5M, severity 3 (warning).",
  },
]);
