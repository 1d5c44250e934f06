import type { MonitorMetricAlert } from "@cdktf/provider-azurerm/lib/monitor-metric-alert";
import { Annotations } from "cdktf";
import type { AlarmFacade, CreatedAlarm } from "../core/alarm-cloud";
import type { AlarmSpec } from "../core/alarm-spec";
import { thresholdLabel } from "../core/alarm-description";
import { constructId } from "../core/construct-id";
import {
  DEFAULT_MAX_WIDGETS,
  DEFAULT_START,
  type DashboardOptions,
} from "../core/dashboard-options";
import {
  dashboardBooks,
  graphsByGroup,
  pageName,
  paginate,
  type GraphPlan,
  type PagePlan,
} from "../core/dashboard-plan";
import { SEVERITIES } from "../core/severity";
import { azurermBindings } from "./provider-bindings";

/**
 * Azure portal dashboards (`azurerm_portal_dashboard`): per facade (or per service group with
 * `perGroup`), a markdown header per service group and a metrics chart per monitored resource
 * metric, paged at `maxWidgets` parts.
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
 * ("web Percentage CPU (avg) — critical > 95 %, warning > 80 %").
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

/** Parts per row and their size in the portal's grid units. */
const CHARTS_PER_ROW = 3;
const CHART_COLUMNS = 6;
const CHART_ROWS = 4;
const ROW_COLUMNS = CHARTS_PER_ROW * CHART_COLUMNS;

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
  const prefix = facade.prefix;
  const timespan = { relative: { duration: durationMs(options.start ?? DEFAULT_START) } };
  const maxParts = options.maxWidgets ?? DEFAULT_MAX_WIDGETS;
  for (const book of dashboardBooks(prefix, graphsByGroup(alarms), options.perGroup)) {
    paginate(book.groups, maxParts).forEach((page, index) => {
      const title = pageName(book.name, index);
      const name = title.replace(/[^A-Za-z0-9_-]/g, "-");
      const parts = renderParts(page, (alarm) => targetOf(alarm).id, timespan);
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

/** Parts keyed "0", "1", ...: per section a full-width header, then its charts three to a row. */
function renderParts(
  page: PagePlan<CreatedAlarm<MonitorMetricAlert>>,
  idOf: (alarm: CreatedAlarm<MonitorMetricAlert>) => string,
  timespan: object,
): Record<string, object> {
  const parts: Record<string, object> = {};
  let next = 0;
  let y = 0;
  for (const section of page.sections) {
    parts[String(next++)] = {
      position: { x: 0, y, colSpan: ROW_COLUMNS, rowSpan: 1 },
      metadata: {
        inputs: [],
        type: "Extension/HubsExtension/PartType/MarkdownPart",
        settings: {
          content: { settings: { content: `## ${section.group}`, title: "", subtitle: "" } },
        },
      },
    };
    y += 1;
    section.graphs.forEach((graph, i) => {
      parts[String(next++)] = {
        position: {
          x: (i % CHARTS_PER_ROW) * CHART_COLUMNS,
          y: y + Math.floor(i / CHARTS_PER_ROW) * CHART_ROWS,
          colSpan: CHART_COLUMNS,
          rowSpan: CHART_ROWS,
        },
        metadata: {
          inputs: [
            { name: "options", isOptional: true, value: { chart: chartOf(graph, idOf, timespan) } },
            { name: "sharedTimeRange", isOptional: true },
          ],
          type: "Extension/HubsExtension/PartType/MonitorChartPart",
          settings: {},
        },
      };
    });
    y += Math.ceil(section.graphs.length / CHARTS_PER_ROW) * CHART_ROWS;
  }
  return parts;
}

function chartOf(
  graph: GraphPlan<CreatedAlarm<MonitorMetricAlert>>,
  idOf: (alarm: CreatedAlarm<MonitorMetricAlert>) => string,
  timespan: object,
): object {
  const s = graph.alarms[0].spec;
  const filters = Object.entries(s.dimensions).map(([key, value]) => ({
    key,
    operator: 0,
    values: typeof value === "string" ? [value] : [...value],
  }));
  return {
    metrics: [
      {
        resourceMetadata: { id: idOf(graph.alarms[0]) },
        name: s.metricName,
        aggregationType: AGGREGATION_TYPE[s.statistic],
        namespace: s.namespace,
        metricVisualization: { displayName: s.metricName },
      },
    ],
    title: chartTitle(graph),
    titleKind: 2,
    visualization: { chartType: 2 },
    timespan,
    ...(filters.length > 0 ? { filterCollection: { filters } } : {}),
  };
}

/**
 * The chart's title with its thresholds and windows, severities in order, since portal charts
 * draw no threshold lines:
 * `web Percentage CPU (avg) — critical > 95 % (over 5 minutes), warning > 80 % (over 5 minutes)`.
 * A dynamic threshold has no value to draw; the title says so, with how it fires:
 * `web Percentage CPU (avg) — critical dynamic: above a learned threshold, Medium sensitivity, 4 of 4 periods failing`.
 */
export function chartTitle(graph: GraphPlan): string {
  const s = graph.alarms[0].spec;
  const thresholds = SEVERITIES.flatMap((severity) =>
    graph.alarms
      .map((a) => a.spec)
      .filter((a) => a.severity === severity)
      .flatMap((a) => {
        if (a.threshold !== undefined) return [thresholdLabel(a, groupDigits(a.threshold))];
        if (a.anomalySensitivity !== undefined) return [`${severity} ${dynamicText(a)}`];
        return [];
      }),
  );
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
