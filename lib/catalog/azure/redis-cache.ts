import type { AlarmDefault } from "../alarm-default";
import { ambaAlerts } from "./amba-alert";

/**
 * Default alerts for an Azure Cache for Redis (`Microsoft.Cache/Redis`, scoped to the cache). AMBA
 * has only unverified rows here; taken: memory, server load, CPU, errors and latency; off unless set:
 * connected clients (a share of the SKU's client limit). Left out: the `all*` rows split by shard
 * (clustered caches), cache reads and used-memory bytes (absolute, size-dependent).
 */
export const REDIS_CACHE_ALARMS: readonly AlarmDefault[] = ambaAlerts("Cache/Redis", [
  {
    key: "usedMemoryPercentage",
    metricName: "usedmemorypercentage",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 90 },
    period: 900,
    frequency: 300,
    unit: "%",
    description: "The cache uses most of its memory; keys will be evicted.",
    enabledByDefault: true,
    note: "AMBA unverified (13,670 rules): Average > 90 over PT15M every PT5M, severity 2 (warning).",
  },
  {
    key: "serverLoad",
    metricName: "serverLoad",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 85 },
    period: 900,
    frequency: 300,
    unit: "%",
    description: "The Redis server is busy most of the time; requests queue.",
    enabledByDefault: true,
    note: "AMBA unverified (15,027 rules): Average > 85 over PT15M every PT5M, severity 3 (warning).",
  },
  {
    key: "percentProcessorTime",
    metricName: "percentProcessorTime",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 80 },
    period: 300,
    frequency: 60,
    unit: "%",
    description: "The cache's CPU is busy.",
    enabledByDefault: true,
    note: "AMBA unverified (4,143 rules): Average > 80 over PT5M every PT1M, severity 3 (warning).",
  },
  {
    key: "errors",
    metricName: "errors",
    statistic: "Maximum",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 0 },
    period: 300,
    frequency: 60,
    unit: "errors",
    description: "The cache reported errors (failovers, dropped connections, ...).",
    enabledByDefault: true,
    note: "AMBA unverified (1,534 rules): Maximum > 0 over PT5M every PT1M, severity 3 (warning).",
  },
  {
    key: "cacheLatency",
    metricName: "cacheLatency",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 10_000 },
    period: 300,
    frequency: 60,
    unit: "µs",
    description: "Cache operations are slow on average.",
    enabledByDefault: true,
    note: "AMBA unverified (1,543 rules): Average > 10000 µs over PT5M every PT1M, severity 3 (warning).",
  },
  {
    key: "connectedClients",
    metricName: "connectedclients",
    statistic: "Maximum",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 850 },
    period: 900,
    frequency: 300,
    unit: "clients",
    description: "Many clients are connected.",
    enabledByDefault: false,
    note: "AMBA unverified (10,156 rules): Maximum > 850 over PT15M every PT5M, severity 3. Off by default: set it below your SKU's client limit.",
  },
]);
