import type { GraphPlan as CoreGraphPlan, PagePlan as CorePagePlan } from "../core/dashboard-plan";
import { paginate as paginateGraphs } from "../core/dashboard-plan";
import type { MonitoringAlarm } from "./alarm-factory";
import { CLOUDWATCH_QUOTAS } from "./cloudwatch-quotas";

/** CloudWatch's limit of alarms per alarm-status widget. */
export const MAX_ALARMS_PER_STATUS_WIDGET = 100;
/** The dashboard grid is 24 columns wide. */
export const GRID_COLUMNS = 24;
export const GRAPH_WIDTH = 8;
export const GRAPH_HEIGHT = 6;

/** One graph of a CloudWatch dashboard. */
export type GraphPlan = CoreGraphPlan<MonitoringAlarm>;
/** One CloudWatch dashboard: its sections and the alarms its status widgets show. */
export type PagePlan = CorePagePlan<MonitoringAlarm>;

const statusWidgets = (alarmCount: number) => Math.ceil(alarmCount / MAX_ALARMS_PER_STATUS_WIDGET);

/**
 * Entries of a graph's `metrics` array: each metric (hidden ones too), the expression of a
 * metric-math alarm and one anomaly band per anomaly alarm; what CloudWatch's metrics per
 * widget and per dashboard count.
 */
export function graphMetricCount(graph: GraphPlan): number {
  const spec = graph.alarms[0].spec;
  const base = spec.math ? spec.math.metrics.length + 1 : 1;
  return base + graph.alarms.filter((a) => a.spec.anomalyBand !== undefined).length;
}

const metricsBudget = {
  limit: CLOUDWATCH_QUOTAS.metricsPerDashboard.limit,
  cost: graphMetricCount,
};

/**
 * Splits sections into pages so that no page has more than `maxWidgets` widgets, counting the
 * alarm-status widgets (one per 100 alarms) and section headers, nor more metrics than
 * CloudWatch allows per dashboard.
 */
export function paginate(groups: Map<string, GraphPlan[]>, maxWidgets: number): PagePlan[] {
  return paginateGraphs(groups, maxWidgets, statusWidgets, metricsBudget);
}
