/**
 * The JSON text of a `monitoring_target_set` entry (each value of `targets`): decoded into the
 * entry the resource works on, with every attribute present and null where unset, checked against
 * the entry's attribute types, and encoded back so that the state keeps the text Terraform holds
 * for as long as it means the same entry.
 */
import { errorDiagnostic, type AttributePath, type Diagnostic } from "../diagnostics";
import {
  UNKNOWN,
  isObject,
  valuesEqual,
  type ObjectValue,
  type Value,
} from "../protocol/dynamic-value";
import { TARGET_SET_ENTRY_ATTRIBUTES, type AttributeType } from "../schema";

const ATTRIBUTES = Object.entries(TARGET_SET_ENTRY_ATTRIBUTES) as ReadonlyArray<
  readonly [string, AttributeType]
>;
const ALLOWED = ATTRIBUTES.map(([name]) => name).join(", ");

/** The decoded entries of a `targets` value, the text each came from, and what was wrong. */
export interface DecodedEntries {
  /** Entries whose text is known and valid, by key. */
  readonly entries: Record<string, ObjectValue>;
  /** The text of each entry in `entries`. */
  readonly texts: Record<string, string>;
  /** Keys whose value is not known yet (it refers to what the apply makes). */
  readonly unknown: readonly string[];
  readonly diagnostics: Diagnostic[];
}

/** A scalar as Terraform would convert it to a string, or undefined when it cannot be one. */
function asString(v: unknown): string | undefined {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return undefined;
}

function convert(type: AttributeType, raw: unknown): Value | undefined {
  if (raw === null) return null;
  if (type === "string") return asString(raw);
  if (type === "number") {
    const n = typeof raw === "string" && raw.trim() !== "" ? Number(raw) : raw;
    return typeof n === "number" && Number.isFinite(n) ? n : undefined;
  }
  if (type === "bool") {
    if (typeof raw === "boolean") return raw;
    return raw === "true" ? true : raw === "false" ? false : undefined;
  }
  if (type[0] === "map") {
    if (typeof raw !== "object" || Array.isArray(raw)) return undefined;
    const out: ObjectValue = {};
    for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
      const s = asString(v);
      if (s === undefined) return undefined;
      out[k] = s;
    }
    return out;
  }
  if (!Array.isArray(raw)) return undefined;
  const items = raw.map(asString);
  return items.every((s) => s !== undefined) ? (items as string[]) : undefined;
}

function describe(type: AttributeType): string {
  return typeof type === "string" ? type : `${type[0]} of string`;
}

/** Entry `key`'s text decoded, or the diagnostics that say why it cannot be. */
export function decodeEntry(
  key: string,
  text: string,
): { entry: ObjectValue; diagnostics: [] } | { entry?: undefined; diagnostics: Diagnostic[] } {
  const at: AttributePath = ["targets", { key }];
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      diagnostics: [
        errorDiagnostic(
          "Invalid target entry",
          `Target "${key}" of the set is not valid JSON (${why}); write it with jsonencode({ kind = ..., address = ..., groups = [...] }).`,
          at,
        ),
      ],
    };
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return {
      diagnostics: [
        errorDiagnostic(
          "Invalid target entry",
          `Target "${key}" of the set must be the JSON of an object with the attributes ${ALLOWED}.`,
          at,
        ),
      ],
    };
  }
  const given = raw as Record<string, unknown>;
  const diagnostics: Diagnostic[] = [];
  for (const name of Object.keys(given)) {
    if (!(name in TARGET_SET_ENTRY_ATTRIBUTES)) {
      diagnostics.push(
        errorDiagnostic(
          "Unknown target attribute",
          `Target "${key}" of the set has the attribute "${name}", which a target does not have. Allowed: ${ALLOWED}.`,
          [...at, name],
        ),
      );
    }
  }
  const entry: ObjectValue = {};
  for (const [name, type] of ATTRIBUTES) {
    const value = convert(type, given[name] ?? null);
    if (value === undefined) {
      diagnostics.push(
        errorDiagnostic(
          "Invalid target attribute",
          `Target "${key}" of the set: "${name}" must be a ${describe(type)} (or null), not ${JSON.stringify(given[name])}.`,
          [...at, name],
        ),
      );
    } else {
      entry[name] = value;
    }
  }
  return diagnostics.length > 0 ? { diagnostics } : { entry, diagnostics: [] };
}

/** Decodes every known value of a `targets` map (absent or unknown as a whole: nothing). */
export function decodeEntries(targets: Value | undefined): DecodedEntries {
  const decoded: DecodedEntries = { entries: {}, texts: {}, unknown: [], diagnostics: [] };
  if (!isObject(targets)) return decoded;
  const unknown: string[] = [];
  for (const [key, text] of Object.entries(targets)) {
    if (text === UNKNOWN) {
      unknown.push(key);
      continue;
    }
    if (typeof text !== "string") continue;
    const one = decodeEntry(key, text);
    if (one.entry) {
      decoded.entries[key] = one.entry;
      decoded.texts[key] = text;
    } else {
      decoded.diagnostics.push(...one.diagnostics);
    }
  }
  return { ...decoded, unknown };
}

/**
 * The text of `entry`: the first of `candidates` that means the same entry (so the state keeps
 * what Terraform planned, as it is written), otherwise its canonical JSON: the attributes in the
 * schema's order, unset ones left out.
 */
export function encodeEntry(
  key: string,
  entry: ObjectValue,
  candidates: ReadonlyArray<string | undefined>,
): string {
  for (const text of candidates) {
    if (text === undefined) continue;
    const was = decodeEntry(key, text).entry;
    if (was && valuesEqual(was, entry, true)) return text;
  }
  const canonical: Record<string, Value> = {};
  for (const [name] of ATTRIBUTES) {
    const value = entry[name];
    if (value !== null && value !== undefined) canonical[name] = value;
  }
  return JSON.stringify(canonical);
}
