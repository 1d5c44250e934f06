import { Fn } from "cdktf";
import type { MssqlDatabase } from "@cdktf/provider-azurerm/lib/mssql-database";
import { MSSQL_DATABASE_ALARMS } from "../catalog/azure/mssql-database";
import type { AlarmOptions, ResourceMonitoringOptions } from "../core/alarm-options";
import { azureMonitor } from "./azure-monitor";
import { azureTargetIdentifiers } from "./azure-target-identifiers";
import { literal } from "../core/service-definition";
import type { AzureServiceDefinition } from "./azure-service-definition";

/**
 * Options of `monitorMssqlDatabase()`: each alert option takes
 * `{ warning?, critical?, period?, frequency?, statistic?, description? }` or `false`; defaults
 * and their sources are in `lib/catalog/azure/mssql-database.ts`.
 */
export interface MssqlDatabaseMonitoringOptions extends ResourceMonitoringOptions {
  /**
   * Average `cpu_percent`. The database uses more than 80 % of its CPU limit; queries queue.
   *
   * @default - warning > 80, window PT5M, every PT1M
   */
  readonly cpuPercent?: AlarmOptions | false;
  /**
   * Average `log_write_percent`. Log writes use more than 80 % of the database's log rate; writes will wait.
   *
   * @default - warning > 80, window PT5M, every PT1M
   */
  readonly logWritePercent?: AlarmOptions | false;
  /**
   * Maximum `storage_percent`. More than 90 % of the database's maximum size is used; writes fail when it is full.
   *
   * @default - warning > 90, window PT5M, every PT5M
   */
  readonly storagePercent?: AlarmOptions | false;
  /**
   * Average `dtu_consumption_percent`. The database uses more than 80 % of its DTUs.
   *
   * @default - off; when enabled: warning > 80, window PT5M, every PT1M
   */
  readonly dtuConsumptionPercent?: AlarmOptions | false;
  /**
   * Total `deadlock`. Transactions deadlocked more than once in 5 minutes.
   *
   * @default - warning > 1 deadlocks, window PT5M, every PT1M
   */
  readonly deadlock?: AlarmOptions | false;
  /**
   * Total `connection_failed`. More than 5 connections failed in 5 minutes (system errors).
   *
   * @default - warning > 5 connections, window PT5M, every PT1M
   */
  readonly connectionFailed?: AlarmOptions | false;
  /**
   * Total `blocked_by_firewall`. The firewall blocked more than 5 connections in 5 minutes.
   *
   * @default - warning > 5 connections, window PT5M, every PT5M
   */
  readonly blockedByFirewall?: AlarmOptions | false;
}

/** Azure SQL databases (`azurerm_mssql_database`), alerts scoped to the database. */
export const mssqlDatabaseService: AzureServiceDefinition<
  MssqlDatabase,
  MssqlDatabaseMonitoringOptions
> = {
  id: "mssqlDatabase",
  title: "SQL database",
  terraformResourceType: "azurerm_mssql_database",
  cloud: azureMonitor,
  alarms: MSSQL_DATABASE_ALARMS,
  // Template "Azure Microsoft SQL database by HTTP"; the address is the server's public name.
  backendTarget: {
    kind: "azure_sql",
    address: (db) => `${serverNameOf(db)}.database.windows.net`,
    identifiers: (db) => azureTargetIdentifiers(db.id),
    sharedThresholds: [
      { key: "cpuPercent", macro: "AZURE.DB.CPU.UTIL.CRIT", severity: "critical" },
      { key: "storagePercent", macro: "AZURE.DB.STORAGE.PUSED.WARN" },
      { key: "storagePercent", macro: "AZURE.DB.STORAGE.PUSED.CRIT", severity: "critical" },
    ],
  },
  dimensions: () => ({}),
};

/** The SQL server's name: the last part of the database's `server_id`. */
function serverNameOf(db: MssqlDatabase): string {
  const serverId = literal(db.serverIdInput);
  return serverId !== undefined
    ? (serverId.split("/")[8] ?? serverId)
    : Fn.element(Fn.split("/", db.serverId), 8);
}
