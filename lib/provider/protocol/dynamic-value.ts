/**
 * Terraform values (cty) on the wire: a DynamicValue holds msgpack (or JSON) following cty's
 * rules. Unknown values are msgpack extensions: type 0 classically, type 12 for refined unknowns
 * since Terraform 1.6; every extension type decodes as {@link UNKNOWN}.
 */
import { ExtData, decode, encode } from "@msgpack/msgpack";

/** A value not known until apply. */
export const UNKNOWN: unique symbol = Symbol("unknown");
export type Unknown = typeof UNKNOWN;

/** A decoded Terraform value. Objects and maps are plain objects; lists and sets are arrays. */
export type Value = null | string | number | boolean | Unknown | Value[] | ObjectValue;
export interface ObjectValue {
  [key: string]: Value;
}

/** The wire form (tfplugin6 `DynamicValue`). */
export interface DynamicValue {
  /** @default - absent */
  readonly msgpack?: Uint8Array | null;
  /** @default - absent */
  readonly json?: Uint8Array | null;
}

const UNKNOWN_EXT = new ExtData(0, new Uint8Array([0]));

/** Decodes a DynamicValue; an absent or empty one is null. */
export function decodeDynamicValue(dv: DynamicValue | null | undefined): Value {
  if (dv?.msgpack && dv.msgpack.length > 0) return fromWire(decode(dv.msgpack));
  if (dv?.json && dv.json.length > 0)
    return fromWire(JSON.parse(Buffer.from(dv.json).toString("utf8")));
  return null;
}

/** Encodes a value as msgpack; objects must already carry every attribute of their type. */
export function encodeDynamicValue(value: Value): { msgpack: Uint8Array } {
  return { msgpack: encode(toWire(value)) };
}

function fromWire(raw: unknown): Value {
  if (raw === null || raw === undefined) return null;
  if (raw instanceof ExtData) return UNKNOWN;
  if (Array.isArray(raw)) return raw.map(fromWire);
  if (raw instanceof Uint8Array) return Buffer.from(raw).toString("utf8");
  if (typeof raw === "object") {
    const out: ObjectValue = {};
    for (const [k, v] of Object.entries(raw as Record<string, unknown>)) out[k] = fromWire(v);
    return out;
  }
  if (typeof raw === "bigint") return Number(raw);
  return raw as string | number | boolean;
}

function toWire(value: Value): unknown {
  if (value === UNKNOWN) return UNKNOWN_EXT;
  if (Array.isArray(value)) return value.map(toWire);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toWire(v);
    return out;
  }
  return value;
}

/** True when the value or anything inside it is unknown. */
export function containsUnknown(value: Value): boolean {
  if (value === UNKNOWN) return true;
  if (Array.isArray(value)) return value.some(containsUnknown);
  if (value !== null && typeof value === "object")
    return Object.values(value).some(containsUnknown);
  return false;
}

/** Deep equality of two values; sets compare as sets of scalars. Unknown equals only unknown. */
export function valuesEqual(a: Value, b: Value, unordered = false): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    if (unordered) {
      const key = (v: Value) => JSON.stringify(v === UNKNOWN ? "\u0000unknown" : v);
      const sa = a.map(key).sort();
      const sb = b.map(key).sort();
      return sa.every((v, i) => v === sb[i]);
    }
    return a.every((v, i) => valuesEqual(v, b[i] as Value));
  }
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => k in b && valuesEqual(a[k] as Value, b[k] as Value, unordered));
  }
  return false;
}

/** A known object value (not null, not unknown, not an array). */
export function isObject(value: Value | undefined): value is ObjectValue {
  return (
    value !== null && value !== undefined && typeof value === "object" && !Array.isArray(value)
  );
}
