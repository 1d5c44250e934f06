import type { ServicebusNamespace } from "@cdktf/provider-azurerm/lib/servicebus-namespace";
import { SERVICEBUS_NAMESPACE_ALARMS } from "../catalog/azure/servicebus-namespace";
import type { AlarmOptions, ResourceMonitoringOptions } from "../core/alarm-options";
import { azureMonitor } from "./azure-monitor";
import type { AzureServiceDefinition } from "./azure-service-definition";

/**
 * Options of `monitorServicebusNamespace()`: each alert option takes
 * `{ warning?, critical?, period?, frequency?, statistic?, description? }` or `false`; defaults
 * and their sources are in `lib/catalog/azure/servicebus-namespace.ts`.
 */
export interface ServicebusNamespaceMonitoringOptions extends ResourceMonitoringOptions {
  /**
   * Average `DeadletteredMessages`. Messages were moved to a dead-letter queue.
   *
   * @default - warning > 0 messages, window PT5M, every PT1M
   */
  readonly deadletteredMessages?: AlarmOptions | false;
  /**
   * Total `ServerErrors`. Service Bus failed requests with server errors.
   *
   * @default - warning > 0 errors, window PT5M, every PT1M
   */
  readonly serverErrors?: AlarmOptions | false;
  /**
   * Total `ThrottledRequests`. More than 10 requests were throttled in 5 minutes.
   *
   * @default - critical > 10 requests, window PT5M, every PT1M
   */
  readonly throttledRequests?: AlarmOptions | false;
  /**
   * Average `ServerSendLatency`. Sending a message takes more than half a second.
   *
   * @default - warning > 500 ms, window PT5M, every PT1M
   */
  readonly serverSendLatency?: AlarmOptions | false;
  /**
   * Average `ActiveMessages`. Messages pile up unprocessed.
   *
   * @default - off; when enabled: warning > 100 messages, window PT5M, every PT1M
   */
  readonly activeMessages?: AlarmOptions | false;
  /**
   * Average `NamespaceCpuUsage`. The namespace's CPU is above 85 %.
   *
   * @default - off; when enabled: warning > 85, window PT15M, every PT5M
   */
  readonly namespaceCpuUsage?: AlarmOptions | false;
  /**
   * Average `NamespaceMemoryUsage`. The namespace uses more than 80 % of its memory.
   *
   * @default - off; when enabled: warning > 80, window PT5M, every PT1M
   */
  readonly namespaceMemoryUsage?: AlarmOptions | false;
}

/** Service Bus namespaces (`azurerm_servicebus_namespace`), alerts scoped to the namespace. */
export const servicebusNamespaceService: AzureServiceDefinition<
  ServicebusNamespace,
  ServicebusNamespaceMonitoringOptions
> = {
  id: "servicebusNamespace",
  title: "Service Bus namespace",
  terraformResourceType: "azurerm_servicebus_namespace",
  cloud: azureMonitor,
  alarms: SERVICEBUS_NAMESPACE_ALARMS,
  dimensions: () => ({}),
};
