import type { ServicePlan } from "@cdktf/provider-azurerm/lib/service-plan";
import { SERVICE_PLAN_ALARMS } from "../catalog/azure/service-plan";
import type { AlarmOptions, ResourceMonitoringOptions } from "../core/alarm-options";
import { azureMonitor } from "./azure-monitor";
import type { AzureServiceDefinition } from "./azure-service-definition";

/**
 * Options of `monitorServicePlan()`: each alert option takes
 * `{ warning?, critical?, period?, frequency?, statistic?, description? }` or `false`; defaults
 * and their sources are in `lib/catalog/azure/service-plan.ts`.
 */
export interface ServicePlanMonitoringOptions extends ResourceMonitoringOptions {
  /**
   * Average `CpuPercentage`. The plan's instances use more than 90 % of their CPU; apps slow down.
   *
   * @default - warning > 90, window PT5M, every PT1M
   */
  readonly cpuPercentage?: AlarmOptions | false;
  /**
   * Average `MemoryPercentage`. The plan's instances use more than 90 % of their memory.
   *
   * @default - warning > 90, window PT5M, every PT1M
   */
  readonly memoryPercentage?: AlarmOptions | false;
  /**
   * Average `HttpQueueLength`. More than 100 HTTP requests wait in the plan's queue.
   *
   * @default - warning > 100 requests, window PT5M, every PT1M
   */
  readonly httpQueueLength?: AlarmOptions | false;
  /**
   * Average `DiskQueueLength`. More than 100 disk operations wait on the plan's instances.
   *
   * @default - warning > 100 operations, window PT5M, every PT1M
   */
  readonly diskQueueLength?: AlarmOptions | false;
}

/** App Service plans (`azurerm_service_plan`), alerts scoped to the plan. */
export const servicePlanService: AzureServiceDefinition<ServicePlan, ServicePlanMonitoringOptions> =
  {
    id: "servicePlan",
    title: "App Service plan",
    terraformResourceType: "azurerm_service_plan",
    cloud: azureMonitor,
    alarms: SERVICE_PLAN_ALARMS,
    dimensions: () => ({}),
  };
