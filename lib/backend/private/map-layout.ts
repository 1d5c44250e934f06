/**
 * Deterministic layered layout of a dependency graph on a pixel grid: what depends on nothing
 * is on the bottom row, everything else one row above its highest dependency, so every link
 * points down. Within a row, nodes sit under the mean position of what they depend on (fewer crossing
 * links), ties broken by name; wide rows wrap. Same nodes and edges, same positions.
 */

/** A node to place: a unique name and the names of the nodes it depends on. */
export interface LayoutNode {
  readonly name: string;
  readonly dependsOn: readonly string[];
}

export interface Layout {
  readonly width: number;
  readonly height: number;
  /** Top-left corner of each node's icon, by name. */
  readonly positions: ReadonlyMap<string, { readonly x: number; readonly y: number }>;
}

/** Horizontal distance between icons: room for a label of about 20 characters. */
export const CELL_WIDTH = 160;
/** Vertical distance between rows: icon, label and the slope of the links. */
export const ROW_HEIGHT = 140;
export const MARGIN = 40;
/** Width of an element's icon, in pixels. */
export const ICON_SIZE = 64;
/** Fewest icons per row before a row wraps; larger maps get about as many columns as rows. */
const MIN_COLUMNS = 12;

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A cycle among `nodes` as the list of names along it (first name repeated at the end), or
 * undefined when there is none. Dependencies on names that are not nodes are ignored.
 */
export function findCycle(nodes: readonly LayoutNode[]): string[] | undefined {
  const deps = new Map(nodes.map((n) => [n.name, [...n.dependsOn].sort(byName)]));
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (name: string): string[] | undefined => {
    if (state.get(name) === "done") return undefined;
    if (state.get(name) === "open") return [...stack.slice(stack.indexOf(name)), name];
    state.set(name, "open");
    stack.push(name);
    for (const dep of deps.get(name) ?? []) {
      if (!deps.has(dep)) continue;
      const cycle = visit(dep);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(name, "done");
    return undefined;
  };
  for (const name of [...deps.keys()].sort(byName)) {
    const cycle = visit(name);
    if (cycle) return cycle;
  }
  return undefined;
}

/** Lays out an acyclic graph (check with {@link findCycle} first). */
export function layeredLayout(nodes: readonly LayoutNode[]): Layout {
  const deps = new Map(
    nodes.map((n) => [n.name, n.dependsOn.filter((d) => d !== n.name).sort(byName)]),
  );
  for (const [name, ds] of deps)
    deps.set(
      name,
      ds.filter((d) => deps.has(d)),
    );

  const depth = new Map<string, number>();
  const depthOf = (name: string): number => {
    const known = depth.get(name);
    if (known !== undefined) return known;
    const d = Math.max(-1, ...(deps.get(name) ?? []).map(depthOf)) + 1;
    depth.set(name, d);
    return d;
  };
  const names = [...deps.keys()].sort(byName);
  names.forEach(depthOf);

  const layers: string[][] = [];
  for (const name of names) (layers[depth.get(name)!] ??= []).push(name);
  const columns = Math.max(MIN_COLUMNS, Math.ceil(Math.sqrt(names.length)));

  // Bottom layer first, so that each node's dependencies are placed before it.
  const lines: string[][] = [];
  const centre = new Map<string, number>();
  for (const layer of layers) {
    const meanOf = (name: string) => {
      const ds = deps.get(name)!;
      return ds.length === 0 ? 0 : ds.reduce((sum, d) => sum + centre.get(d)!, 0) / ds.length;
    };
    const ordered = [...layer].sort((a, b) => meanOf(a) - meanOf(b) || byName(a, b));
    const layerLines: string[][] = [];
    for (let i = 0; i < ordered.length; i += columns)
      layerLines.push(ordered.slice(i, i + columns));
    layerLines.forEach((line) =>
      line.forEach((name, col) => centre.set(name, col - (line.length - 1) / 2)),
    );
    lines.unshift(...layerLines);
  }

  const widest = Math.max(1, ...lines.map((l) => l.length));
  const positions = new Map<string, { x: number; y: number }>();
  lines.forEach((line, row) => {
    const offset = ((widest - line.length) * CELL_WIDTH) / 2;
    line.forEach((name, col) => {
      positions.set(name, {
        x: MARGIN + offset + col * CELL_WIDTH + (CELL_WIDTH - ICON_SIZE) / 2,
        y: MARGIN + row * ROW_HEIGHT,
      });
    });
  });
  return {
    width: 2 * MARGIN + widest * CELL_WIDTH,
    height: 2 * MARGIN + Math.max(1, lines.length) * ROW_HEIGHT,
    positions,
  };
}
