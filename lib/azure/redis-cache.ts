import type { RedisCache } from "@cdktf/provider-azurerm/lib/redis-cache";
import { REDIS_CACHE_ALARMS } from "../catalog/azure/redis-cache";
import type { AlarmOptions, ResourceMonitoringOptions } from "../core/alarm-options";
import { azureMonitor } from "./azure-monitor";
import type { AzureServiceDefinition } from "./azure-service-definition";

/**
 * Options of `monitorRedisCache()`: each alert option takes
 * `{ warning?, critical?, period?, frequency?, statistic?, description? }` or `false`; defaults
 * and their sources are in `lib/catalog/azure/redis-cache.ts`.
 */
export interface RedisCacheMonitoringOptions extends ResourceMonitoringOptions {
  /**
   * Average `usedmemorypercentage`. The cache uses more than 90 % of its memory; keys will be evicted.
   *
   * @default - warning > 90, window PT15M, every PT5M
   */
  readonly usedMemoryPercentage?: AlarmOptions | false;
  /**
   * Average `serverLoad`. The Redis server is busy more than 85 % of the time; requests queue.
   *
   * @default - warning > 85, window PT15M, every PT5M
   */
  readonly serverLoad?: AlarmOptions | false;
  /**
   * Average `percentProcessorTime`. The cache's CPU is above 80 %.
   *
   * @default - warning > 80, window PT5M, every PT1M
   */
  readonly percentProcessorTime?: AlarmOptions | false;
  /**
   * Maximum `errors`. The cache reported errors (failovers, dropped connections, ...).
   *
   * @default - warning > 0 errors, window PT5M, every PT1M
   */
  readonly errors?: AlarmOptions | false;
  /**
   * Average `cacheLatency`. Cache operations take more than 10 ms on average.
   *
   * @default - warning > 10,000 µs, window PT5M, every PT1M
   */
  readonly cacheLatency?: AlarmOptions | false;
  /**
   * Maximum `connectedclients`. Many clients are connected.
   *
   * @default - off; when enabled: warning > 850 clients, window PT15M, every PT5M
   */
  readonly connectedClients?: AlarmOptions | false;
}

/** Azure Caches for Redis (`azurerm_redis_cache`), alerts scoped to the cache. */
export const redisCacheService: AzureServiceDefinition<RedisCache, RedisCacheMonitoringOptions> = {
  id: "redisCache",
  title: "Azure Cache for Redis",
  terraformResourceType: "azurerm_redis_cache",
  cloud: azureMonitor,
  cloudSettings: { multiResource: { namePart: "redis" } },
  alarms: REDIS_CACHE_ALARMS,
  dimensions: () => ({}),
};
