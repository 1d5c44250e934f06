import type { Instance } from "@cdktf/provider-aws/lib/instance";
import { EC2_INSTANCE_ALARMS } from "../catalog/aws/ec2";
import type { AlarmOptions, ResourceMonitoringOptions } from "../core/alarm-options";
import { memoizedPerResource } from "./private/resource-references";
import { literal } from "../core/service-definition";
import { cloudWatch } from "./cloudwatch";
import type { AwsServiceDefinition } from "./aws-service-definition";

/**
 * Options of `monitorEc2Instance()`. Each alarm option takes `{ warning?, critical?, ...overrides }`
 * or `false` to turn the alarm off; defaults and their sources are in `lib/catalog/aws/ec2.ts`.
 */
export interface Ec2InstanceMonitoringOptions extends ResourceMonitoringOptions {
  /**
   * Average CPU utilization (%).
   *
   * @default - warning > 70, critical > 80, over 3 of 3 periods of 300 s (60 s with detailed monitoring)
   */
  readonly cpuUtilization?: AlarmOptions | false;
  /**
   * Instance or system status check failed.
   *
   * @default - critical >= 1, 2 of 2 periods of 300 s
   */
  readonly statusCheckFailed?: AlarmOptions | false;
  /**
   * Attached EBS volume status check failed.
   *
   * @default - critical >= 1, 10 of 10 periods of 60 s
   */
  readonly statusCheckFailedAttachedEbs?: AlarmOptions | false;
  /**
   * Memory used (%) reported by the CloudWatch agent (`CWAgent`, dimension `InstanceId`).
   * Off unless set, because it needs the agent.
   *
   * @default - off; when enabled: warning > 95, critical > 98
   */
  readonly memoryUsedPercent?: AlarmOptions | false;
  /**
   * Disk used (%) reported by the CloudWatch agent (dimension `InstanceId` only: configure the
   * agent to aggregate by `InstanceId`). Off unless set, because it needs the agent.
   *
   * @default - off; when enabled: warning > 90, critical > 95
   */
  readonly diskUsedPercent?: AlarmOptions | false;
}

/** One `instance.id` token per instance, whatever the number of alarms (each token costs a stack trace). */
const instanceId = memoizedPerResource((instance: Instance) => instance.id);

/** EC2 instances (`aws_instance`), dimension `InstanceId`. */
export const ec2InstanceService: AwsServiceDefinition<Instance, Ec2InstanceMonitoringOptions> = {
  id: "ec2Instance",
  title: "EC2 instance",
  terraformResourceType: "aws_instance",
  cloud: cloudWatch,
  alarms: EC2_INSTANCE_ALARMS,
  // Template "AWS EC2 by HTTP".
  backendTarget: {
    kind: "aws_ec2",
    address: (instance) => instance.privateIp,
    identifiers: (instance, region) => ({
      "AWS.EC2.INSTANCE.ID": instance.id,
      "AWS.REGION": region,
    }),
    sharedThresholds: [{ key: "cpuUtilization", macro: "AWS.EC2.CPU.UTIL.WARN.MAX" }],
  },
  dimensions: (instance) => ({ InstanceId: instanceId(instance) ?? instance.id }),
  // RA: CPU period 300 s, or 60 s when the instance has detailed monitoring.
  adjust: (instance, alarm) =>
    alarm.key === "cpuUtilization" && literal(instance.monitoringInput) === true
      ? { ...alarm, period: 60 }
      : alarm,
};
