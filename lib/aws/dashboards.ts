import { TerraformStack, Token, type TerraformProvider } from "cdktf";
import type { Construct } from "constructs";
import type { MonitoringAlarm } from "./alarm-factory";
import { formatNumber, thresholdLabel } from "../core/alarm-description";
import { MonitoringConfigError } from "../core/config-error";
import { constructId } from "../core/construct-id";
import {
  DEFAULT_COLUMNS,
  DEFAULT_MAX_WIDGETS,
  DEFAULT_START,
  DEFAULT_TOP_N,
  type DashboardOptions,
} from "../core/dashboard-options";
import {
  dashboardBooks,
  graphsByGroup,
  metricsOptionProblems,
  pageName,
} from "../core/dashboard-plan";
import { thresholdLines } from "../core/threshold-lines";
import { cloudWatchDimensions } from "./cloudwatch-dimensions";
import { EXPRESSION_ID, mathGraphMetrics, type MathAlarmSpec } from "./metric-math";
import {
  GRAPH_HEIGHT,
  GRID_COLUMNS,
  MAX_ALARMS_PER_STATUS_WIDGET,
  isTopN,
  paginate,
  type GraphPlan,
  type PagePlan,
} from "./dashboard-layout";
import { awsBindings } from "./provider-bindings";

export type { DashboardLayout, DashboardOptions } from "../core/dashboard-options";

const COLORS = { critical: "#d62728", warning: "#ff7f0e" } as const;

/** Sizes and counts the renderer reads from the options, with their defaults. */
interface Grid {
  readonly columns: number;
  readonly width: number;
  readonly height: number;
  readonly topN: number;
  readonly labelled: boolean;
}

/**
 * Creates the facade's dashboards: per service group a text header, alarm-status widgets (at
 * most 100 alarms each), then one graph per metric of each service type with every resource of
 * the group on it (the top `topN` past that many) and the thresholds as horizontal annotations;
 * on the 24-column grid, split into pages within CloudWatch's limits. The same alarms always
 * give the same bodies.
 */
export function buildDashboards(
  scope: Construct,
  prefix: string,
  alarms: readonly MonitoringAlarm[],
  options: DashboardOptions,
  region: string | undefined,
): void {
  if (alarms.length === 0) return;
  const problems = metricsOptionProblems(alarms, options.metrics);
  if (problems.length > 0) throw new MonitoringConfigError(scope.node.path, "dashboard", problems);
  const maxWidgets = options.maxWidgets ?? DEFAULT_MAX_WIDGETS;
  const start = options.start ?? DEFAULT_START;
  const columns = options.columns ?? DEFAULT_COLUMNS;
  const grid: Grid = {
    columns,
    width: options.graphWidth ?? Math.floor(GRID_COLUMNS / columns),
    height: options.graphHeight ?? GRAPH_HEIGHT,
    topN: options.topN ?? DEFAULT_TOP_N,
    labelled: options.layout !== "perResource",
  };
  let defaultRegion: string | undefined = region;
  const regionOf = (alarm: MonitoringAlarm) =>
    alarm.spec.region ?? (defaultRegion ??= defaultRegionOf(scope));
  const groups = graphsByGroup(alarms, options);
  for (const book of dashboardBooks(prefix, groups, options.perGroup)) {
    paginate(book.groups, maxWidgets, grid.topN).forEach((page, index) => {
      const name = pageName(book.name, index).replace(/[^A-Za-z0-9_-]/g, "-");
      new awsBindings.CloudwatchDashboard(
        scope,
        constructId(`dashboard-${name.slice(prefix.length + 1) || "main"}`),
        {
          dashboardName: name,
          dashboardBody: JSON.stringify({
            start,
            periodOverride: "inherit",
            widgets: renderPage(page, grid, regionOf),
          }),
        },
      );
    });
  }
}

function renderPage(
  page: PagePlan,
  grid: Grid,
  regionOf: (alarm: MonitoringAlarm) => string,
): object[] {
  const widgets: object[] = [];
  let y = 0;
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
    const alarms = [...section.alarms].sort((a, b) =>
      a.spec.name < b.spec.name ? -1 : a.spec.name > b.spec.name ? 1 : 0,
    );
    const parts = Math.ceil(alarms.length / MAX_ALARMS_PER_STATUS_WIDGET);
    for (let i = 0; i < parts; i++) {
      const slice = alarms.slice(
        i * MAX_ALARMS_PER_STATUS_WIDGET,
        (i + 1) * MAX_ALARMS_PER_STATUS_WIDGET,
      );
      const height = Math.min(12, 2 + Math.ceil(slice.length / 6));
      widgets.push({
        type: "alarm",
        x: 0,
        y,
        width: GRID_COLUMNS,
        height,
        properties: {
          title: `${section.group} alarms${parts > 1 ? ` (${i + 1}/${parts})` : ""}`,
          alarms: slice.map(arnReference),
          sortBy: "stateUpdatedTimestamp",
        },
      });
      y += height;
    }
    const drawn = section.graphs.filter((graph) => !graph.statusOnly);
    drawn.forEach((graph, i) => {
      widgets.push({
        type: "metric",
        x: (i % grid.columns) * grid.width,
        y: y + Math.floor(i / grid.columns) * grid.height,
        width: grid.width,
        height: grid.height,
        properties: graphProperties(graph, grid, regionOf),
      });
    });
    y += Math.ceil(drawn.length / grid.columns) * grid.height;
  }
  return widgets;
}

function graphProperties(
  graph: GraphPlan,
  grid: Grid,
  regionOf: (alarm: MonitoringAlarm) => string,
): object {
  const first = graph.series[0].alarms[0];
  const s = first.spec;
  const region = regionOf(first);
  const topN = isTopN(graph, grid.topN);
  const single = graph.series.length === 1;
  const metrics: unknown[] = [];
  graph.series.forEach((series, i) => {
    const spec = series.alarms[0].spec;
    const options: Record<string, unknown> = {};
    if (spec.statistic !== s.statistic) options.stat = spec.statistic;
    if (spec.period !== s.period) options.period = spec.period;
    const seriesRegion = regionOf(series.alarms[0]);
    if (seriesRegion !== region) options.region = seriesRegion;
    const label = grid.labelled ? series.label : undefined;
    const bands = topN ? [] : series.alarms.filter((a) => a.spec.anomalyBand !== undefined);
    let main: string;
    if (spec.math) {
      main = single ? EXPRESSION_ID : `e${i + 1}`;
      metrics.push(
        ...mathGraphMetrics(spec as MathAlarmSpec, {
          idPrefix: single ? "" : `s${i + 1}_`,
          expressionId: main,
          label: label ?? spec.metricName,
          options,
        }),
      );
    } else {
      main = `m${i + 1}`;
      const metric: unknown[] = [
        spec.namespace,
        spec.metricName,
        ...Object.entries(cloudWatchDimensions(spec)).flat(),
      ];
      const rendering = {
        ...(topN || bands.length > 0 ? { id: main } : {}),
        ...(label === undefined ? {} : { label }),
        ...(topN ? { visible: false } : {}),
        ...options,
      };
      metrics.push(Object.keys(rendering).length > 0 ? [...metric, rendering] : metric);
    }
    for (const band of bands) {
      metrics.push([
        {
          expression: `ANOMALY_DETECTION_BAND(${main}, ${band.spec.anomalyBand})`,
          label: `${single ? "" : `${series.label} `}${band.spec.severity} band`,
          id: single ? `band_${band.spec.severity}` : `band_${i + 1}_${band.spec.severity}`,
        },
      ]);
    }
  });
  if (topN) metrics.push([{ expression: topNExpression(graph, grid.topN), id: "top" }]);
  const horizontal = thresholdLines(graph, (spec) =>
    spec.threshold === undefined ? undefined : thresholdLabel(spec, formatNumber(spec.threshold)),
  ).map((line) => ({
    label: line.label,
    value: line.spec.threshold,
    color: COLORS[line.spec.severity],
  }));
  return {
    title: topN ? `${graph.title} (top ${grid.topN} of ${graph.series.length})` : graph.title,
    view: "timeSeries",
    region,
    stat: s.statistic,
    period: s.period,
    metrics,
    ...(horizontal.length ? { annotations: { horizontal } } : {}),
  };
}

/**
 * `SORT(METRICS(), MAX, DESC, n)`: the n series with the highest peak, or for alarms on low
 * values (`LessThan...`) `SORT(METRICS(), MIN, ASC, n)`, the n with the lowest.
 */
function topNExpression(graph: GraphPlan, topN: number): string {
  const low = graph.series[0].alarms[0].spec.comparisonOperator.startsWith("Less");
  return `SORT(METRICS(), ${low ? "MIN, ASC" : "MAX, DESC"}, ${topN})`;
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
