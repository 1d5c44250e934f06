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
 * shown, with id `expressionId` (which anomaly bands refer to). With an `idPrefix` (several
 * resources on one graph), the metrics' ids, and the expression's references to them, start with
 * it; `options` go on every hidden metric (e.g. a `stat` that differs from the graph's).
 */
export function mathGraphMetrics(
  spec: MathAlarmSpec,
  series: { idPrefix?: string; expressionId?: string; label?: string; options?: object } = {},
): unknown[] {
  const { idPrefix = "", expressionId = EXPRESSION_ID, label = spec.metricName } = series;
  const dimensions = Object.entries(cloudWatchDimensions(spec)).flat();
  const ids = new Set(spec.math.metrics.map((m) => m.id));
  const expression =
    idPrefix === ""
      ? spec.math.expression
      : spec.math.expression.replace(/\b[a-z][A-Za-z0-9_]*\b/g, (id) =>
          ids.has(id) ? `${idPrefix}${id}` : id,
        );
  return [
    ...spec.math.metrics.map((m) => [
      spec.namespace,
      m.metricName,
      ...dimensions,
      { id: `${idPrefix}${m.id}`, visible: false, ...series.options },
    ]),
    [{ expression, label, id: expressionId }],
  ];
}
