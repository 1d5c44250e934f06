import type { Construct } from "constructs";
import { MonitoringConfigError } from "../core/config-error";
import { constructId } from "../core/construct-id";
import { durationWords, type PlannedSlo } from "../core/slo";
import { CLOUDWATCH_QUOTAS } from "./cloudwatch-quotas";
import { GRID_COLUMNS } from "./dashboard-layout";
import { awsBindings } from "./provider-bindings";
import { ERROR_RATIO_ID, errorRatioQuery } from "./slo-alarms";

const WIDGET_HEIGHT = 6;
const COLORS = { critical: "#d62728", warning: "#ff7f0e" } as const;

/** The dashboard's name for a facade prefix: `<prefix>-slos`. */
export function sloDashboardName(prefix: string): string {
  return `${prefix}-slos`.replace(/[^A-Za-z0-9_-]/g, "-");
}

/**
 * The error-budget dashboard `<prefix>-slos`: per SLO, one row of the error budget left and the
 * burn rate over the SLO's whole window (single values), and the burn rate per hour over the
 * dashboard's time range with the alerts' factors as lines.
 */
export function buildSloDashboard(
  scope: Construct,
  prefix: string,
  slos: readonly PlannedSlo[],
  regionOf: () => string,
): void {
  if (slos.length === 0) return;
  const region = regionOf();
  const widgets: object[] = [];
  let metrics = 0;
  slos.forEach((slo, row) => {
    const y = row * WIDGET_HEIGHT;
    const query = errorRatioQuery(slo);
    metrics += 2 * query.metrics.length;
    const hidden = query.metrics.map(({ id, metric }) => [
      metric.namespace,
      metric.metricName,
      ...Object.entries(metric.dimensions).flat(),
      { id, stat: metric.statistic, visible: false },
    ]);
    const ratio = [{ expression: query.expression, id: ERROR_RATIO_ID, visible: false }];
    const burnRate = (label: string) => [
      { expression: `${ERROR_RATIO_ID}/${slo.errorBudget}`, label, id: "burn_rate" },
    ];
    widgets.push({
      type: "metric",
      x: 0,
      y,
      width: GRID_COLUMNS / 2,
      height: WIDGET_HEIGHT,
      properties: {
        title: `SLO ${slo.id}: error budget over ${durationWords(slo.window)}`,
        view: "singleValue",
        region,
        start: `-PT${slo.windowSeconds / 3600}H`,
        setPeriodToTimeRange: true,
        metrics: [
          ...hidden,
          ratio,
          [
            {
              expression: `100*(1-${ERROR_RATIO_ID}/${slo.errorBudget})`,
              label: "Error budget remaining (%)",
              id: "budget_left",
            },
          ],
          burnRate("Burn rate (×)"),
        ],
      },
    });
    widgets.push({
      type: "metric",
      x: GRID_COLUMNS / 2,
      y,
      width: GRID_COLUMNS / 2,
      height: WIDGET_HEIGHT,
      properties: {
        title: `SLO ${slo.id}: burn rate per hour (target ${Number((slo.target * 100).toPrecision(12))} %)`,
        view: "timeSeries",
        region,
        period: 3600,
        metrics: [...hidden, ratio, burnRate("Burn rate (×)")],
        annotations: {
          horizontal: slo.alerts.map((a) => ({
            label: `${a.factor}× (${a.severity}, ${a.longWindow}/${a.shortWindow})`,
            value: a.factor,
            color: COLORS[a.severity],
          })),
        },
      },
    });
  });
  const problems = [];
  const widgetQuota = CLOUDWATCH_QUOTAS.widgetsPerDashboard;
  if (widgets.length > widgetQuota.limit) {
    problems.push({
      option: "addSlo",
      message: `${slos.length} SLOs make ${widgets.length} widgets on ${sloDashboardName(prefix)}; allowed: at most ${widgetQuota.limit} (${widgetQuota.source})`,
    });
  }
  const metricQuota = CLOUDWATCH_QUOTAS.metricsPerDashboard;
  if (metrics > metricQuota.limit) {
    problems.push({
      option: "addSlo",
      message: `${slos.length} SLOs put ${metrics} metrics on ${sloDashboardName(prefix)}; allowed: at most ${metricQuota.limit} (${metricQuota.source})`,
    });
  }
  if (problems.length > 0) {
    throw new MonitoringConfigError(scope.node.path, "SLO dashboard", problems);
  }
  new awsBindings.CloudwatchDashboard(scope, "dashboard-slos", {
    dashboardName: constructId(sloDashboardName(prefix)),
    dashboardBody: JSON.stringify({ widgets }),
  });
}
