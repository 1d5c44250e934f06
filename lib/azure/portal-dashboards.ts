import type { MonitorMetricAlert } from "@cdktf/provider-azurerm/lib/monitor-metric-alert";
import { Annotations } from "cdktf";
import type { AlarmFacade, CreatedAlarm } from "../core/alarm-cloud";
import type { AlarmSpec } from "../core/alarm-spec";
import { thresholdLabel } from "../core/alarm-description";
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
  paginate,
  splitEachGraph,
  splitGraphs,
  type GraphPlan,
  type PagePlan,
  type SeriesPlan,
} from "../core/dashboard-plan";
import { thresholdLines } from "../core/threshold-lines";
import { azurermBindings } from "./provider-bindings";

/**
 * Azure portal dashboards (`azurerm_portal_dashboard`): per facade (or per service group with
 * `perGroup`), a markdown header per service group and a metrics chart per metric of each
 * resource type with the group's resources of that type on it (at most `topN` per chart: the
 * portal cannot rank, so more go to further charts), or with `layout: "perResource"` a chart per
 * resource metric; paged at `maxWidgets` parts.
 *
 * The `dashboard_properties` JSON, and where each piece was checked:
 * - `lenses` → `"0"` → `parts` keyed `"0"`, `"1"`, ... with `position {x, y, colSpan, rowSpan}`
 *   and `metadata`: the keyed (2019-01-01-preview) form of Microsoft's "The structure of Azure
 *   dashboards" and of the azurerm `portal_dashboard` docs' example. azurerm 4.x validates it
 *   against that model, and newer 4.x releases, which send the array form, convert it.
 * - `Extension/HubsExtension/PartType/MarkdownPart` with
 *   `settings.content.settings.{content, title, subtitle}`: Microsoft's page and the
 *   `Microsoft.Portal/dashboards` template reference.
 * - `Extension/HubsExtension/PartType/MonitorChartPart` with an `options` input holding
 *   `chart {metrics [{resourceMetadata {id}, name, aggregationType, namespace,
 *   metricVisualization {displayName}}], title, titleKind, visualization {chartType}, timespan}`:
 *   Microsoft documents neither this part nor its numbers, so they are taken from dashboards the
 *   portal exports: `aggregationType` 1 Sum (Azure Monitor's Total), 2 Minimum, 3 Maximum,
 *   4 Average, 7 Count; `titleKind` 2 a title of our own; `chartType` 2 a line chart; dimension
 *   filters as `filterCollection.filters [{key, operator 0 (equals), values}]`.
 *
 * Portal charts draw no threshold lines, so each chart's title carries its alerts' thresholds
 * ("Linux VM Percentage CPU (avg) — critical > 95 %, warning > 80 %").
 */

/** An Azure alert with what its chart needs of the resource it watches. */
export interface ChartTarget {
  /** The resource's id (a Terraform reference). */
  readonly id: string;
  /** The resource's `location` when it is a literal. */
  readonly literalLocation?: string;
  /** A reference to the resource's `location`, or undefined when it has none. */
  locationReference(): string | undefined;
}

/** Where the dashboards go. */
export interface DashboardPlacement {
  readonly resourceGroupName?: string;
  readonly location?: string;
}

/** A chart's size in the portal's grid units unless `graphWidth` and `graphHeight` say otherwise. */
const CHART_COLUMNS = 6;
const CHART_ROWS = 4;

/** Charts per row, their size, and whether series are named by resource. */
interface Grid {
  readonly columns: number;
  readonly width: number;
  readonly height: number;
  readonly labelled: boolean;
}

/** The portal's aggregation numbers, by Azure Monitor aggregation (see the file comment). */
const AGGREGATION_TYPE: Readonly<Record<string, number>> = {
  Total: 1,
  Minimum: 2,
  Maximum: 3,
  Average: 4,
  Count: 7,
};
const AGGREGATION_LABEL: Readonly<Record<string, string>> = {
  Total: "sum",
  Minimum: "min",
  Maximum: "max",
  Average: "avg",
  Count: "count",
};

/**
 * Creates the facade's portal dashboards from its Azure alerts (sorted by name), or warns and
 * creates none when their resource group or location is unknown. The same alerts always give
 * the same `dashboard_properties`.
 */
export function buildPortalDashboards(
  facade: AlarmFacade,
  alarms: readonly CreatedAlarm<MonitorMetricAlert>[],
  options: DashboardOptions,
  placement: DashboardPlacement,
  targetOf: (alarm: CreatedAlarm<MonitorMetricAlert>) => ChartTarget,
): void {
  if (alarms.length === 0) return;
  const resourceGroupName = placement.resourceGroupName;
  const location = placement.location ?? locationOf(alarms.map(targetOf));
  if (resourceGroupName === undefined || location === undefined) {
    const missing =
      resourceGroupName === undefined
        ? "set azure.resourceGroupName (the resource group it goes to)"
        : "none of the monitored resources has a location: set azure.dashboardLocation";
    Annotations.of(facade).addWarning(
      `No Azure portal dashboard for the Azure alerts: ${missing}, or dashboard: false to go without.`,
    );
    return;
  }
  const problems = metricsOptionProblems(alarms, options.metrics);
  if (problems.length > 0) throw new MonitoringConfigError(facade.node.path, "dashboard", problems);
  const prefix = facade.prefix;
  const timespan = { relative: { duration: durationMs(options.start ?? DEFAULT_START) } };
  const maxParts = options.maxWidgets ?? DEFAULT_MAX_WIDGETS;
  const grid: Grid = {
    columns: options.columns ?? DEFAULT_COLUMNS,
    width: options.graphWidth ?? CHART_COLUMNS,
    height: options.graphHeight ?? CHART_ROWS,
    labelled: options.layout !== "perResource",
  };
  const groups = splitGraphs(
    byFilters(graphsByGroup(alarms, options)),
    () => 1,
    options.topN ?? DEFAULT_TOP_N,
  );
  for (const book of dashboardBooks(prefix, groups, options.perGroup)) {
    paginate(book.groups, maxParts).forEach((page, index) => {
      const title = pageName(book.name, index);
      const name = title.replace(/[^A-Za-z0-9_-]/g, "-");
      const parts = renderParts(page, grid, (alarm) => targetOf(alarm).id, timespan);
      new azurermBindings.PortalDashboard(
        facade,
        constructId(`portal-dashboard-${name.slice(prefix.length + 1) || "main"}`),
        {
          name,
          resourceGroupName,
          location,
          dashboardProperties: JSON.stringify({
            lenses: { "0": { order: 0, parts } },
            metadata: { model: {} },
          }),
          tags: { "hidden-title": title },
        },
      );
    });
  }
}

/**
 * A chart filters all its resources on one set of dimensions, so the series of a graph whose
 * alerts filter differently (one resource's override) go to charts of their own, titled with
 * their filter: `AKS cluster kube_pod_status_phase [phase=Failed, namespace=checkout]`.
 */
function byFilters<A extends CreatedAlarm>(
  groups: Map<string, GraphPlan<A>[]>,
): Map<string, GraphPlan<A>[]> {
  return splitEachGraph(groups, (graph) => {
    const bySignature = new Map<string, SeriesPlan<A>[]>();
    for (const series of graph.series) {
      const signature = filterText(series.alarms[0].spec);
      const list = bySignature.get(signature);
      if (list) list.push(series);
      else bySignature.set(signature, [series]);
    }
    return [...bySignature].map(([signature, series]) => ({
      suffix: signature === "" ? "" : ` [${signature}]`,
      series,
    }));
  });
}

/** An alert's dimension filters as `name=value/value, name=value` ("" for none). */
function filterText(spec: AlarmSpec): string {
  return Object.entries(spec.dimensions)
    .map(([key, value]) => `${key}=${typeof value === "string" ? value : value.join("/")}`)
    .join(", ");
}

/** The first literal location of the monitored resources, else the first reference to one. */
function locationOf(targets: readonly ChartTarget[]): string | undefined {
  const literal = targets.find((t) => t.literalLocation !== undefined)?.literalLocation;
  if (literal !== undefined) return literal;
  for (const target of targets) {
    const reference = target.locationReference();
    if (reference !== undefined) return reference;
  }
  return undefined;
}

/** Parts keyed "0", "1", ...: per section a full-width header, then its charts `columns` to a row. */
function renderParts(
  page: PagePlan<CreatedAlarm<MonitorMetricAlert>>,
  grid: Grid,
  idOf: (alarm: CreatedAlarm<MonitorMetricAlert>) => string,
  timespan: object,
): Record<string, object> {
  const parts: Record<string, object> = {};
  let next = 0;
  let y = 0;
  for (const section of page.sections) {
    const drawn = section.graphs.filter((graph) => !graph.statusOnly);
    if (drawn.length === 0) continue;
    parts[String(next++)] = {
      position: { x: 0, y, colSpan: grid.columns * grid.width, rowSpan: 1 },
      metadata: {
        inputs: [],
        type: "Extension/HubsExtension/PartType/MarkdownPart",
        settings: {
          content: { settings: { content: `## ${section.group}`, title: "", subtitle: "" } },
        },
      },
    };
    y += 1;
    drawn.forEach((graph, i) => {
      const chart = chartOf(graph, grid, idOf, timespan);
      parts[String(next++)] = {
        position: {
          x: (i % grid.columns) * grid.width,
          y: y + Math.floor(i / grid.columns) * grid.height,
          colSpan: grid.width,
          rowSpan: grid.height,
        },
        metadata: {
          inputs: [
            { name: "options", isOptional: true, value: { chart } },
            { name: "sharedTimeRange", isOptional: true },
          ],
          type: "Extension/HubsExtension/PartType/MonitorChartPart",
          settings: {},
        },
      };
    });
    y += Math.ceil(drawn.length / grid.columns) * grid.height;
  }
  return parts;
}

/**
 * A metrics chart with one metric per series (the portal draws each resource's line); dimension
 * filters apply to the whole chart, so they are the first series' (a service's alerts on one
 * metric share their dimension filters).
 */
function chartOf(
  graph: GraphPlan<CreatedAlarm<MonitorMetricAlert>>,
  grid: Grid,
  idOf: (alarm: CreatedAlarm<MonitorMetricAlert>) => string,
  timespan: object,
): object {
  const s = graph.series[0].alarms[0].spec;
  const filters = Object.entries(s.dimensions).map(([key, value]) => ({
    key,
    operator: 0,
    values: typeof value === "string" ? [value] : [...value],
  }));
  return {
    metrics: graph.series.map((series) => {
      const spec = series.alarms[0].spec;
      return {
        resourceMetadata: { id: idOf(series.alarms[0]) },
        name: spec.metricName,
        aggregationType: AGGREGATION_TYPE[spec.statistic],
        namespace: spec.namespace,
        metricVisualization: { displayName: grid.labelled ? series.label : spec.metricName },
      };
    }),
    title: chartTitle(graph),
    titleKind: 2,
    visualization: { chartType: 2 },
    timespan,
    ...(filters.length > 0 ? { filterCollection: { filters } } : {}),
  };
}

/**
 * The chart's title with its thresholds and windows, severities in order, each distinct one once,
 * since portal charts draw no threshold lines:
 * `Linux VM Percentage CPU (avg) — critical > 95 % (over 5 minutes), warning > 80 % (over 5 minutes)`;
 * a threshold only some resources have names them (`critical > 99 % (over 5 minutes) for web`).
 * A dynamic threshold has no value to draw; the title says so, with how it fires:
 * `... — critical dynamic: above a learned threshold, Medium sensitivity, 4 of 4 periods failing`.
 */
export function chartTitle(graph: GraphPlan): string {
  const s = graph.alarms[0].spec;
  const thresholds = thresholdLines(graph, (a) => {
    if (a.threshold !== undefined) return thresholdLabel(a, groupDigits(a.threshold));
    if (a.anomalySensitivity !== undefined) return `${a.severity} ${dynamicText(a)}`;
    return undefined;
  }).map((line) => line.label);
  const aggregation = AGGREGATION_LABEL[s.statistic] ?? s.statistic;
  const base = `${graph.title} (${aggregation})`;
  return thresholds.length > 0 ? `${base} — ${thresholds.join(", ")}` : base;
}

function dynamicText(spec: AlarmSpec): string {
  const side = spec.comparisonOperator.startsWith("Greater") ? "above" : "below";
  const since =
    spec.ignoreDataBefore === undefined ? "" : `, learned since ${spec.ignoreDataBefore}`;
  return `dynamic: ${side} a learned threshold, ${spec.anomalySensitivity} sensitivity, ${spec.datapointsToAlarm} of ${spec.evaluationPeriods} periods failing${since}`;
}

/** `1000000000` as `1,000,000,000`, without depending on the run time's locale data. */
function groupDigits(value: number): string {
  const [whole, fraction] = String(value).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

const SECONDS: Readonly<Record<string, number>> = {
  Y: 365 * 86_400,
  W: 7 * 86_400,
  D: 86_400,
  H: 3600,
  S: 1,
};

/**
 * Milliseconds of an ISO 8601 duration before now, as the portal's relative timespan wants them:
 * `-PT6H` is 21,600,000. A year is 365 days and a month 30.
 */
export function durationMs(iso: string): number {
  const [, date = "", time = ""] = /^-?P([^T]*)(?:T(.*))?$/.exec(iso) ?? [];
  let seconds = 0;
  for (const [, n, unit] of date.matchAll(/(\d+)([YMWD])/g))
    seconds += Number(n) * (unit === "M" ? 30 * 86_400 : SECONDS[unit]);
  for (const [, n, unit] of time.matchAll(/(\d+)([HMS])/g))
    seconds += Number(n) * (unit === "M" ? 60 : SECONDS[unit]);
  return seconds * 1000;
}
