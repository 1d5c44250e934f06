import type { JsonValue, PlanResourceChange } from "./plan-types";
import type { ReviewValue } from "./review-model";

/** One side of a resource change, with the markers that say which values are unknown or sensitive. */
export interface PlanSide {
  readonly values: Record<string, JsonValue>;
  readonly unknown: JsonValue | undefined;
  readonly sensitive: JsonValue | undefined;
}

/** The `before` side, or undefined when the resource does not exist yet. */
export function beforeSide(rc: PlanResourceChange): PlanSide | undefined {
  const { before, before_sensitive } = rc.change;
  return before ? { values: before, unknown: undefined, sensitive: before_sensitive } : undefined;
}

/** The `after` side, or undefined when the resource is going away. */
export function afterSide(rc: PlanResourceChange): PlanSide | undefined {
  const { after, after_unknown, after_sensitive } = rc.change;
  return after ? { values: after, unknown: after_unknown, sensitive: after_sensitive } : undefined;
}

function child(marker: JsonValue | undefined, key: string | number): JsonValue | undefined {
  if (marker === null || typeof marker !== "object") return undefined;
  return (marker as Record<string, JsonValue>)[key as string];
}

/** True when the marker is `true` here or anywhere below. */
function containsTrue(marker: JsonValue | undefined): boolean {
  if (marker === true) return true;
  if (marker === null || typeof marker !== "object") return false;
  return Object.values(marker).some(containsTrue);
}

/**
 * Reads a value by path (`["criteria", 0, "threshold"]`). Values Terraform knows only after
 * apply, in whole or in part, are reported as unknown, never as empty.
 */
export function readValue(side: PlanSide, path: readonly (string | number)[]): ReviewValue {
  let value: JsonValue | undefined = side.values;
  let unknown = side.unknown;
  let sensitive = side.sensitive;
  for (const key of path) {
    if (unknown === true) return { unknown: true };
    if (sensitive === true) return { sensitive: true };
    value =
      value !== null && typeof value === "object"
        ? (value as Record<string, JsonValue>)[key as string]
        : undefined;
    unknown = child(unknown, key);
    sensitive = child(sensitive, key);
  }
  if (containsTrue(unknown)) return { unknown: true };
  if (containsTrue(sensitive)) return { sensitive: true };
  return { value: value ?? null };
}

/** The known value at a path, or undefined when it is unknown, sensitive or null. */
export function knownValue(
  side: PlanSide | undefined,
  path: readonly (string | number)[],
): JsonValue | undefined {
  if (!side) return undefined;
  const read = readValue(side, path);
  return "value" in read && read.value !== null ? (read.value as JsonValue) : undefined;
}

/** Deep equality of two review values (known values by JSON content; sets compared as sorted lists by the caller). */
export function sameValue(a: ReviewValue | undefined, b: ReviewValue | undefined): boolean {
  if (!a || !b) return a === b;
  if ("unknown" in a || "unknown" in b) return false;
  if ("sensitive" in a || "sensitive" in b) return "sensitive" in a && "sensitive" in b;
  return deepEqual(a.value, b.value);
}

/** Structural equality of JSON values; object key order does not matter. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const bo = b as Record<string, unknown>;
  if (ka.length !== Object.keys(bo).length) return false;
  return ka.every(
    (k) => Object.hasOwn(bo, k) && deepEqual((a as Record<string, unknown>)[k], bo[k]),
  );
}

/** JSON with object keys sorted, for comparisons that ignore key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([x], [y]) =>
            x < y ? -1 : x > y ? 1 : 0,
          ),
        )
      : v,
  );
}

/** Turns a plan's action list into the review's action, or undefined for no-op/read/forget. */
export function reviewAction(
  actions: readonly string[],
): "add" | "remove" | "replace" | "change" | undefined {
  if (actions.length === 2 && actions.includes("delete") && actions.includes("create"))
    return "replace";
  switch (actions[0]) {
    case "create":
      return "add";
    case "delete":
      return "remove";
    case "update":
      return "change";
    default:
      return undefined;
  }
}
