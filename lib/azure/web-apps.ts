import type { LinuxWebApp } from "@cdktf/provider-azurerm/lib/linux-web-app";
import type { WindowsWebApp } from "@cdktf/provider-azurerm/lib/windows-web-app";
import { WEB_APP_ALARMS } from "../catalog/azure/web-app";
import type { AlarmOptions, ResourceMonitoringOptions } from "../core/alarm-options";
import { azureMonitor } from "./azure-monitor";
import type { AzureServiceDefinition } from "./azure-service-definition";

/**
 * Options of `monitorLinuxWebApp()` and `monitorWindowsWebApp()`: each alert option takes
 * `{ warning?, critical?, period?, frequency?, statistic?, description? }` or `false`; defaults
 * and their sources are in `lib/catalog/azure/web-app.ts`.
 */
export interface WebAppMonitoringOptions extends ResourceMonitoringOptions {
  /**
   * Total `Http5xx`. The app answered more than 10 requests with a server error in 15 minutes.
   *
   * @default - critical > 10 responses, window PT15M, every PT5M
   */
  readonly http5xx?: AlarmOptions | false;
  /**
   * Average `HttpResponseTime`. Requests take more than 5 seconds on average over 30 minutes.
   *
   * @default - critical > 5 s, window PT30M, every PT15M
   */
  readonly httpResponseTime?: AlarmOptions | false;
  /**
   * Maximum `RequestsInApplicationQueue`. More than 10 requests waited in the application queue.
   *
   * @default - warning > 10 requests, window PT15M, every PT5M
   */
  readonly requestsInApplicationQueue?: AlarmOptions | false;
  /**
   * Average `HealthCheckStatus`. Instances fail the app's health check.
   *
   * @default - off; when enabled: warning < 100, window PT5M, every PT1M
   */
  readonly healthCheckStatus?: AlarmOptions | false;
  /**
   * Average `MemoryWorkingSet`. The app uses more than 1.5 GB of memory.
   *
   * @default - off; when enabled: warning > 1,500,000,000 bytes, window PT5M, every PT1M
   */
  readonly memoryWorkingSet?: AlarmOptions | false;
  /**
   * Total `Http401`. More than 20 requests were refused as unauthorized in 5 minutes.
   *
   * @default - off; when enabled: warning > 20 responses, window PT5M, every PT5M
   */
  readonly http401?: AlarmOptions | false;
  /**
   * Average `FileSystemUsage`. The app's file system use is high.
   *
   * @default - off; when enabled: critical > 400,000,000 bytes, window PT6H, every PT1H
   */
  readonly fileSystemUsage?: AlarmOptions | false;
}

/** Linux web apps (`azurerm_linux_web_app`), alerts scoped to the app. */
export const linuxWebAppService: AzureServiceDefinition<LinuxWebApp, WebAppMonitoringOptions> = {
  id: "linuxWebApp",
  title: "Linux web app",
  terraformResourceType: "azurerm_linux_web_app",
  cloud: azureMonitor,
  alarms: WEB_APP_ALARMS,
  dimensions: () => ({}),
};

/** Windows web apps (`azurerm_windows_web_app`), alerts scoped to the app. */
export const windowsWebAppService: AzureServiceDefinition<WindowsWebApp, WebAppMonitoringOptions> =
  {
    id: "windowsWebApp",
    title: "Windows web app",
    terraformResourceType: "azurerm_windows_web_app",
    cloud: azureMonitor,
    alarms: WEB_APP_ALARMS,
    dimensions: () => ({}),
  };
