import { Token } from "cdktf";
import type { CreatedAlarm } from "./alarm-cloud";
import type { DashboardOptions } from "./dashboard-options";

/**
 * What goes on a facade's dashboards, whatever the cloud draws them with: sections per service
 * group, in each one graph per metric of a service type with one series per resource (or, with
 * `layout: "perResource"`, one graph per resource metric), split into pages. Each cloud turns
 * the pages into its own dashboard JSON.
 */

/** One resource's metric on a graph, with the alarms (severities) watching it. */
export interface SeriesPlan<A extends CreatedAlarm = CreatedAlarm> {
  /** What the series is called on the graph: the resource's name (and a dimension if needed). */
  readonly label: string;
  readonly alarms: readonly A[];
}

/** One graph: a metric of a service type, one series per resource. */
export interface GraphPlan<A extends CreatedAlarm = CreatedAlarm> {
  readonly title: string;
  /** The series, by label. */
  readonly series: readonly SeriesPlan<A>[];
  /** Every alarm of every series, in series order. */
  readonly alarms: readonly A[];
  /**
   * Not drawn: the alarms of metrics `dashboard.metrics` leaves out, which still belong in their
   * section's alarm status.
   *
   * @default false
   */
  readonly statusOnly?: boolean;
}

/** A service group's section on one dashboard page. */
export interface SectionPlan<A extends CreatedAlarm = CreatedAlarm> {
  readonly group: string;
  readonly graphs: GraphPlan<A>[];
  /** The alarms of the section's graphs, for its status widgets. */
  readonly alarms: A[];
}

/** One dashboard: its sections and the alarms it shows. */
export interface PagePlan<A extends CreatedAlarm = CreatedAlarm> {
  readonly sections: SectionPlan<A>[];
  readonly alarms: A[];
}

/** The options that decide which graphs there are and in which order. */
export type GraphingOptions = Pick<DashboardOptions, "layout" | "metrics" | "groupOrder">;

const SEP = "\u0000";

/**
 * Graphs per group, in a stable order: groups as `groupOrder` lists them, the others by name;
 * in a group, services by title, then metrics as `metrics` lists them for the service, else by
 * name; series by label. Alarms of a metric `metrics` leaves out get no graph.
 */
export function graphsByGroup<A extends CreatedAlarm>(
  alarms: readonly A[],
  options: GraphingOptions = {},
): Map<string, GraphPlan<A>[]> {
  const series = seriesOf(alarms.filter((a) => isGraphed(a, options.metrics)));
  const statusOnly = new Map<string, A[]>();
  for (const alarm of alarms) {
    if (isGraphed(alarm, options.metrics)) continue;
    const list = statusOnly.get(alarm.spec.group);
    if (list) list.push(alarm);
    else statusOnly.set(alarm.spec.group, [alarm]);
  }
  const perResource = options.layout === "perResource";
  const byGraph = new Map<string, SeriesPlan<A>[]>();
  for (const one of series) {
    const s = one.alarms[0].spec;
    const key = perResource
      ? `${s.group}${SEP}${s.serviceTitle}${SEP}${s.resourceName}${SEP}${s.key}`
      : `${s.group}${SEP}${s.serviceTitle}${SEP}${s.key}`;
    const list = byGraph.get(key);
    if (list) list.push(one);
    else byGraph.set(key, [one]);
  }
  const graphs: { sortKey: string[]; group: string; graph: GraphPlan<A> & { title: string } }[] =
    [];
  for (const list of byGraph.values()) {
    list.sort((a, b) => compare(a.label, b.label));
    const s = list[0].alarms[0].spec;
    const title = perResource
      ? `${s.resourceName} ${s.metricName}${list[0].label.slice(s.resourceName.length)}`
      : `${s.serviceTitle} ${s.metricName}`;
    const rank = metricRank(s.serviceId, s.metricName, options.metrics);
    graphs.push({
      group: s.group,
      sortKey: [
        s.serviceTitle,
        perResource ? s.resourceName : "",
        String(rank).padStart(6, "0"),
        s.metricName,
        s.key,
      ],
      graph: { title, series: list, alarms: list.flatMap((one) => one.alarms) },
    });
  }
  graphs.sort((a, b) => {
    for (let i = 0; i < a.sortKey.length; i++) {
      const order = compare(a.sortKey[i], b.sortKey[i]);
      if (order !== 0) return order;
    }
    return 0;
  });
  if (!perResource) {
    const byTitle = new Map<string, (typeof graphs)[number]["graph"][]>();
    for (const { group, graph } of graphs) {
      const titleKey = `${group}${SEP}${graph.title}`;
      const same = byTitle.get(titleKey);
      if (same) same.push(graph);
      else byTitle.set(titleKey, [graph]);
    }
    for (const same of byTitle.values()) if (same.length > 1) distinguish(same);
  }
  const groups = new Map<string, GraphPlan<A>[]>();
  const present = [...graphs.map((g) => g.group), ...statusOnly.keys()];
  for (const group of orderGroups(present, options.groupOrder)) {
    const hidden = statusOnly.get(group);
    groups.set(group, hidden ? [{ title: "", series: [], alarms: hidden, statusOnly: true }] : []);
  }
  for (const { group, graph } of graphs) groups.get(group)?.push(graph);
  return groups;
}

/** One series per resource metric (the alarms of its severities), labelled by resource name. */
function seriesOf<A extends CreatedAlarm>(alarms: readonly A[]): SeriesPlan<A>[] {
  const bySeries = new Map<string, A[]>();
  for (const alarm of alarms) {
    const s = alarm.spec;
    const key = `${s.group}${SEP}${s.serviceTitle}${SEP}${s.resourceName}${SEP}${s.key}`;
    const list = bySeries.get(key);
    if (list) list.push(alarm);
    else bySeries.set(key, [alarm]);
  }
  const series = [...bySeries.keys()].sort(compare).map((key) => {
    const list = bySeries.get(key) ?? [];
    return { title: `${list[0].spec.resourceName} ${list[0].spec.metricName}`, alarms: list };
  });
  const byTitle = new Map<string, (typeof series)[number][]>();
  for (const one of series) {
    const titleKey = `${one.alarms[0].spec.group}${SEP}${one.title}`;
    const same = byTitle.get(titleKey);
    if (same) same.push(one);
    else byTitle.set(titleKey, [one]);
  }
  for (const same of byTitle.values()) if (same.length > 1) distinguish(same);
  return series.map((one) => {
    const s = one.alarms[0].spec;
    const suffix = one.title.slice(`${s.resourceName} ${s.metricName}`.length);
    return { label: `${s.resourceName}${suffix}`, alarms: one.alarms };
  });
}

function isGraphed(alarm: CreatedAlarm, metrics: GraphingOptions["metrics"]): boolean {
  const names = metrics?.[alarm.spec.serviceId];
  return names === undefined || names.includes(alarm.spec.metricName);
}

/** Where `metrics` lists the metric for its service; unlisted (and unlisted services) last. */
function metricRank(
  serviceId: string,
  metricName: string,
  metrics: GraphingOptions["metrics"],
): number {
  const index = metrics?.[serviceId]?.indexOf(metricName) ?? -1;
  return index < 0 ? 999_999 : index;
}

function orderGroups(groups: readonly string[], first: readonly string[] = []): string[] {
  const present = new Set(groups);
  const listed = first.filter((g, i) => present.has(g) && first.indexOf(g) === i);
  const rest = [...present].filter((g) => !listed.includes(g)).sort(compare);
  return [...listed, ...rest];
}

/**
 * Natural order (`q2` before `q10`), else code-unit order: the same on every machine and locale,
 * without the run time's collation data.
 */
export function compare(a: string, b: string): number {
  const x = a.split(DIGITS);
  const y = b.split(DIGITS);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] === y[i]) continue;
    // odd chunks are digit runs: shorter (without leading zeros) is smaller
    if (i % 2 === 1) {
      const [p, q] = [x[i].replace(/^0+/, ""), y[i].replace(/^0+/, "")];
      if (p.length !== q.length) return p.length - q.length;
      if (p !== q) return p < q ? -1 : 1;
      continue;
    }
    return x[i] < y[i] ? -1 : 1;
  }
  if (x.length !== y.length) return x.length - y.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

const DIGITS = /(\d+)/;

/**
 * Graphs (or series) of one title that differ by a dimension (DynamoDB SuccessfulRequestLatency
 * per Operation) get that dimension's values in their titles, else their option keys.
 */
function distinguish(graphs: readonly { title: string; alarms: readonly CreatedAlarm[] }[]): void {
  const dimensionsOf = (graph: (typeof graphs)[number]) => graph.alarms[0].spec.dimensions;
  const valueOf = (graph: (typeof graphs)[number], name: string): string | undefined => {
    const value = dimensionsOf(graph)[name];
    return value === undefined || typeof value === "string" ? value : value.join("/");
  };
  const differing = Object.keys(dimensionsOf(graphs[0])).filter(
    (name) =>
      new Set(graphs.map((g) => valueOf(g, name))).size === graphs.length &&
      graphs.every((g) => !Token.isUnresolved(valueOf(g, name))),
  );
  for (const graph of graphs) {
    const values = differing.map((name) => valueOf(graph, name));
    graph.title += ` ${values.length > 0 ? values.join(" ") : graph.alarms[0].spec.key}`;
  }
}

/**
 * Each drawn graph of each group replaced by the parts `split` cuts its series into, titled
 * `<title><suffix>`; a graph `split` leaves in one part stays as it is.
 */
export function splitEachGraph<A extends CreatedAlarm>(
  groups: Map<string, GraphPlan<A>[]>,
  split: (graph: GraphPlan<A>) => { suffix: string; series: SeriesPlan<A>[] }[],
): Map<string, GraphPlan<A>[]> {
  const result = new Map<string, GraphPlan<A>[]>();
  for (const [group, graphs] of groups) {
    result.set(
      group,
      graphs.flatMap((graph) => {
        const parts = graph.statusOnly ? [] : split(graph);
        if (parts.length <= 1) return [graph];
        return parts.map(({ suffix, series }) => ({
          title: `${graph.title}${suffix}`,
          series,
          alarms: series.flatMap((one) => one.alarms),
        }));
      }),
    );
  }
  return result;
}

/**
 * Splits graphs whose series cost more than `limit` (CloudWatch's metrics per widget, or the
 * Azure chart size) into consecutive graphs titled `<title> (1/3)`, `(2/3)`, ...
 */
export function splitGraphs<A extends CreatedAlarm>(
  groups: Map<string, GraphPlan<A>[]>,
  cost: (series: SeriesPlan<A>) => number,
  limit: number,
): Map<string, GraphPlan<A>[]> {
  return splitEachGraph(groups, (graph) => {
    const chunks: SeriesPlan<A>[][] = [];
    let spent = 0;
    for (const one of graph.series) {
      const c = cost(one);
      if (chunks.length === 0 || spent + c > limit) {
        chunks.push([]);
        spent = 0;
      }
      chunks[chunks.length - 1].push(one);
      spent += c;
    }
    return chunks.map((series, i) => ({ suffix: ` (${i + 1}/${chunks.length})`, series }));
  });
}

/**
 * A second limit per page besides widgets, e.g. CloudWatch's metrics per dashboard: what each
 * graph costs of it and how much a page may hold.
 */
export interface PageBudget<A extends CreatedAlarm = CreatedAlarm> {
  readonly limit: number;
  cost(graph: GraphPlan<A>): number;
}

/**
 * Splits sections into pages so that no page has more than `maxWidgets` widgets, counting one
 * per graph (none for a `statusOnly` one), one per section header and `statusWidgets(alarms)` for what a section shows of its
 * alarms (CloudWatch's alarm-status widgets; none on Azure), nor more than `budget.limit` of
 * what its graphs cost.
 */
export function paginate<A extends CreatedAlarm>(
  groups: Map<string, GraphPlan<A>[]>,
  maxWidgets: number,
  statusWidgets: (alarmCount: number) => number = () => 0,
  budget?: PageBudget<A>,
): PagePlan<A>[] {
  const pages: PagePlan<A>[] = [];
  let page: PagePlan<A> = { sections: [], alarms: [] };
  let widgets = 0;
  let spent = 0;
  for (const [group, graphs] of groups) {
    let section: SectionPlan<A> | undefined;
    for (const graph of graphs) {
      const cost = budget && !graph.statusOnly ? budget.cost(graph) : 0;
      const grow = (s: SectionPlan<A> | undefined) => {
        const before = s ? statusWidgets(s.alarms.length) : 0;
        const after = statusWidgets((s?.alarms.length ?? 0) + graph.alarms.length);
        return (graph.statusOnly ? 0 : 1) + (s ? 0 : 1) + after - before;
      };
      const overBudget = budget !== undefined && spent + cost > budget.limit;
      if (widgets > 0 && (overBudget || widgets + grow(section) > maxWidgets)) {
        pages.push(page);
        page = { sections: [], alarms: [] };
        widgets = 0;
        spent = 0;
        section = undefined;
      }
      widgets += grow(section);
      spent += cost;
      if (!section) {
        section = { group, graphs: [], alarms: [] };
        page.sections.push(section);
      }
      section.graphs.push(graph);
      section.alarms.push(...graph.alarms);
      page.alarms.push(...graph.alarms);
    }
  }
  if (page.sections.length > 0) pages.push(page);
  return pages;
}

/** A dashboard before pagination: its base name and the groups it shows. */
export interface DashboardBook<A extends CreatedAlarm = CreatedAlarm> {
  readonly name: string;
  readonly groups: Map<string, GraphPlan<A>[]>;
}

/**
 * The facade's dashboards: one named `<prefix>` for every group, or with `perGroup` one per
 * group named `<prefix>-<group>`.
 */
export function dashboardBooks<A extends CreatedAlarm>(
  prefix: string,
  groups: Map<string, GraphPlan<A>[]>,
  perGroup: boolean | undefined,
): DashboardBook<A>[] {
  return perGroup
    ? [...groups].map(([group, graphs]) => ({
        name: `${prefix}-${group}`,
        groups: new Map([[group, graphs]]),
      }))
    : [{ name: prefix, groups }];
}

/** The name of a book's page: the book's name, then `-2`, `-3`, ... for the pages after the first. */
export function pageName(bookName: string, index: number): string {
  return index === 0 ? bookName : `${bookName}-${index + 1}`;
}

/**
 * Problems with `dashboard.metrics` for the services these alarms belong to: a metric name none
 * of the service's alarms has, with the names it has.
 */
export function metricsOptionProblems(
  alarms: readonly CreatedAlarm[],
  metrics: GraphingOptions["metrics"],
): { option: string; message: string }[] {
  if (!metrics) return [];
  const names = new Map<string, Set<string>>();
  for (const { spec } of alarms) {
    if (!(spec.serviceId in metrics)) continue;
    const set = names.get(spec.serviceId) ?? new Set<string>();
    set.add(spec.metricName);
    names.set(spec.serviceId, set);
  }
  const problems: { option: string; message: string }[] = [];
  for (const [serviceId, known] of [...names].sort(([a], [b]) => compare(a, b))) {
    const unknown = (metrics[serviceId] ?? []).filter((name) => !known.has(name));
    if (unknown.length > 0) {
      problems.push({
        option: `dashboard.metrics.${serviceId}`,
        message: `${unknown.map((n) => JSON.stringify(n)).join(", ")} ${unknown.length > 1 ? "are" : "is"} not alarmed; allowed: ${[...known].sort(compare).join(", ")}`,
      });
    }
  }
  return problems;
}
