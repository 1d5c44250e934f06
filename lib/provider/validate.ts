/**
 * Checks configured values against the validators declared in the schema. Unknown values are
 * skipped (they are checked again when known); each diagnostic carries the attribute's path and
 * says what is allowed.
 */
import { isIPv4, isIPv6 } from "node:net";
import { errorDiagnostic, type AttributePath, type Diagnostic } from "./diagnostics";
import { UNKNOWN, isObject, type Value } from "./protocol/dynamic-value";
import type { BlockSchema, Validator } from "./schema";

/** Validates an object of `block`'s type (and its nested blocks). */
export function validateBlock(
  block: BlockSchema,
  value: Value,
  path: AttributePath = [],
): Diagnostic[] {
  if (!isObject(value)) return [];
  const diagnostics: Diagnostic[] = [];
  for (const attribute of block.attributes) {
    const v = value[attribute.name] ?? null;
    for (const validator of attribute.validators ?? []) {
      const shown = attribute.sensitive ? "The (sensitive) value" : undefined;
      diagnostics.push(...check(validator, v, [...path, attribute.name], attribute.name, shown));
    }
  }
  for (const nested of block.blocks ?? []) {
    diagnostics.push(
      ...validateBlock(nested.block, value[nested.name] ?? null, [...path, nested.name]),
    );
  }
  return diagnostics;
}

const DNS_LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;

/** An IPv4 address, an IPv6 address or a DNS name (whose last label is not all digits). */
export function isAddress(s: string): boolean {
  if (isIPv4(s) || isIPv6(s)) return true;
  const name = s.endsWith(".") ? s.slice(0, -1) : s;
  if (name.length === 0 || name.length > 253) return false;
  const labels = name.split(".");
  return labels.every((l) => DNS_LABEL.test(l)) && !/^[0-9]+$/.test(labels[labels.length - 1]!);
}

/** `shown` replaces the value in messages (a sensitive value is never repeated). */
function check(
  validator: Validator,
  v: Value,
  path: AttributePath,
  name: string,
  shown?: string,
): Diagnostic[] {
  if (v === null || v === UNKNOWN) return [];
  const quoted = (x: Value) => shown ?? JSON.stringify(x);
  switch (validator.kind) {
    case "one_of":
      return typeof v === "string" && !validator.values.includes(v)
        ? [
            errorDiagnostic(
              `Invalid ${name}`,
              `${quoted(v)} is not an allowed value for ${name}. Allowed values: ${validator.values.join(", ")}.`,
              path,
            ),
          ]
        : [];
    case "address":
      return typeof v === "string" && !isAddress(v)
        ? [
            errorDiagnostic(
              `Invalid ${name}`,
              `${quoted(v)} is not a valid IPv4 address, IPv6 address or DNS name.`,
              path,
            ),
          ]
        : [];
    case "pattern":
      return typeof v === "string" && !new RegExp(validator.pattern).test(v)
        ? [
            errorDiagnostic(
              `Invalid ${name}`,
              `${quoted(v)} is not valid for ${name}: allowed are ${validator.description}.`,
              path,
            ),
          ]
        : [];
    case "map_key_pattern": {
      if (!isObject(v)) return [];
      const re = new RegExp(validator.pattern);
      return Object.keys(v)
        .filter((k) => !re.test(k))
        .map((k) =>
          errorDiagnostic(
            `Invalid ${name} name`,
            `${JSON.stringify(k)} is not a valid name in ${name}: allowed are ${validator.description}.`,
            [...path, { key: k }],
          ),
        );
    }
    case "int_range":
      return typeof v === "number" &&
        (!Number.isInteger(v) || v < validator.min || v > validator.max)
        ? [
            errorDiagnostic(
              `Invalid ${name}`,
              `${shown ?? v} is not valid for ${name}: a whole number from ${validator.min} to ${validator.max} is required.`,
              path,
            ),
          ]
        : [];
    case "length": {
      const size =
        typeof v === "string"
          ? v.length
          : Array.isArray(v)
            ? v.length
            : isObject(v)
              ? Object.keys(v).length
              : undefined;
      if (size === undefined || (size >= validator.min && size <= validator.max)) return [];
      const unit = typeof v === "string" ? "characters" : "elements";
      return [
        errorDiagnostic(
          `Invalid ${name}`,
          `${name} must have ${validator.min} to ${validator.max} ${unit}; it has ${size}.`,
          path,
        ),
      ];
    }
  }
}
