import type { ApplicationGateway } from "@cdktf/provider-azurerm/lib/application-gateway";
import { APPLICATION_GATEWAY_ALARMS } from "../catalog/azure/application-gateway";
import type { AlarmOptions, ResourceMonitoringOptions } from "../core/alarm-options";
import { azureMonitor } from "./azure-monitor";
import type { AzureServiceDefinition } from "./azure-service-definition";

/**
 * Options of `monitorApplicationGateway()`: each alert option takes
 * `{ warning?, critical?, period?, frequency?, statistic?, description? }` or `false`; defaults
 * and their sources are in `lib/catalog/azure/application-gateway.ts`.
 */
export interface ApplicationGatewayMonitoringOptions extends ResourceMonitoringOptions {
  /**
   * Average `UnhealthyHostCount`. Backend hosts fail the gateway's health probes.
   *
   * @default - critical > 0 hosts, window PT5M, every PT1M
   */
  readonly unhealthyHostCount?: AlarmOptions | false;
  /**
   * Average `HealthyHostCount`. The gateway has no healthy backend host to send requests to.
   *
   * @default - warning < 1 hosts, window PT5M, every PT1M
   */
  readonly healthyHostCount?: AlarmOptions | false;
  /**
   * Total `ResponseStatus` with HttpStatusGroup=5xx. The gateway answered more than 10 requests with a server error in 5 minutes.
   *
   * @default - critical > 10 responses, window PT5M, every PT1M
   */
  readonly http5xx?: AlarmOptions | false;
  /**
   * Total `BackendResponseStatus` with HttpStatusGroup=5xx. The backends answered more than 10 requests with a server error in 5 minutes.
   *
   * @default - warning > 10 responses, window PT5M, every PT1M
   */
  readonly backendHttp5xx?: AlarmOptions | false;
  /**
   * Total `FailedRequests`. More than 10 requests through the gateway failed in 5 minutes.
   *
   * @default - warning > 10 requests, window PT5M, every PT1M
   */
  readonly failedRequests?: AlarmOptions | false;
  /**
   * Average `ApplicationGatewayTotalTime`. Requests take more than 5 seconds on average through the gateway.
   *
   * @default - warning > 5,000 ms, window PT5M, every PT1M
   */
  readonly applicationGatewayTotalTime?: AlarmOptions | false;
  /**
   * Average `BackendFirstByteResponseTime`. The backends take more than 2 seconds on average to start answering.
   *
   * @default - warning > 2,000 ms, window PT5M, every PT1M
   */
  readonly backendFirstByteResponseTime?: AlarmOptions | false;
  /**
   * Average `CpuUtilization`. The gateway's CPU is above 80 %; it needs more instances.
   *
   * @default - warning > 80, window PT5M, every PT1M
   */
  readonly cpuUtilization?: AlarmOptions | false;
  /**
   * Average `CapacityUnits`. The gateway consumes more capacity units than usual.
   *
   * @default - off; when enabled: warning > 75 units, window PT5M, every PT1M
   */
  readonly capacityUnits?: AlarmOptions | false;
  /**
   * Average `ComputeUnits`. The gateway consumes more compute units than usual.
   *
   * @default - off; when enabled: warning > 75 units, window PT5M, every PT1M
   */
  readonly computeUnits?: AlarmOptions | false;
}

/** Application Gateways (`azurerm_application_gateway`), alerts scoped to the gateway. */
export const applicationGatewayService: AzureServiceDefinition<
  ApplicationGateway,
  ApplicationGatewayMonitoringOptions
> = {
  id: "applicationGateway",
  title: "Application Gateway",
  terraformResourceType: "azurerm_application_gateway",
  cloud: azureMonitor,
  alarms: APPLICATION_GATEWAY_ALARMS,
  dimensions: () => ({}),
};
