import type { StorageAccount } from "@cdktf/provider-azurerm/lib/storage-account";
import { STORAGE_ACCOUNT_ALARMS } from "../catalog/azure/storage-account";
import type { AlarmOptions, ResourceMonitoringOptions } from "../core/alarm-options";
import { azureMonitor } from "./azure-monitor";
import type { AzureServiceDefinition } from "./azure-service-definition";

/**
 * Options of `monitorStorageAccount()`: each alert option takes
 * `{ warning?, critical?, period?, frequency?, statistic?, description? }` or `false`; defaults
 * and their sources are in `lib/catalog/azure/storage-account.ts`.
 */
export interface StorageAccountMonitoringOptions extends ResourceMonitoringOptions {
  /**
   * Average `Availability`. Requests to the storage account fail: availability is below 100 %.
   *
   * @default - critical < 100, window PT1M, every PT1M
   */
  readonly availability?: AlarmOptions | false;
  /**
   * Average `UsedCapacity`. The account stores more than 500 TB; it is nearing its capacity limit.
   *
   * @default - warning > 500,000,000,000,000 bytes, window PT1H, every PT1H
   */
  readonly usedCapacity?: AlarmOptions | false;
  /**
   * Average `SuccessE2ELatency`. Successful requests take more than a second end to end (server and network).
   *
   * @default - warning > 1,000 ms, window PT5M, every PT1M
   */
  readonly successE2eLatency?: AlarmOptions | false;
  /**
   * Average `SuccessServerLatency`. The storage service itself takes more than a second to process requests.
   *
   * @default - warning > 1,000 ms, window PT5M, every PT1M
   */
  readonly successServerLatency?: AlarmOptions | false;
}

/** Storage accounts (`azurerm_storage_account`), alerts on account-level metrics. */
export const storageAccountService: AzureServiceDefinition<
  StorageAccount,
  StorageAccountMonitoringOptions
> = {
  id: "storageAccount",
  title: "Storage account",
  terraformResourceType: "azurerm_storage_account",
  cloud: azureMonitor,
  alarms: STORAGE_ACCOUNT_ALARMS,
  dimensions: () => ({}),
};
