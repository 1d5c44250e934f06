import { createHash } from "node:crypto";
import { TerraformStack } from "cdktf";
import type { IConstruct } from "constructs";
import type { Severity } from "./severity";

const HASH_LENGTH = 8;

/** `ApiHandler` → `api-handler`, `cpuUtilization` → `cpu-utilization`, `a b/c` → `a-b-c`. */
export function kebab(text: string): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1-$2")
    .toLowerCase()
    .replace(/[^a-z0-9_.]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** A short, stable hash of `text` (hex). */
export function shortHash(text: string, length = HASH_LENGTH): string {
  return createHash("sha256").update(text).digest("hex").slice(0, length);
}

/**
 * The resource part of alarm names: the construct's path below its stack, kebab-cased, e.g.
 * `storefront-web` for `stack/storefront/web`. Never derived from tokens, so it is known at
 * synth and stable when declaration order changes.
 */
export function resourceNameOf(construct: IConstruct): string {
  const scopes = construct.node.scopes;
  let start = 0;
  for (let i = scopes.length - 1; i >= 0; i--) {
    if (TerraformStack.isStack(scopes[i])) {
      start = i + 1;
      break;
    }
  }
  // Concatenated rather than joined: see constructId() on V8 joins of construct ids.
  let name = "";
  for (const scope of scopes.slice(start)) {
    const part = kebab(scope.node.id);
    if (part.length > 0) name = name ? `${name}-${part}` : part;
  }
  return name || kebab(construct.node.id) || "resource";
}

/**
 * `<prefix>-<resource>-<metric>-<severity>`, at most `maxLength` characters (the cloud's limit,
 * `AlarmRules.maxNameLength`). When too long, the resource part is shortened and followed by a
 * hash of the full name, so the result stays unique and deterministic.
 */
export function alarmNameOf(
  prefix: string,
  resource: string,
  metric: string,
  severity: Severity | string,
  maxLength: number,
): string {
  const full = `${prefix}-${resource}-${metric}-${severity}`;
  if (full.length <= maxLength) return full;
  const fixed = `${prefix}--${HASH_LENGTH}-${metric}-${severity}`.length + HASH_LENGTH;
  const room = Math.max(1, maxLength - fixed);
  return `${prefix}-${resource.slice(0, room)}-${shortHash(full)}-${metric}-${severity}`.slice(
    0,
    maxLength,
  );
}
