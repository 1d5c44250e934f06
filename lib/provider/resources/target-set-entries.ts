/**
 * The entries of a `monitoring_target_set` (`targets`, keyed by target name, decoded from their
 * JSON by `target-set-json.ts`): their backend specs, their state from backend targets, the diff
 * of two maps of them, and the chunks a batch is sent in.
 */
import type { Target, TargetSpec } from "../backend-driver";
import { valuesEqual, type ObjectValue, type Value } from "../protocol/dynamic-value";
import { TARGET_DEFAULT_PORT, TARGET_DEFAULT_PORTS } from "../schema";
import { stateMap, stringList, stringMap } from "./crud-resource";
import { OWNERSHIP_TAG, markOwned, withoutOwnership } from "./target";

/**
 * Tag written on every target of a set, valued with the set's name: the provider finds by it
 * what a batch whose answer was lost created. Hidden from the entries' `tags` and reserved.
 */
export const SET_TAG = "terraform-provider-monitoring.set";

export type Entries = Readonly<Record<string, ObjectValue>>;

function defaultPort(kind: string): number {
  return TARGET_DEFAULT_PORTS[kind] ?? TARGET_DEFAULT_PORT;
}

/** The spec of entry `name` of set `set`, with the defaults of `monitoring_target` and both marks. */
export function entrySpec(set: string, name: string, entry: ObjectValue): TargetSpec {
  const kind = String(entry.kind);
  const tags = { ...stringMap(entry.tags), [SET_TAG]: set };
  return markOwned({
    name,
    displayName: typeof entry.display_name === "string" ? entry.display_name : name,
    kind,
    templates: stringList(entry.templates) ?? [],
    address: String(entry.address),
    port: typeof entry.port === "number" ? entry.port : defaultPort(kind),
    groups: stringList(entry.groups) ?? [],
    thresholds: stringMap(entry.thresholds),
    tags,
    enabled: entry.enabled !== false,
    ...(typeof entry.proxy === "string" ? { proxy: entry.proxy } : {}),
  });
}

/** Whether backend target `target` is what a create or update of `spec` made. */
export function madeFrom(target: Target, spec: TargetSpec): boolean {
  return target.tags[OWNERSHIP_TAG] === spec.tags[OWNERSHIP_TAG];
}

/**
 * The entry a backend target shows, in the terms of `prior` (the entry in state or
 * configuration): an attribute unset there stays null while the backend holds its default, and
 * secret thresholds (never returned) keep their prior values.
 */
export function entryFromTarget(target: Target, prior: ObjectValue | undefined): ObjectValue {
  const was = (attribute: string): Value => prior?.[attribute] ?? null;
  const tags = withoutOwnership(target.tags);
  delete tags[SET_TAG];
  const known = stringMap(was("thresholds"));
  const thresholds = { ...target.thresholds };
  for (const name of target.secretThresholds ?? [])
    if (name in known) thresholds[name] = known[name]!;
  const templates = [...target.templates].sort();
  return {
    display_name:
      was("display_name") === null && target.displayName === target.name
        ? null
        : target.displayName,
    kind: target.kind,
    // Unset templates follow the kind: drift of the kind's own templates is not shown.
    templates: was("templates") === null ? null : templates,
    address: target.address,
    port: was("port") === null && target.port === defaultPort(target.kind) ? null : target.port,
    groups: [...target.groups].sort(),
    thresholds: stateMap(thresholds, was("thresholds")),
    tags: stateMap(tags, was("tags")),
    enabled: was("enabled") === null && target.enabled ? null : target.enabled,
    proxy: target.proxy ?? null,
  };
}

/** What an apply does to go from `prior` entries to `planned` ones; keys sorted. */
export interface EntryDiff {
  readonly added: readonly string[];
  readonly changed: readonly string[];
  readonly removed: readonly string[];
}

export function diffEntries(prior: Entries, planned: Entries): EntryDiff {
  const added: string[] = [];
  const changed: string[] = [];
  for (const key of Object.keys(planned).sort()) {
    const was = prior[key];
    if (!was) added.push(key);
    else if (!valuesEqual(was, planned[key]!, true)) changed.push(key);
  }
  const removed = Object.keys(prior)
    .filter((k) => !(k in planned))
    .sort();
  return { added, changed, removed };
}

/** `items` in consecutive chunks of at most `size`. */
export function chunked<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
