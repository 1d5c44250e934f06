import type { CosmosdbAccount } from "@cdktf/provider-azurerm/lib/cosmosdb-account";
import { COSMOSDB_ACCOUNT_ALARMS } from "../catalog/azure/cosmosdb-account";
import type { AlarmOptions, ResourceMonitoringOptions } from "../core/alarm-options";
import { azureMonitor } from "./azure-monitor";
import type { AzureServiceDefinition } from "./azure-service-definition";

/**
 * Options of `monitorCosmosdbAccount()`: each alert option takes
 * `{ warning?, critical?, period?, frequency?, statistic?, description? }` or `false`; defaults
 * and their sources are in `lib/catalog/azure/cosmosdb-account.ts`.
 */
export interface CosmosdbAccountMonitoringOptions extends ResourceMonitoringOptions {
  /**
   * Average `ServiceAvailability`. Fewer than 99.9 % of the account's requests succeeded in the last hour.
   *
   * @default - warning < 99.9, window PT1H, every PT1M
   */
  readonly serviceAvailability?: AlarmOptions | false;
  /**
   * Maximum `NormalizedRUConsumption`. A partition uses more than 90 % of its provisioned throughput; requests will be throttled (429).
   *
   * @default - warning > 90, window PT5M, every PT1M
   */
  readonly normalizedRuConsumption?: AlarmOptions | false;
  /**
   * Average `ServerSideLatency`. Requests take more than 100 ms on the server on average.
   *
   * @default - warning > 100 ms, window PT5M, every PT1M
   */
  readonly serverSideLatency?: AlarmOptions | false;
  /**
   * Average `ReplicationLatency`. Replication to other regions lags by more than 5 seconds (multi-region accounts).
   *
   * @default - warning > 5,000 ms, window PT15M, every PT5M
   */
  readonly replicationLatency?: AlarmOptions | false;
  /**
   * Count `RegionFailover`. The account failed over to another region.
   *
   * @default - warning > 0 failovers, window PT5M, every PT1M
   */
  readonly regionFailover?: AlarmOptions | false;
  /**
   * Count `UpdateAccountKeys`. The account's keys were regenerated; clients with the old key fail.
   *
   * @default - warning > 0 updates, window PT5M, every PT5M
   */
  readonly updateAccountKeys?: AlarmOptions | false;
}

/** Cosmos DB accounts (`azurerm_cosmosdb_account`), alerts scoped to the account. */
export const cosmosdbAccountService: AzureServiceDefinition<
  CosmosdbAccount,
  CosmosdbAccountMonitoringOptions
> = {
  id: "cosmosdbAccount",
  title: "Cosmos DB account",
  terraformResourceType: "azurerm_cosmosdb_account",
  cloud: azureMonitor,
  alarms: COSMOSDB_ACCOUNT_ALARMS,
  dimensions: () => ({}),
};
