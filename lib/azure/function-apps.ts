import type { LinuxFunctionApp } from "@cdktf/provider-azurerm/lib/linux-function-app";
import type { WindowsFunctionApp } from "@cdktf/provider-azurerm/lib/windows-function-app";
import { FUNCTION_APP_ALARMS } from "../catalog/azure/function-app";
import type { AlarmOptions, ResourceMonitoringOptions } from "../core/alarm-options";
import { azureMonitor } from "./azure-monitor";
import type { AzureServiceDefinition } from "./azure-service-definition";

/**
 * Options of `monitorLinuxFunctionApp()` and `monitorWindowsFunctionApp()`: each alert option takes
 * `{ warning?, critical?, period?, frequency?, statistic?, description? }` or `false`; defaults
 * and their sources are in `lib/catalog/azure/function-app.ts`.
 */
export interface FunctionAppMonitoringOptions extends ResourceMonitoringOptions {
  /**
   * Total `Http5xx`. The app answered more than 10 requests with a server error in 15 minutes.
   *
   * @default - critical > 10 responses, window PT15M, every PT5M
   */
  readonly http5xx?: AlarmOptions | false;
  /**
   * Total `FunctionExecutionCount`. No function ran in 5 minutes.
   *
   * @default - off; when enabled: critical <= 0 executions, window PT5M, every PT5M
   */
  readonly functionExecutionCount?: AlarmOptions | false;
  /**
   * Total `FunctionExecutionUnits`. The functions used more execution units than usual.
   *
   * @default - off; when enabled: warning > 13,000,000,000 MB-ms, window PT5M, every PT1M
   */
  readonly functionExecutionUnits?: AlarmOptions | false;
}

/** Linux function apps (`azurerm_linux_function_app`), alerts scoped to the app. */
export const linuxFunctionAppService: AzureServiceDefinition<
  LinuxFunctionApp,
  FunctionAppMonitoringOptions
> = {
  id: "linuxFunctionApp",
  title: "Linux function app",
  terraformResourceType: "azurerm_linux_function_app",
  cloud: azureMonitor,
  alarms: FUNCTION_APP_ALARMS,
  dimensions: () => ({}),
};

/** Windows function apps (`azurerm_windows_function_app`), alerts scoped to the app. */
export const windowsFunctionAppService: AzureServiceDefinition<
  WindowsFunctionApp,
  FunctionAppMonitoringOptions
> = {
  id: "windowsFunctionApp",
  title: "Windows function app",
  terraformResourceType: "azurerm_windows_function_app",
  cloud: azureMonitor,
  alarms: FUNCTION_APP_ALARMS,
  dimensions: () => ({}),
};
