import { Token } from "cdktf";
import type { CreatedAlarm } from "./alarm-cloud";

/**
 * What goes on a facade's dashboards, whatever the cloud draws them with: one graph per metric
 * of a resource (with the alarms of its severities), sections per service group, split into
 * pages. Each cloud turns the pages into its own dashboard JSON.
 */

/** One graph: a metric of one resource, with the alarms (severities) watching it. */
export interface GraphPlan<A extends CreatedAlarm = CreatedAlarm> {
  readonly title: string;
  readonly alarms: readonly A[];
}

/** A service group's section on one dashboard page. */
export interface SectionPlan<A extends CreatedAlarm = CreatedAlarm> {
  readonly group: string;
  readonly graphs: GraphPlan<A>[];
}

/** One dashboard: its sections and the alarms it shows. */
export interface PagePlan<A extends CreatedAlarm = CreatedAlarm> {
  readonly sections: SectionPlan<A>[];
  readonly alarms: A[];
}

/** Graphs per group, in a stable order: groups by name, then service, resource and metric. */
export function graphsByGroup<A extends CreatedAlarm>(
  alarms: readonly A[],
): Map<string, GraphPlan<A>[]> {
  const byGraph = new Map<string, A[]>();
  for (const alarm of alarms) {
    const s = alarm.spec;
    const key = `${s.group}\u0000${s.serviceTitle}\u0000${s.resourceName}\u0000${s.key}`;
    const list = byGraph.get(key);
    if (list) list.push(alarm);
    else byGraph.set(key, [alarm]);
  }
  const keys = [...byGraph.keys()].sort();
  const groups = new Map<string, GraphPlan<A>[]>();
  const byTitle = new Map<string, { title: string; alarms: A[] }[]>();
  for (const key of keys) {
    const list = byGraph.get(key) ?? [];
    const s = list[0].spec;
    const graph = { title: `${s.resourceName} ${s.metricName}`, alarms: list };
    const graphs = groups.get(s.group);
    if (graphs) graphs.push(graph);
    else groups.set(s.group, [graph]);
    const titleKey = `${s.group}\u0000${graph.title}`;
    const same = byTitle.get(titleKey);
    if (same) same.push(graph);
    else byTitle.set(titleKey, [graph]);
  }
  for (const same of byTitle.values()) if (same.length > 1) distinguish(same);
  return groups;
}

/**
 * Graphs of one resource's metric that differ by a dimension (DynamoDB SuccessfulRequestLatency
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
 * A second limit per page besides widgets, e.g. CloudWatch's metrics per dashboard: what each
 * graph costs of it and how much a page may hold.
 */
export interface PageBudget<A extends CreatedAlarm = CreatedAlarm> {
  readonly limit: number;
  cost(graph: GraphPlan<A>): number;
}

/**
 * Splits sections into pages so that no page has more than `maxWidgets` widgets, counting one
 * per graph, one per section header and `fixedWidgets(alarms)` for what a page shows of all its
 * alarms (CloudWatch's alarm-status widgets; none on Azure), nor more than `budget.limit` of
 * what its graphs cost.
 */
export function paginate<A extends CreatedAlarm>(
  groups: Map<string, GraphPlan<A>[]>,
  maxWidgets: number,
  fixedWidgets: (alarmCount: number) => number = () => 0,
  budget?: PageBudget<A>,
): PagePlan<A>[] {
  const pages: PagePlan<A>[] = [];
  let page: PagePlan<A> = { sections: [], alarms: [] };
  let widgets = 0;
  let spent = 0;
  for (const [group, graphs] of groups) {
    let section: SectionPlan<A> | undefined;
    for (const graph of graphs) {
      const needed = 1 + (section ? 0 : 1);
      const alarmsAfter = page.alarms.length + graph.alarms.length;
      const cost = budget ? budget.cost(graph) : 0;
      const overBudget = budget !== undefined && spent + cost > budget.limit;
      if (
        widgets > 0 &&
        (overBudget || widgets + needed + fixedWidgets(alarmsAfter) > maxWidgets)
      ) {
        pages.push(page);
        page = { sections: [], alarms: [] };
        widgets = 0;
        spent = 0;
        section = undefined;
      }
      spent += cost;
      if (!section) {
        section = { group, graphs: [] };
        page.sections.push(section);
        widgets++;
      }
      section.graphs.push(graph);
      page.alarms.push(...graph.alarms);
      widgets++;
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
