import { Token } from "cdktf";
import type { MonitoringAlarm } from "./alarm-factory";

/** CloudWatch's limits: widgets per dashboard and alarms per alarm-status widget. */
export const MAX_WIDGETS_PER_DASHBOARD = 500;
export const MAX_ALARMS_PER_STATUS_WIDGET = 100;
/** The dashboard grid is 24 columns wide. */
export const GRID_COLUMNS = 24;
export const GRAPH_WIDTH = 8;
export const GRAPH_HEIGHT = 6;

/** One graph: a metric of one resource, with the alarms (severities) watching it. */
export interface GraphPlan {
  readonly title: string;
  readonly alarms: readonly MonitoringAlarm[];
}

/** A service group's section on one dashboard page. */
export interface SectionPlan {
  readonly group: string;
  readonly graphs: GraphPlan[];
}

/** One dashboard: its sections and the alarms its status widgets show. */
export interface PagePlan {
  readonly sections: SectionPlan[];
  readonly alarms: MonitoringAlarm[];
}

/** Graphs per group, in a stable order: groups by name, then service, resource and metric. */
export function graphsByGroup(alarms: readonly MonitoringAlarm[]): Map<string, GraphPlan[]> {
  const byGraph = new Map<string, MonitoringAlarm[]>();
  for (const alarm of alarms) {
    const s = alarm.spec;
    const key = `${s.group}\u0000${s.serviceTitle}\u0000${s.resourceName}\u0000${s.key}`;
    const list = byGraph.get(key);
    if (list) list.push(alarm);
    else byGraph.set(key, [alarm]);
  }
  const keys = [...byGraph.keys()].sort();
  const groups = new Map<string, GraphPlan[]>();
  const byTitle = new Map<string, { title: string; alarms: MonitoringAlarm[] }[]>();
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
function distinguish(graphs: readonly { title: string; alarms: MonitoringAlarm[] }[]): void {
  const dimensionsOf = (graph: (typeof graphs)[number]) => graph.alarms[0].spec.dimensions;
  const differing = Object.keys(dimensionsOf(graphs[0])).filter(
    (name) =>
      new Set(graphs.map((g) => dimensionsOf(g)[name])).size === graphs.length &&
      graphs.every((g) => !Token.isUnresolved(dimensionsOf(g)[name])),
  );
  for (const graph of graphs) {
    const values = differing.map((name) => dimensionsOf(graph)[name]);
    graph.title += ` ${values.length > 0 ? values.join(" ") : graph.alarms[0].spec.key}`;
  }
}

const statusWidgets = (alarmCount: number) => Math.ceil(alarmCount / MAX_ALARMS_PER_STATUS_WIDGET);

/**
 * Splits sections into pages so that no page has more than `maxWidgets` widgets, counting the
 * alarm-status widgets (one per 100 alarms) and section headers.
 */
export function paginate(groups: Map<string, GraphPlan[]>, maxWidgets: number): PagePlan[] {
  const pages: PagePlan[] = [];
  let page: PagePlan = { sections: [], alarms: [] };
  let widgets = 0;
  for (const [group, graphs] of groups) {
    let section: SectionPlan | undefined;
    for (const graph of graphs) {
      const needed = 1 + (section ? 0 : 1);
      const alarmsAfter = page.alarms.length + graph.alarms.length;
      if (widgets > 0 && widgets + needed + statusWidgets(alarmsAfter) > maxWidgets) {
        pages.push(page);
        page = { sections: [], alarms: [] };
        widgets = 0;
        section = undefined;
      }
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
