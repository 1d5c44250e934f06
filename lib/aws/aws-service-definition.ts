import type { CloudwatchMetricAlarm } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm";
import type { TerraformResource } from "cdktf";
import type { ResourceMonitoringOptions } from "../core/alarm-options";
import type { ServiceDefinition } from "../core/service-definition";

/** A service definition whose alarms are CloudWatch metric alarms (`cloud: cloudWatch`). */
export type AwsServiceDefinition<
  R extends TerraformResource,
  O extends ResourceMonitoringOptions,
> = ServiceDefinition<R, O, CloudwatchMetricAlarm>;
