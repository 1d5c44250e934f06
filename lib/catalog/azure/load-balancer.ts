import type { AlarmDefault } from "../alarm-default";
import { ambaAlerts } from "./amba-alert";

/**
 * Default alerts for a Standard load balancer (`Microsoft.Network/loadBalancers`, scoped to it;
 * a Basic one has no metrics). AMBA's verified rows, and the failed-SNAT-connection row; left out:
 * `GlobalBackendAvailability` (cross-region load balancers only, unverified) and the hidden rows
 * without a threshold.
 */
export const LOAD_BALANCER_ALARMS: readonly AlarmDefault[] = ambaAlerts("Network/loadBalancers", [
  {
    key: "vipAvailability",
    metricName: "VipAvailability",
    statistic: "Average",
    comparisonOperator: "LessThanThreshold",
    thresholds: { critical: 90 },
    period: 300,
    frequency: 60,
    unit: "%",
    description: "The frontend (data path) availability is low: clients cannot reach it.",
    enabledByDefault: true,
    note: "AMBA verified: Average < 90 over PT5M every PT1M, severity 0 (critical).",
  },
  {
    key: "dipAvailability",
    metricName: "DipAvailability",
    statistic: "Average",
    comparisonOperator: "LessThanThreshold",
    thresholds: { critical: 90 },
    period: 300,
    frequency: 60,
    unit: "%",
    description: "Too few of the health probes to the backends succeed.",
    enabledByDefault: true,
    note: "AMBA verified: Average < 90 over PT5M every PT1M, severity 0 (critical).",
  },
  {
    key: "usedSnatPorts",
    metricName: "UsedSnatPorts",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { critical: 900 },
    period: 300,
    frequency: 60,
    unit: "ports",
    description: "Backends use many SNAT ports; outbound connections will soon fail.",
    enabledByDefault: true,
    note: "AMBA verified: Average > 900 over PT5M every PT1M, severity 1 (critical). 900 suits the default allocation of 1,024 ports per instance; set it from AllocatedSnatPorts when you allocate more.",
  },
  {
    key: "failedSnatConnections",
    metricName: "SnatConnectionCount",
    statistic: "Total",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { critical: 0 },
    period: 300,
    frequency: 300,
    unit: "connections",
    extraDimensions: { ConnectionState: "Failed" },
    description: "Outbound connections through the load balancer failed (SNAT exhaustion).",
    enabledByDefault: true,
    note: "AMBA unverified (3,226 rules): Total > 0 with ConnectionState=Failed over PT5M every PT5M, severity 1 (critical). Kept: any failed outbound connection is a failure users see.",
  },
]);
