import type { MonitorMetricAlert } from "@cdktf/provider-azurerm/lib/monitor-metric-alert";
import type { TerraformResource } from "cdktf";
import type { ResourceMonitoringOptions } from "../core/alarm-options";
import type { ServiceDefinition } from "../core/service-definition";

/** A service definition whose alarms are Azure Monitor metric alerts (`cloud: azureMonitor`). */
export type AzureServiceDefinition<
  R extends TerraformResource,
  O extends ResourceMonitoringOptions,
> = ServiceDefinition<R, O, MonitorMetricAlert>;
