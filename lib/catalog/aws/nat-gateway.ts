import type { AlarmDefault } from "../alarm-default";
import { sourceOf } from "./sources";

/** Default alarms for a NAT gateway (dimension `NatGatewayId`). */
export const NAT_GATEWAY_ALARMS: readonly AlarmDefault[] = [
  {
    key: "errorPortAllocation",
    namespace: "AWS/NATGateway",
    metricName: "ErrorPortAllocation",
    statistic: "Sum",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { critical: 0 },
    period: 60,
    evaluationPeriods: 15,
    datapointsToAlarm: 15,
    treatMissingData: "notBreaching",
    unit: "count",
    description: "The NAT gateway has run out of source ports; new outbound connections fail.",
    enabledByDefault: true,
    source: sourceOf("RA", "RA's values; failing connections for 15 minutes is critical."),
  },
  {
    key: "packetsDropCount",
    namespace: "AWS/NATGateway",
    metricName: "PacketsDropCount",
    statistic: "Sum",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: {},
    period: 60,
    evaluationPeriods: 5,
    datapointsToAlarm: 5,
    treatMissingData: "notBreaching",
    unit: "count",
    description: "The NAT gateway has dropped packets.",
    enabledByDefault: false,
    source: sourceOf(
      "RA",
      "RA: 0.01% of all packets, which depends on traffic; set a count to enable.",
    ),
  },
];
