import type { PostgresqlFlexibleServer } from "@cdktf/provider-azurerm/lib/postgresql-flexible-server";
import { POSTGRESQL_FLEXIBLE_SERVER_ALARMS } from "../catalog/azure/postgresql-flexible-server";
import type { AlarmOptions, ResourceMonitoringOptions } from "../core/alarm-options";
import { azureMonitor } from "./azure-monitor";
import { azureTargetIdentifiers } from "./azure-target-identifiers";
import type { AzureServiceDefinition } from "./azure-service-definition";

/**
 * Options of `monitorPostgresqlFlexibleServer()`: each alert option takes
 * `{ warning?, critical?, period?, frequency?, statistic?, description? }` or `false`; defaults
 * and their sources are in `lib/catalog/azure/postgresql-flexible-server.ts`.
 */
export interface PostgresqlFlexibleServerMonitoringOptions extends ResourceMonitoringOptions {
  /**
   * Average `cpu_percent`. The server's CPU is above 90 %; queries slow down.
   *
   * @default - warning > 90, window PT5M, every PT1M
   */
  readonly cpuPercent?: AlarmOptions | false;
  /**
   * Average `memory_percent`. The server uses more than 90 % of its memory.
   *
   * @default - warning > 90, window PT5M, every PT1M
   */
  readonly memoryPercent?: AlarmOptions | false;
  /**
   * Average `storage_percent`. More than 90 % of the server's storage is used; at 95 % it becomes read-only.
   *
   * @default - warning > 90, window PT5M, every PT1M
   */
  readonly storagePercent?: AlarmOptions | false;
  /**
   * Average `disk_iops_consumed_percentage`. The server uses more than 90 % of its disk IOPS; I/O will be throttled.
   *
   * @default - warning > 90, window PT5M, every PT5M
   */
  readonly diskIopsConsumedPercentage?: AlarmOptions | false;
  /**
   * Total `connections_failed`. More than 5 connection attempts failed in 5 minutes.
   *
   * @default - warning > 5 connections, window PT5M, every PT1M
   */
  readonly connectionsFailed?: AlarmOptions | false;
  /**
   * Maximum `is_db_alive`. The server has not answered its liveness check for 15 minutes.
   *
   * @default - critical < 1, window PT15M, every PT15M
   */
  readonly isDbAlive?: AlarmOptions | false;
  /**
   * Average `active_connections`. More connections are open than the server is sized for.
   *
   * @default - off; when enabled: warning > 120 connections, window PT5M, every PT1M
   */
  readonly activeConnections?: AlarmOptions | false;
  /**
   * Average `storage_free`. Less than 10 GiB of storage is free.
   *
   * @default - off; when enabled: critical < 10,737,418,240 bytes, window PT1H, every PT5M
   */
  readonly storageFree?: AlarmOptions | false;
  /**
   * Total `deadlocks`. Transactions deadlocked more than once in 5 minutes.
   *
   * @default - off; when enabled: warning > 1 deadlocks, window PT5M, every PT1M
   */
  readonly deadlocks?: AlarmOptions | false;
}

/** Azure Database for PostgreSQL flexible servers (`azurerm_postgresql_flexible_server`). */
export const postgresqlFlexibleServerService: AzureServiceDefinition<
  PostgresqlFlexibleServer,
  PostgresqlFlexibleServerMonitoringOptions
> = {
  id: "postgresqlFlexibleServer",
  title: "PostgreSQL flexible server",
  terraformResourceType: "azurerm_postgresql_flexible_server",
  cloud: azureMonitor,
  cloudSettings: { multiResource: { namePart: "postgres" } },
  alarms: POSTGRESQL_FLEXIBLE_SERVER_ALARMS,
  // Template "Azure PostgreSQL flexible server by HTTP".
  backendTarget: {
    kind: "azure_postgres",
    address: (server) => server.fqdn,
    identifiers: (server) => azureTargetIdentifiers(server.id),
    sharedThresholds: [
      { key: "cpuPercent", macro: "AZURE.DB.CPU.UTIL.CRIT", severity: "critical" },
      { key: "memoryPercent", macro: "AZURE.DB.MEMORY.UTIL.CRIT", severity: "critical" },
      { key: "storagePercent", macro: "AZURE.DB.STORAGE.PUSED.WARN" },
      { key: "storagePercent", macro: "AZURE.DB.STORAGE.PUSED.CRIT", severity: "critical" },
    ],
  },
  dimensions: () => ({}),
};
