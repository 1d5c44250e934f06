import { canonical } from "./plan-values";

/** Widgets added, removed and changed between two dashboard bodies, by label. */
export interface WidgetDiff {
  readonly added: string[];
  readonly removed: string[];
  readonly changed: string[];
}

interface Widget {
  readonly type?: string;
  readonly x?: number;
  readonly y?: number;
  readonly properties?: {
    readonly title?: string;
    readonly markdown?: string;
    readonly metrics?: unknown[];
  };
}

/** Parses a `dashboard_body`; undefined when it is not a JSON object with a `widgets` list. */
export function parseDashboardBody(body: unknown): Widget[] | undefined {
  if (typeof body !== "string") return undefined;
  try {
    const parsed = JSON.parse(body) as { widgets?: unknown };
    return Array.isArray(parsed?.widgets) ? (parsed.widgets as Widget[]) : undefined;
  } catch {
    return undefined;
  }
}

/** How a person recognises a widget: its title, the first line of a text widget, or its type and place. */
export function widgetLabel(widget: Widget): string {
  const type = widget.type ?? "widget";
  const title = widget.properties?.title;
  if (title) return `${type} "${title}"`;
  const markdown = widget.properties?.markdown?.split("\n").find((line) => line.trim() !== "");
  if (markdown) return `${type} "${markdown.replace(/^#+\s*/, "").trim()}"`;
  return `${type} at (${widget.x ?? 0},${widget.y ?? 0})`;
}

const PORTAL_PART_TYPES: Readonly<Record<string, string>> = {
  "Extension/HubsExtension/PartType/MarkdownPart": "markdown",
  "Extension/HubsExtension/PartType/MonitorChartPart": "chart",
};

interface PortalPart {
  readonly position?: { readonly x?: number; readonly y?: number };
  readonly metadata?: {
    readonly type?: string;
    readonly inputs?: readonly { readonly name?: string; readonly value?: unknown }[];
    readonly settings?: {
      readonly content?: { readonly settings?: { readonly content?: string } };
    };
  };
}

/**
 * Parses an Azure portal dashboard's `dashboard_properties` into widgets: its parts (keyed or
 * listed, in every lens), markdown parts by their text and chart parts by their title without the
 * thresholds after " — ", so that a changed threshold shows as a changed chart. Undefined when it
 * is not a JSON object with `lenses`.
 */
export function parsePortalDashboardProperties(properties: unknown): Widget[] | undefined {
  if (typeof properties !== "string") return undefined;
  let lenses: unknown;
  try {
    lenses = (JSON.parse(properties) as { lenses?: unknown })?.lenses;
  } catch {
    return undefined;
  }
  if (lenses === null || typeof lenses !== "object") return undefined;
  const widgets: Widget[] = [];
  for (const lens of Object.values(lenses as Record<string, { parts?: unknown }>)) {
    const parts = lens?.parts;
    if (parts === null || typeof parts !== "object") continue;
    for (const part of Object.values(parts as Record<string, PortalPart>)) {
      const type = part.metadata?.type ?? "part";
      const chart = part.metadata?.inputs?.find((i) => i.name === "options")?.value as
        { readonly chart?: { readonly title?: string } } | undefined;
      widgets.push({
        type: PORTAL_PART_TYPES[type] ?? type.split("/").pop(),
        x: part.position?.x,
        y: part.position?.y,
        properties: {
          title: chart?.chart?.title?.split(" — ")[0],
          markdown: part.metadata?.settings?.content?.settings?.content,
          metrics: chart?.chart ? [chart.chart] : undefined,
        },
      });
    }
  }
  return widgets;
}

/**
 * Compares the widgets of two bodies by label: a label present on one side only is added or
 * removed; a label on both sides whose content (ignoring position) differs is changed.
 */
export function diffWidgets(before: readonly Widget[], after: readonly Widget[]): WidgetDiff {
  const index = (widgets: readonly Widget[]) => {
    const byLabel = new Map<string, string[]>();
    for (const widget of widgets) {
      const { x: _x, y: _y, ...content } = widget;
      const list = byLabel.get(widgetLabel(widget)) ?? [];
      list.push(canonical(content));
      byLabel.set(widgetLabel(widget), list);
    }
    for (const list of byLabel.values()) list.sort();
    return byLabel;
  };
  const b = index(before);
  const a = index(after);
  const diff: WidgetDiff = { added: [], removed: [], changed: [] };
  for (const [label, contents] of a) {
    const old = b.get(label) ?? [];
    for (let i = old.length; i < contents.length; i++) diff.added.push(label);
    if (old.length > 0 && contents.slice(0, old.length).some((c, i) => c !== old[i]))
      diff.changed.push(label);
  }
  for (const [label, contents] of b) {
    const now = a.get(label)?.length ?? 0;
    for (let i = now; i < contents.length; i++) diff.removed.push(label);
  }
  return diff;
}
