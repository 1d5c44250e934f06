import type {
  GraphPlan as CoreGraphPlan,
  PagePlan as CorePagePlan,
  SeriesPlan as CoreSeriesPlan,
} from "../core/dashboard-plan";
import { paginate as paginateGraphs, splitGraphs } from "../core/dashboard-plan";
import type { MonitoringAlarm } from "./alarm-factory";
import { CLOUDWATCH_QUOTAS } from "./cloudwatch-quotas";

/** CloudWatch's limit of alarms per alarm-status widget. */
export const MAX_ALARMS_PER_STATUS_WIDGET = 100;
/** The dashboard grid is 24 columns wide. */
export const GRID_COLUMNS = 24;
/** Height of a graph unless `dashboard.graphHeight` says otherwise. */
export const GRAPH_HEIGHT = 6;

/** One resource's metric on a CloudWatch graph. */
export type SeriesPlan = CoreSeriesPlan<MonitoringAlarm>;
/** One graph of a CloudWatch dashboard. */
export type GraphPlan = CoreGraphPlan<MonitoringAlarm>;
/** One CloudWatch dashboard: its sections and the alarms their status widgets show. */
export type PagePlan = CorePagePlan<MonitoringAlarm>;

/** Alarm-status widgets for `alarmCount` alarms (one per 100). */
export const statusWidgets = (alarmCount: number) =>
  Math.ceil(alarmCount / MAX_ALARMS_PER_STATUS_WIDGET);

/** Entries of `metrics` one series takes: its metric (or the math's metrics and expression) and its anomaly bands. */
export function seriesMetricCount(series: SeriesPlan): number {
  const spec = series.alarms[0].spec;
  const base = spec.math ? spec.math.metrics.length + 1 : 1;
  return base + series.alarms.filter((a) => a.spec.anomalyBand !== undefined).length;
}

/**
 * Whether the graph draws only its top `topN` series with `SORT(METRICS(), ...)`: when it has
 * more, and they are plain metrics (METRICS() does not return math expressions).
 */
export function isTopN(graph: GraphPlan, topN: number): boolean {
  return graph.series.length > topN && graph.series[0].alarms[0].spec.math === undefined;
}

/**
 * Entries of a graph's `metrics` array, what CloudWatch's metrics per widget and per dashboard
 * count: each series' metrics (hidden ones too) and anomaly bands, or for a top-N graph each
 * series' metric and the sort expression.
 */
export function graphMetricCount(graph: GraphPlan, topN: number): number {
  if (isTopN(graph, topN)) return graph.series.length + 1;
  let count = 0;
  for (const series of graph.series) count += seriesMetricCount(series);
  return count;
}

/**
 * Graphs within CloudWatch's metrics per widget (one entry kept for the sort expression), then
 * pages that have no more than `maxWidgets` widgets, counting the sections' headers and
 * alarm-status widgets (one per 100 alarms), nor more metrics than CloudWatch allows per
 * dashboard.
 */
export function paginate(
  groups: Map<string, GraphPlan[]>,
  maxWidgets: number,
  topN: number,
): PagePlan[] {
  const fitting = splitGraphs(
    groups,
    seriesMetricCount,
    CLOUDWATCH_QUOTAS.metricsPerWidget.limit - 1,
  );
  return paginateGraphs(fitting, maxWidgets, statusWidgets, {
    limit: CLOUDWATCH_QUOTAS.metricsPerDashboard.limit,
    cost: (graph) => graphMetricCount(graph, topN),
  });
}
