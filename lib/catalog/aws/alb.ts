import type { AlarmDefault } from "../alarm-default";
import { sourceOf } from "./sources";

/**
 * Default alarms for an Application Load Balancer (dimension `LoadBalancer`, the ARN suffix).
 * RA has no ALB section; SLIC's zero-tolerance rules over one minute are warnings here, because
 * one load-balancer 5xx in a minute is worth a look, not a page.
 */
export const ALB_ALARMS: readonly AlarmDefault[] = [
  {
    key: "elb5xxCount",
    namespace: "AWS/ApplicationELB",
    metricName: "HTTPCode_ELB_5XX_Count",
    statistic: "Sum",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 0 },
    period: 60,
    evaluationPeriods: 1,
    datapointsToAlarm: 1,
    treatMissingData: "notBreaching",
    unit: "count",
    description:
      "The load balancer itself answered with 5xx errors: no healthy target, a target that closed the connection or timed out.",
    enabledByDefault: true,
    source: sourceOf(
      ["SLIC", "GU"],
      "SLIC's > 0 in one minute, as a warning. A critical level depends on the error rate the user tolerates (guardian/cdk makes it a required prop), so none by default.",
    ),
  },
  {
    key: "rejectedConnectionCount",
    namespace: "AWS/ApplicationELB",
    metricName: "RejectedConnectionCount",
    statistic: "Sum",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 0 },
    period: 60,
    evaluationPeriods: 1,
    datapointsToAlarm: 1,
    treatMissingData: "notBreaching",
    unit: "count",
    description:
      "The load balancer rejected connections because it reached its maximum number of connections.",
    enabledByDefault: true,
    source: sourceOf("SLIC", "SLIC's > 0 in one minute, as a warning."),
  },
  {
    key: "errorRate5xx",
    namespace: "AWS/ApplicationELB",
    metricName: "HTTP5xxPercent",
    statistic: "Sum",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: {},
    period: 60,
    evaluationPeriods: 1,
    datapointsToAlarm: 1,
    treatMissingData: "notBreaching",
    unit: "%",
    description:
      "A share of the requests to the load balancer failed with 5xx, from the load balancer itself or from its targets.",
    enabledByDefault: false,
    source: sourceOf(
      "GU",
      "guardian/cdk's 100*(ELB 5xx + target 5xx)/RequestCount with the tolerated percentage as a required prop: off until you set warning and/or critical. FILL(..., 0) counts a minute without errors as 0 (guardian/cdk has none, so such a minute yields no value).",
    ),
    math: {
      expression: "100*(FILL(m1,0)+FILL(m2,0))/m3",
      metrics: [
        { id: "m1", metricName: "HTTPCode_ELB_5XX_Count" },
        { id: "m2", metricName: "HTTPCode_Target_5XX_Count" },
        { id: "m3", metricName: "RequestCount" },
      ],
    },
  },
];

/**
 * Default alarms for an ALB target group (dimensions `TargetGroup` and `LoadBalancer`, both ARN
 * suffixes; the metrics exist only for both together).
 */
export const ALB_TARGET_GROUP_ALARMS: readonly AlarmDefault[] = [
  {
    key: "healthyHostCount",
    namespace: "AWS/ApplicationELB",
    metricName: "HealthyHostCount",
    statistic: "Maximum",
    comparisonOperator: "LessThanThreshold",
    thresholds: { critical: 1 },
    period: 60,
    evaluationPeriods: 2,
    datapointsToAlarm: 2,
    treatMissingData: "ignore",
    unit: "count",
    description: "The target group has had no healthy target; requests to it fail with 503.",
    enabledByDefault: true,
    source: sourceOf("AA", "AA's single value: no healthy host is an outage, so critical."),
  },
  {
    key: "unhealthyHostCount",
    namespace: "AWS/ApplicationELB",
    metricName: "UnHealthyHostCount",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 0 },
    period: 60,
    evaluationPeriods: 1,
    datapointsToAlarm: 1,
    treatMissingData: "notBreaching",
    unit: "count",
    description:
      "At least one target is failing health checks; the others carry its share of traffic.",
    enabledByDefault: true,
    source: sourceOf(
      ["SLIC", "GU"],
      "SLIC's values. The load balancer routes around an unhealthy target, so warning only; guardian/cdk's slower alternative is Maximum >= 1 over 6 of 12 five-minute periods.",
    ),
  },
  {
    key: "target5xxCount",
    namespace: "AWS/ApplicationELB",
    metricName: "HTTPCode_Target_5XX_Count",
    statistic: "Sum",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 0 },
    period: 60,
    evaluationPeriods: 1,
    datapointsToAlarm: 1,
    treatMissingData: "notBreaching",
    unit: "count",
    description: "Targets answered requests with 5xx errors.",
    enabledByDefault: true,
    source: sourceOf(
      "SLIC",
      "SLIC's > 0 in one minute, as a warning; a critical level depends on the tolerated error rate.",
    ),
  },
  {
    key: "targetResponseTime",
    namespace: "AWS/ApplicationELB",
    metricName: "TargetResponseTime",
    statistic: "p90",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 3, critical: 5 },
    period: 60,
    evaluationPeriods: 2,
    datapointsToAlarm: 2,
    treatMissingData: "ignore",
    unit: "s",
    description: "The slowest tenth of requests took long to answer.",
    enabledByDefault: true,
    source: sourceOf("AA", "AA's warning/critical pair."),
  },
];
