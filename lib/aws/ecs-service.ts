import type { EcsCluster } from "@cdktf/provider-aws/lib/ecs-cluster";
import type { EcsService } from "@cdktf/provider-aws/lib/ecs-service";
import { Fn } from "cdktf";
import { ECS_SERVICE_ALARMS } from "../catalog/aws/ecs";
import type { AlarmOptions, ResourceMonitoringOptions } from "../core/alarm-options";
import { foundNowOrAtSynth, referencedResource } from "./private/resource-references";
import { literal } from "../core/service-definition";
import { cloudWatch } from "./cloudwatch";
import type { AwsServiceDefinition } from "./aws-service-definition";

/**
 * Options of `monitorEcsService()`. Each alarm option takes `{ warning?, critical?, ...overrides }`
 * or `false` to turn the alarm off; defaults and their sources are in `lib/catalog/aws/ecs.ts`.
 */
export interface EcsServiceMonitoringOptions extends ResourceMonitoringOptions {
  /**
   * Average CPU utilization of the service's tasks (% of reserved CPU).
   *
   * @default - warning > 80, critical > 90 in 5 of 5 periods of 60 s
   */
  readonly cpuUtilization?: AlarmOptions | false;
  /**
   * Average memory utilization of the service's tasks (% of reserved memory).
   *
   * @default - warning > 80, critical > 90 in 5 of 5 periods of 60 s
   */
  readonly memoryUtilization?: AlarmOptions | false;
  /**
   * Running tasks (Container Insights). Off unless set, because it needs Container Insights.
   *
   * @default - off; when enabled: critical <= 0 in 5 of 5 periods of 60 s, missing data breaching
   */
  readonly runningTaskCount?: AlarmOptions | false;
  /**
   * 5xx answers of the service's tasks (Service Connect). Off unless a threshold is set.
   *
   * @default - off
   */
  readonly target5xxCount?: AlarmOptions | false;
}

/**
 * The `ClusterName` dimension from the service's `cluster` (a name or an ARN): the literal name,
 * the referenced cluster's name, or at plan time the part after `cluster/`.
 */
function clusterNameOf(service: EcsService): string {
  const configured = service.clusterInput;
  const text = literal(configured);
  if (text !== undefined) return text.includes("/") ? text.slice(text.lastIndexOf("/") + 1) : text;
  return foundNowOrAtSynth(
    () => {
      const cluster = referencedResource<EcsCluster>(service, configured, "aws_ecs_cluster");
      return cluster && (literal(cluster.nameInput) ?? cluster.name);
    },
    // element() wraps around: a plain name (one element) yields itself, an ARN its name part.
    () => Fn.element(Fn.split("/", service.cluster), 1),
  );
}

/** ECS services (`aws_ecs_service`), dimensions `ClusterName` and `ServiceName`. */
export const ecsServiceService: AwsServiceDefinition<EcsService, EcsServiceMonitoringOptions> = {
  id: "ecsService",
  title: "ECS service",
  terraformResourceType: "aws_ecs_service",
  cloud: cloudWatch,
  alarms: ECS_SERVICE_ALARMS,
  dimensions: (service) => ({
    ClusterName: clusterNameOf(service),
    ServiceName: literal(service.nameInput) ?? service.name,
  }),
};
