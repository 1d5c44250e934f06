/**
 * `monitoring_map`: targets at pixel positions, with links between dependent targets. Elements
 * and links are strings (`<id>@<x>,<y>[@<label>]`, `<id>-><id>`) so that the plan shows a moved
 * icon or a new link as one changed set member.
 */
import type { MapElement, MapLink, MapSpec, TargetMap } from "../backend-driver";
import { errorDiagnostic, type Diagnostic } from "../diagnostics";
import { UNKNOWN, type ObjectValue, type Value } from "../protocol/dynamic-value";
import { MAP_SCHEMA } from "../schema";
import { crudResource, stringList } from "./crud-resource";
import type { ProviderContext } from "./resource";

const ELEMENT = /^([^@]+)@([0-9]{1,5}),([0-9]{1,5})(?:@([\s\S]+))?$/;
const LINK = /^(.+?)->(.+)$/;
const ELEMENT_FORMAT =
  "`<target id>@<x>,<y>` or `<target id>@<x>,<y>@<label>`, e.g. `10084@40,40` (x and y whole pixels inside the map)";
const LINK_FORMAT = "`<target id>-><target id>`, e.g. `10084->10085`";

export function parseElement(text: string): MapElement | undefined {
  const m = ELEMENT.exec(text);
  if (!m) return undefined;
  const [, target, x, y, label] = m;
  return { target: target!, x: Number(x), y: Number(y), ...(label ? { label } : {}) };
}

export function formatElement(e: MapElement): string {
  return `${e.target}@${e.x},${e.y}${e.label === undefined ? "" : `@${e.label}`}`;
}

export function parseLink(text: string): MapLink | undefined {
  const m = LINK.exec(text);
  return m ? { from: m[1]!, to: m[2]! } : undefined;
}

export function formatLink(l: MapLink): string {
  return `${l.from}->${l.to}`;
}

/** Known string members of a set value (unknown members are checked once known). */
function knownMembers(v: Value | undefined): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

function checkElements(config: ObjectValue): { diagnostics: Diagnostic[]; ids: Set<string> } {
  const diagnostics: Diagnostic[] = [];
  const ids = new Set<string>();
  const size = { x: config.width, y: config.height };
  for (const text of knownMembers(config.elements)) {
    const element = parseElement(text);
    if (!element) {
      diagnostics.push(
        errorDiagnostic(
          "Invalid map element",
          `${JSON.stringify(text)} is not a map element: allowed are ${ELEMENT_FORMAT}.`,
          ["elements"],
        ),
      );
      continue;
    }
    if (ids.has(element.target)) {
      diagnostics.push(
        errorDiagnostic(
          "Duplicate map element",
          `Target ${JSON.stringify(element.target)} appears more than once in elements; a target has one position on a map.`,
          ["elements"],
        ),
      );
    }
    ids.add(element.target);
    for (const axis of ["x", "y"] as const) {
      const limit = size[axis];
      if (typeof limit === "number" && element[axis] >= limit) {
        diagnostics.push(
          errorDiagnostic(
            "Map element outside the map",
            `Element ${JSON.stringify(text)} has ${axis} = ${element[axis]}, outside the map's ${axis === "x" ? "width" : "height"} of ${limit} pixels; allowed are 0 to ${limit - 1}.`,
            ["elements"],
          ),
        );
      }
    }
  }
  return { diagnostics, ids };
}

function checkLinks(config: ObjectValue, elementIds: ReadonlySet<string>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const elements = config.elements;
  const allKnown = Array.isArray(elements) && !elements.includes(UNKNOWN);
  for (const text of knownMembers(config.links)) {
    const link = parseLink(text);
    if (!link) {
      diagnostics.push(
        errorDiagnostic(
          "Invalid map link",
          `${JSON.stringify(text)} is not a map link: allowed are ${LINK_FORMAT}.`,
          ["links"],
        ),
      );
      continue;
    }
    if (link.from === link.to) {
      diagnostics.push(
        errorDiagnostic(
          "Invalid map link",
          `Link ${JSON.stringify(text)} joins target ${JSON.stringify(link.from)} to itself; a link joins two different elements.`,
          ["links"],
        ),
      );
    }
    const missing = [link.from, link.to].filter((id) => allKnown && !elementIds.has(id));
    if (missing.length > 0) {
      diagnostics.push(
        errorDiagnostic(
          "Map link to no element",
          `Link ${JSON.stringify(text)} names ${missing.map((m) => `"${m}"`).join(" and ")}, which ${missing.length > 1 ? "are" : "is"} not in elements; a link joins two elements of the map.`,
          ["links"],
        ),
      );
    }
  }
  return diagnostics;
}

function validateMap(config: ObjectValue): Diagnostic[] {
  const { diagnostics, ids } = checkElements(config);
  return [...diagnostics, ...checkLinks(config, ids)];
}

function toSpec(planned: ObjectValue): MapSpec {
  const elements = (stringList(planned.elements) ?? []).map((text) => {
    const element = parseElement(text);
    if (!element) throw new Error(`monitoring_map: invalid element ${JSON.stringify(text)}`);
    return element;
  });
  const links = (stringList(planned.links) ?? []).map((text) => {
    const link = parseLink(text);
    if (!link) throw new Error(`monitoring_map: invalid link ${JSON.stringify(text)}`);
    return link;
  });
  return {
    name: String(planned.name),
    width: Number(planned.width),
    height: Number(planned.height),
    elements,
    links,
  };
}

function toState(map: TargetMap, prior: ObjectValue | null): ObjectValue {
  const links = map.links.map(formatLink).sort();
  return {
    id: map.id,
    url: map.url,
    name: map.name,
    width: map.width,
    height: map.height,
    elements: map.elements.map(formatElement).sort(),
    links: links.length === 0 && (prior?.links ?? null) === null ? null : links,
  };
}

async function checkTargetsExist(
  planned: ObjectValue,
  ctx: ProviderContext,
): Promise<Diagnostic[]> {
  const ids = knownMembers(planned.elements)
    .map((text) => parseElement(text)?.target)
    .filter((id): id is string => id !== undefined);
  const found = await Promise.all(ids.map((id) => ctx.driver.targets.read(id)));
  const missing = ids.filter((_, i) => found[i] === undefined);
  return missing.length === 0
    ? []
    : [
        errorDiagnostic(
          "Unknown target",
          `No target with id ${missing.map((m) => `"${m}"`).join(", ")} exists in ${ctx.driver.name}. Use the id of a monitoring_target (e.g. \${monitoring_target.web.id}@40,40).`,
          ["elements"],
        ),
      ];
}

export const mapResource = crudResource<MapSpec, TargetMap>({
  schema: MAP_SCHEMA,
  noun: "map",
  api: (driver) => driver.maps,
  toSpec,
  toState,
  validateExtra: validateMap,
  checkPlan: checkTargetsExist,
});
