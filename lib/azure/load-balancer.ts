import type { Lb } from "@cdktf/provider-azurerm/lib/lb";
import { LOAD_BALANCER_ALARMS } from "../catalog/azure/load-balancer";
import type { AlarmOptions, ResourceMonitoringOptions } from "../core/alarm-options";
import { azureMonitor } from "./azure-monitor";
import type { AzureServiceDefinition } from "./azure-service-definition";

/**
 * Options of `monitorLoadBalancer()`: each alert option takes
 * `{ warning?, critical?, period?, frequency?, statistic?, description? }` or `false`; defaults
 * and their sources are in `lib/catalog/azure/load-balancer.ts`.
 */
export interface LoadBalancerMonitoringOptions extends ResourceMonitoringOptions {
  /**
   * Average `VipAvailability`. The frontend (data path) availability is below 90 %: clients cannot reach it.
   *
   * @default - critical < 90, window PT5M, every PT1M
   */
  readonly vipAvailability?: AlarmOptions | false;
  /**
   * Average `DipAvailability`. Fewer than 90 % of the health probes to the backends succeed.
   *
   * @default - critical < 90, window PT5M, every PT1M
   */
  readonly dipAvailability?: AlarmOptions | false;
  /**
   * Average `UsedSnatPorts`. Backends use more than 900 SNAT ports; outbound connections will soon fail.
   *
   * @default - critical > 900 ports, window PT5M, every PT1M
   */
  readonly usedSnatPorts?: AlarmOptions | false;
  /**
   * Total `SnatConnectionCount` with ConnectionState=Failed. Outbound connections through the load balancer failed (SNAT exhaustion).
   *
   * @default - critical > 0 connections, window PT5M, every PT5M
   */
  readonly failedSnatConnections?: AlarmOptions | false;
}

/** Standard load balancers (`azurerm_lb`), alerts scoped to the load balancer. */
export const loadBalancerService: AzureServiceDefinition<Lb, LoadBalancerMonitoringOptions> = {
  id: "loadBalancer",
  title: "Load balancer",
  terraformResourceType: "azurerm_lb",
  cloud: azureMonitor,
  alarms: LOAD_BALANCER_ALARMS,
  dimensions: () => ({}),
};
