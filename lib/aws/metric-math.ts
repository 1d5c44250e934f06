import type { CloudwatchMetricAlarmConfig } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm";
import type { AlarmSpec } from "../core/alarm-spec";
import { anomalyOperatorOf } from "./anomaly-operator";
import { cloudWatchDimensions } from "./cloudwatch-dimensions";

/** Id of the expression in an alarm's or graph's metric queries. */
export const EXPRESSION_ID = "e1";

/** A spec of an alarm on a metric-math expression. */
export type MathAlarmSpec = AlarmSpec & { readonly math: NonNullable<AlarmSpec["math"]> };

type MathAlarmConfig = Pick<
  CloudwatchMetricAlarmConfig,
  "comparisonOperator" | "threshold" | "thresholdMetricId" | "metricQuery"
>;

/**
 * The metric queries of an alarm on `spec.math`: each metric (not returned), the expression
 * (returned), and for anomaly detection the band around the expression.
 */
export function mathAlarmConfig(spec: MathAlarmSpec): MathAlarmConfig {
  const metricQuery: NonNullable<CloudwatchMetricAlarmConfig["metricQuery"]> = [
    ...spec.math.metrics.map((m) => ({
      id: m.id,
      returnData: false,
      metric: {
        namespace: spec.namespace,
        metricName: m.metricName,
        period: spec.period,
        stat: spec.statistic,
        dimensions: cloudWatchDimensions(spec),
      },
    })),
    {
      id: EXPRESSION_ID,
      expression: spec.math.expression,
      label: spec.metricName,
      returnData: true,
    },
  ];
  if (spec.anomalyBand === undefined) {
    return { comparisonOperator: spec.comparisonOperator, threshold: spec.threshold, metricQuery };
  }
  metricQuery.push({
    id: "band",
    expression: `ANOMALY_DETECTION_BAND(${EXPRESSION_ID}, ${spec.anomalyBand})`,
    label: `${spec.metricName} (expected band)`,
    returnData: true,
  });
  return {
    comparisonOperator: anomalyOperatorOf(spec),
    thresholdMetricId: "band",
    metricQuery,
  };
}

/**
 * The `metrics` of a dashboard graph of `spec.math`: the metrics hidden, then the expression
 * shown, with id `EXPRESSION_ID` (which anomaly bands refer to).
 */
export function mathGraphMetrics(spec: MathAlarmSpec): unknown[] {
  const dimensions = Object.entries(cloudWatchDimensions(spec)).flat();
  return [
    ...spec.math.metrics.map((m) => [
      spec.namespace,
      m.metricName,
      ...dimensions,
      { id: m.id, visible: false },
    ]),
    [{ expression: spec.math.expression, label: spec.metricName, id: EXPRESSION_ID }],
  ];
}
