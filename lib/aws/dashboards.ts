import { TerraformStack, Token, type TerraformProvider } from "cdktf";
import type { Construct } from "constructs";
import type { MonitoringAlarm } from "./alarm-factory";
import { formatNumber, thresholdLabel } from "../core/alarm-description";
import { constructId } from "../core/construct-id";
import {
  DEFAULT_MAX_WIDGETS,
  DEFAULT_START,
  type DashboardOptions,
} from "../core/dashboard-options";
import { dashboardBooks, graphsByGroup, pageName } from "../core/dashboard-plan";
import { cloudWatchDimensions } from "./cloudwatch-dimensions";
import { EXPRESSION_ID, mathGraphMetrics, type MathAlarmSpec } from "./metric-math";
import {
  GRAPH_HEIGHT,
  GRAPH_WIDTH,
  GRID_COLUMNS,
  MAX_ALARMS_PER_STATUS_WIDGET,
  paginate,
  type GraphPlan,
  type PagePlan,
} from "./dashboard-layout";
import { SEVERITIES } from "../core/severity";
import { awsBindings } from "./provider-bindings";

export type { DashboardOptions } from "../core/dashboard-options";

const COLORS = { critical: "#d62728", warning: "#ff7f0e" } as const;

/**
 * Creates the facade's dashboards: an alarm-status overview on top, then one section per service
 * group (header + one graph per metric with the thresholds as horizontal annotations), on the
 * 24-column grid, split into pages within CloudWatch's limits. The same alarms always give the
 * same bodies.
 */
export function buildDashboards(
  scope: Construct,
  prefix: string,
  alarms: readonly MonitoringAlarm[],
  options: DashboardOptions,
  region: string | undefined,
): void {
  const maxWidgets = options.maxWidgets ?? DEFAULT_MAX_WIDGETS;
  if (alarms.length === 0) return;
  const start = options.start ?? DEFAULT_START;
  let defaultRegion: string | undefined = region;
  const regionOf = (alarm: MonitoringAlarm) =>
    alarm.spec.region ?? (defaultRegion ??= defaultRegionOf(scope));
  for (const book of dashboardBooks(prefix, graphsByGroup(alarms), options.perGroup)) {
    paginate(book.groups, maxWidgets).forEach((page, index) => {
      const name = pageName(book.name, index).replace(/[^A-Za-z0-9_-]/g, "-");
      new awsBindings.CloudwatchDashboard(
        scope,
        constructId(`dashboard-${name.slice(prefix.length + 1) || "main"}`),
        {
          dashboardName: name,
          dashboardBody: JSON.stringify({
            start,
            periodOverride: "inherit",
            widgets: renderPage(page, regionOf),
          }),
        },
      );
    });
  }
}

function renderPage(page: PagePlan, regionOf: (alarm: MonitoringAlarm) => string): object[] {
  const widgets: object[] = [];
  let y = 0;
  for (let i = 0; i < page.alarms.length; i += MAX_ALARMS_PER_STATUS_WIDGET) {
    const slice = page.alarms.slice(i, i + MAX_ALARMS_PER_STATUS_WIDGET);
    const height = Math.min(12, 2 + Math.ceil(slice.length / 6));
    widgets.push({
      type: "alarm",
      x: 0,
      y,
      width: GRID_COLUMNS,
      height,
      properties: {
        title: "Alarms",
        alarms: slice.map(arnReference),
        sortBy: "stateUpdatedTimestamp",
      },
    });
    y += height;
  }
  for (const section of page.sections) {
    widgets.push({
      type: "text",
      x: 0,
      y,
      width: GRID_COLUMNS,
      height: 1,
      properties: { markdown: `## ${section.group}` },
    });
    y += 1;
    const perRow = GRID_COLUMNS / GRAPH_WIDTH;
    section.graphs.forEach((graph, i) => {
      widgets.push({
        type: "metric",
        x: (i % perRow) * GRAPH_WIDTH,
        y: y + Math.floor(i / perRow) * GRAPH_HEIGHT,
        width: GRAPH_WIDTH,
        height: GRAPH_HEIGHT,
        properties: graphProperties(graph, regionOf(graph.alarms[0])),
      });
    });
    y += Math.ceil(section.graphs.length / perRow) * GRAPH_HEIGHT;
  }
  return widgets;
}

function graphProperties(graph: GraphPlan, region: string): object {
  const s = graph.alarms[0].spec;
  const metric = [s.namespace, s.metricName, ...Object.entries(cloudWatchDimensions(s)).flat()];
  const bands = graph.alarms.filter((a) => a.spec.anomalyBand !== undefined);
  const main = s.math ? EXPRESSION_ID : "m1";
  const metrics: unknown[] = bands.length
    ? [
        ...(s.math ? mathGraphMetrics(s as MathAlarmSpec) : [[...metric, { id: main }]]),
        ...bands.map((a) => [
          {
            expression: `ANOMALY_DETECTION_BAND(${main}, ${a.spec.anomalyBand})`,
            label: `${a.spec.severity} band`,
            id: `band_${a.spec.severity}`,
          },
        ]),
      ]
    : s.math
      ? mathGraphMetrics(s as MathAlarmSpec)
      : [metric];
  const horizontal = SEVERITIES.flatMap((severity) =>
    graph.alarms
      .filter((a) => a.spec.severity === severity && a.spec.threshold !== undefined)
      .map((a) => ({
        label: thresholdLabel(a.spec, formatNumber(a.spec.threshold!)),
        value: a.spec.threshold,
        color: COLORS[severity],
      })),
  );
  return {
    title: graph.title,
    view: "timeSeries",
    region,
    stat: s.statistic,
    period: s.period,
    metrics,
    ...(horizontal.length ? { annotations: { horizontal } } : {}),
  };
}

/** Region of the stack's default AWS provider: its literal `region`, else data source `aws_region`. */
export function defaultRegionOf(scope: Construct): string {
  const literal = literalDefaultRegionOf(scope);
  if (literal !== undefined) return literal;
  const existing = scope.node.tryFindChild("region");
  return (
    existing instanceof awsBindings.DataAwsRegion
      ? existing
      : new awsBindings.DataAwsRegion(scope, "region")
  ).name;
}

/** The `region` of the stack's default AWS provider when it is a literal. */
export function literalDefaultRegionOf(scope: Construct): string | undefined {
  const region = defaultAwsProviderOf(scope)?.regionInput;
  return typeof region === "string" && !Token.isUnresolved(region) ? region : undefined;
}

/** The AWS provider of the scope's stack without an alias, if any. */
export function defaultAwsProviderOf(
  scope: Construct,
): (TerraformProvider & { readonly regionInput?: string }) | undefined {
  for (const child of TerraformStack.of(scope).node.children) {
    const provider = child as Partial<TerraformProvider> & {
      regionInput?: string;
      aliasInput?: string;
    };
    if (provider.terraformResourceType === "aws" && provider.aliasInput === undefined) {
      return provider as TerraformProvider & { readonly regionInput?: string };
    }
  }
  return undefined;
}

/**
 * The alarm's ARN as a Terraform reference written directly (`${aws_cloudwatch_metric_alarm.<id>.arn}`).
 * Same output as `alarm.arn`, but without creating a cdktf token per alarm: each token captures a
 * full stack trace, which at thousands of alarms costs seconds and tens of MB.
 */
function arnReference(alarm: MonitoringAlarm): string {
  return `\${${alarm.alarm.terraformResourceType}.${alarm.alarm.friendlyUniqueId}.arn}`;
}
