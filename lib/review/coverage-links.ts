import { appendTo } from "./append-to";
import type { StackPlan } from "./group-names";
import { configAddress } from "./plan-config";
import type { PlanResourceChange } from "./plan-types";
import {
  collectStrings,
  identityValues,
  isWatchedType,
  POINTING_ATTRIBUTES,
} from "./watched-resources";

/** A watched resource of a plan and the alarms and targets that point at it before and after. */
export interface WatchedResource {
  readonly stack: string;
  readonly change: PlanResourceChange;
  readonly watchersBefore: Set<string>;
  readonly watchersAfter: Set<string>;
}

const key = (stack: string, address: string) => `${stack}\u0000${address}`;

/**
 * Links every watched resource of the plans to the alarms and targets that point at it, on the
 * `before` side (by identity values) and the `after` side (by identity values and by references
 * in the configuration). Links may cross stacks by identity values.
 */
export function linkWatchers(plans: readonly StackPlan[]): WatchedResource[] {
  const watched: WatchedResource[] = [];
  const byIdentity = {
    before: new Map<string, WatchedResource[]>(),
    after: new Map<string, WatchedResource[]>(),
  };
  /** By configuration address: all instances of a `count`/`for_each` resource share one. */
  const byAddress = new Map<string, WatchedResource[]>();
  for (const { stack: name, changes } of plans) {
    for (const rc of changes) {
      if (rc.mode !== "managed" || !isWatchedType(rc.type)) continue;
      const resource: WatchedResource = {
        stack: name,
        change: rc,
        watchersBefore: new Set(),
        watchersAfter: new Set(),
      };
      watched.push(resource);
      appendTo(byAddress, key(name, configAddress(rc.address)), resource);
      for (const side of ["before", "after"] as const) {
        for (const id of identityValues(rc.type, rc.change[side] ?? {})) {
          appendTo(byIdentity[side], id, resource);
        }
      }
    }
  }
  for (const { stack: name, changes, references: refs } of plans) {
    for (const rc of changes) {
      const pointing = POINTING_ATTRIBUTES[rc.type];
      if (rc.mode !== "managed" || !pointing) continue;
      const watcher = key(name, rc.address);
      for (const side of ["before", "after"] as const) {
        const values = rc.change[side];
        if (!values) continue;
        const found = { strings: new Set<string>(), references: new Set<string>() };
        for (const attribute of pointing) collectStrings(values[attribute], found);
        for (const s of found.strings) {
          for (const resource of byIdentity[side].get(s) ?? []) {
            (side === "before" ? resource.watchersBefore : resource.watchersAfter).add(watcher);
          }
        }
        if (side === "after") {
          for (const attribute of pointing) {
            for (const ref of refs.of(rc.address, attribute)) {
              for (const resource of byAddress.get(key(name, ref)) ?? []) {
                resource.watchersAfter.add(watcher);
              }
            }
          }
        }
      }
    }
  }
  return watched;
}
