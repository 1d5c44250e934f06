import type { AlarmDefault } from "../alarm-default";
import { ambaAlerts } from "./amba-alert";

/**
 * Default alerts for a Cosmos DB account (`Microsoft.DocumentDB/databaseAccounts`, scoped to
 * the account). AMBA's verified static rows, and its unverified RU and latency rows; left out:
 * the dynamic-threshold rows (`TotalRequests` 429, `DataUsage`, `MongoRequests`: not built yet),
 * `TotalRequestUnits` with 429 (overlaps normalizedRuConsumption), the `>= 0` delete and
 * remove-region rows (they fire on every evaluation), `ProvisionedThroughput > 3000`
 * (a setting, not a symptom) and the hidden throttling row.
 */
export const COSMOSDB_ACCOUNT_ALARMS: readonly AlarmDefault[] = ambaAlerts(
  "DocumentDB/databaseAccounts",
  [
    {
      key: "serviceAvailability",
      metricName: "ServiceAvailability",
      statistic: "Average",
      comparisonOperator: "LessThanThreshold",
      thresholds: { warning: 99.9 },
      period: 3600,
      frequency: 60,
      unit: "%",
      description: "Too few of the account's requests succeeded.",
      enabledByDefault: true,
      note: "AMBA verified: Average < 99.9 over PT1H every PT1M, severity 2 (warning).",
    },
    {
      key: "normalizedRuConsumption",
      metricName: "NormalizedRUConsumption",
      statistic: "Maximum",
      comparisonOperator: "GreaterThanThreshold",
      thresholds: { warning: 90 },
      period: 300,
      frequency: 60,
      unit: "%",
      description:
        "A partition uses most of its provisioned throughput; requests will be throttled (429).",
      enabledByDefault: true,
      note: "AMBA unverified (7,686 rules): Average > 70 over PT5M every PT1M, severity 3. Changed to Maximum > 90: the metric is the busiest partition's share and Microsoft documents it with Maximum; 70 % is normal for a well-sized container.",
    },
    {
      key: "serverSideLatency",
      metricName: "ServerSideLatency",
      statistic: "Average",
      comparisonOperator: "GreaterThanThreshold",
      thresholds: { warning: 100 },
      period: 300,
      frequency: 60,
      unit: "ms",
      description: "Requests are slow on the server on average.",
      enabledByDefault: true,
      note: "AMBA unverified (2,201 rules): Average > 100 ms over PT5M every PT1M, severity 3 (warning). Kept: point reads are single-digit milliseconds.",
    },
    {
      key: "replicationLatency",
      metricName: "ReplicationLatency",
      statistic: "Average",
      comparisonOperator: "GreaterThanThreshold",
      thresholds: { warning: 5000 },
      period: 900,
      frequency: 300,
      unit: "ms",
      description: "Replication to other regions lags behind (multi-region accounts).",
      enabledByDefault: true,
      note: "AMBA verified: Average > 5000 ms over PT15M every PT5M, severity 3 (warning). No data on single-region accounts.",
    },
    {
      key: "regionFailover",
      metricName: "RegionFailover",
      statistic: "Count",
      comparisonOperator: "GreaterThanThreshold",
      thresholds: { warning: 0 },
      period: 300,
      frequency: 60,
      unit: "failovers",
      description: "The account failed over to another region.",
      enabledByDefault: true,
      note: "AMBA verified: Count > 0 over PT5M every PT1M, severity 2 (warning).",
    },
    {
      key: "updateAccountKeys",
      metricName: "UpdateAccountKeys",
      statistic: "Count",
      comparisonOperator: "GreaterThanThreshold",
      thresholds: { warning: 0 },
      period: 300,
      frequency: 300,
      unit: "updates",
      description: "The account's keys were regenerated; clients with the old key fail.",
      enabledByDefault: true,
      note: "AMBA verified: Count > 0 over PT5M every PT5M, severity 2 (warning).",
    },
  ],
);
