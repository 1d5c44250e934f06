import type { MonitorMetricAlert } from "@cdktf/provider-azurerm/lib/monitor-metric-alert";
import type { TerraformResource } from "cdktf";
import type { ResourceMonitoringOptions } from "../core/alarm-options";
import type { ServiceDefinition } from "../core/service-definition";

/**
 * A type whose alerts Azure lets one rule watch for many resources of the type in one region
 * (Microsoft's "Monitor multiple resources with one alert rule" list).
 */
export interface MultiResourceSupport {
  /** Name part of a service group's shared alerts, e.g. `vm`: `<prefix>-<group>-vm-<metric>-<severity>`. */
  readonly namePart: string;
  /**
   * Alert keys Azure does not evaluate across resources (a VM's network metrics); they stay one
   * alert per resource.
   *
   * @default - none
   */
  readonly excludedAlarms?: readonly string[];
}

/** What an Azure service definition tells Azure Monitor's renderer (its `cloudSettings`). */
export interface AzureServiceSettings {
  /**
   * Whether, with `azure.multiResourceAlerts`, a service group's resources of this type share
   * one alert per metric and severity.
   *
   * @default - one alert per resource
   */
  readonly multiResource?: MultiResourceSupport;
}

/** A service definition whose alarms are Azure Monitor metric alerts (`cloud: azureMonitor`). */
export type AzureServiceDefinition<
  R extends TerraformResource,
  O extends ResourceMonitoringOptions,
> = ServiceDefinition<R, O, MonitorMetricAlert> & {
  /**
   * What Azure Monitor's renderer needs to know about the type beyond its alarms.
   *
   * @default - no multi-resource alerts: one alert per resource
   */
  readonly cloudSettings?: AzureServiceSettings;
};
