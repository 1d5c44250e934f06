import type { KeyVault } from "@cdktf/provider-azurerm/lib/key-vault";
import { KEY_VAULT_ALARMS } from "../catalog/azure/key-vault";
import type { AlarmOptions, ResourceMonitoringOptions } from "../core/alarm-options";
import { azureMonitor } from "./azure-monitor";
import type { AzureServiceDefinition } from "./azure-service-definition";

/**
 * Options of `monitorKeyVault()`: each alert option takes
 * `{ warning?, critical?, period?, frequency?, statistic?, description? }` or `false`; defaults
 * and their sources are in `lib/catalog/azure/key-vault.ts`.
 */
export interface KeyVaultMonitoringOptions extends ResourceMonitoringOptions {
  /**
   * Average `Availability`. Fewer than 90 % of the vault's requests succeed; secrets and keys are not served.
   *
   * @default - critical < 90, window PT5M, every PT1M
   */
  readonly availability?: AlarmOptions | false;
  /**
   * Average `SaturationShoebox`. The vault uses more than 75 % of its request capacity; it will start throttling.
   *
   * @default - critical > 75, window PT5M, every PT1M
   */
  readonly saturationShoebox?: AlarmOptions | false;
  /**
   * Average `ServiceApiLatency`. The vault takes more than a second on average to answer.
   *
   * @default - warning > 1,000 ms, window PT5M, every PT5M
   */
  readonly serviceApiLatency?: AlarmOptions | false;
}

/** Key vaults (`azurerm_key_vault`), alerts scoped to the vault. */
export const keyVaultService: AzureServiceDefinition<KeyVault, KeyVaultMonitoringOptions> = {
  id: "keyVault",
  title: "Key Vault",
  terraformResourceType: "azurerm_key_vault",
  cloud: azureMonitor,
  cloudSettings: { multiResource: { namePart: "key-vault" } },
  alarms: KEY_VAULT_ALARMS,
  dimensions: () => ({}),
};
