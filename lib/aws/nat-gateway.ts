import type { NatGateway } from "@cdktf/provider-aws/lib/nat-gateway";
import { NAT_GATEWAY_ALARMS } from "../catalog/aws/nat-gateway";
import type { AlarmOptions, ResourceMonitoringOptions } from "../core/alarm-options";
import { cloudWatch } from "./cloudwatch";
import type { AwsServiceDefinition } from "./aws-service-definition";

/**
 * Options of `monitorNatGateway()`. Each alarm option takes `{ warning?, critical?, ...overrides }`
 * or `false` to turn the alarm off; defaults and their sources are in `lib/catalog/aws/nat-gateway.ts`.
 */
export interface NatGatewayMonitoringOptions extends ResourceMonitoringOptions {
  /**
   * Connections that failed because no source port was free.
   *
   * @default - critical > 0 in 15 of 15 periods of 60 s
   */
  readonly errorPortAllocation?: AlarmOptions | false;
  /**
   * Dropped packets per minute (RA: 0.01% of all packets). Off unless a threshold is set.
   *
   * @default - off
   */
  readonly packetsDropCount?: AlarmOptions | false;
}

/** NAT gateways (`aws_nat_gateway`), dimension `NatGatewayId`. */
export const natGatewayService: AwsServiceDefinition<NatGateway, NatGatewayMonitoringOptions> = {
  id: "natGateway",
  title: "NAT gateway",
  terraformResourceType: "aws_nat_gateway",
  cloud: cloudWatch,
  alarms: NAT_GATEWAY_ALARMS,
  dimensions: (nat) => ({ NatGatewayId: nat.id }),
};
