import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { appendTo } from "./append-to";
import { PlanInputError } from "./plan-parser";
import { UNGROUPED } from "./review-model";
import { SEVERITY_TAG } from "../core/tag-keys";
import { groupFromTags, tagValue } from "./service-group";
import {
  collectStrings,
  identityValues,
  isWatchedType,
  POINTING_ATTRIBUTES,
} from "./watched-resources";

/** Version of the `coverage --format json` document. */
export const COVERAGE_SCHEMA_VERSION = 1;

/** A resource of a supported type and whether an alarm or target covers it. */
export interface CoverageResource {
  /** Stack the resource is synthesized in (the directory name under `cdktf.out/stacks`). */
  readonly stack: string;
  /** Terraform address, e.g. `aws_sqs_queue.orders`. */
  readonly address: string;
  /** Terraform resource type, e.g. `aws_sqs_queue`. */
  readonly type: string;
  /** Service group: the resource's group tag, else that of the first alarm or target covering it, else `(ungrouped)`. */
  readonly group: string;
  /** Addresses of the alarms and targets that point at it. */
  readonly coveredBy: readonly string[];
}

/** Covered and total resources of one type or group. */
export interface CoverageTally {
  /** The resource type (in `byType`) or service group name (in `byGroup`). */
  readonly name: string;
  /** Resources of this type or group that need watching. */
  readonly total: number;
  /** Of those, the ones at least one alarm or target covers. */
  readonly covered: number;
}

/** The coverage of synthesized stacks: the document `coverage --format json` prints. */
export interface CoverageReport {
  /** Version of this document's schema, {@link COVERAGE_SCHEMA_VERSION}. */
  readonly schemaVersion: typeof COVERAGE_SCHEMA_VERSION;
  /** Names of the stacks read, in the order read. */
  readonly stacks: readonly string[];
  /** Resources of supported types in all stacks (notification topics of alarms excluded). */
  readonly total: number;
  /** Of those, the ones at least one alarm or target covers. */
  readonly covered: number;
  /** Covered share in percent (100 when there is nothing to cover), one decimal. */
  readonly percent: number;
  /** Tallies by resource type, sorted by name. */
  readonly byType: readonly CoverageTally[];
  /** Tallies by service group, sorted by name, `(ungrouped)` last. */
  readonly byGroup: readonly CoverageTally[];
  /** Resources no alarm and no target covers, sorted by type, group, stack, address. */
  readonly uncovered: readonly CoverageResource[];
}

/** The part of a synthesized `cdk.tf.json` the review reads: resource configurations by type, then by name. */
export type TerraformJson = {
  /** Resource configurations: `resource[<type>][<name>]` holds the block's attributes, e.g. `resource.aws_sqs_queue.orders`. */
  readonly resource?: Record<string, Record<string, Record<string, unknown>>>;
};

/** Reads `<dir>/stacks/<stack>/cdk.tf.json` (or `<dir>/cdk.tf.json` for one stack), by stack name. */
export function readSynthesizedStacks(dir: string): Map<string, TerraformJson> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new PlanInputError(
      dir,
      "not a directory; expected the output directory of `cdktf synth` (cdktf.out)",
    );
  }
  const files: [string, string][] = [];
  const stacksDir = join(dir, "stacks");
  if (existsSync(stacksDir)) {
    for (const stack of readdirSync(stacksDir).sort()) {
      const file = join(stacksDir, stack, "cdk.tf.json");
      if (existsSync(file)) files.push([stack, file]);
    }
  } else if (existsSync(join(dir, "cdk.tf.json"))) {
    files.push([dir.split(/[\\/]/).filter(Boolean).pop() ?? dir, join(dir, "cdk.tf.json")]);
  }
  if (files.length === 0) {
    throw new PlanInputError(
      dir,
      "no stacks/*/cdk.tf.json found; run `cdktf synth` and pass its output directory (cdktf.out)",
    );
  }
  const stacks = new Map<string, TerraformJson>();
  for (const [stack, file] of files) {
    try {
      stacks.set(stack, JSON.parse(readFileSync(file, "utf8")) as TerraformJson);
    } catch (error) {
      throw new PlanInputError(
        file,
        `not JSON (${(error as Error).message}); expected a synthesized cdk.tf.json`,
      );
    }
  }
  return stacks;
}

/**
 * Which resources of supported types no alarm and no target covers; SNS topics that alarms
 * notify are monitoring's own channels and are not counted. A resource's service group is its
 * group tag, else the group of the first alarm or target that covers it. A watcher covers a
 * resource when its dimensions (alarms) or name/address/tags (targets) reference the resource
 * (`${aws_sqs_queue.orders.name}`) or contain one of its literal identity values.
 */
export function computeCoverage(stacks: ReadonlyMap<string, TerraformJson>): CoverageReport {
  const resources: {
    stack: string;
    address: string;
    type: string;
    group: string;
    coveredBy: Set<string>;
  }[] = [];
  const byAddress = new Map<string, (typeof resources)[number]>();
  const byIdentity = new Map<string, (typeof resources)[number][]>();
  for (const [stack, json] of stacks) {
    const channels = notificationChannels(json);
    for (const [type, blocks] of Object.entries(json.resource ?? {})) {
      if (!isWatchedType(type)) continue;
      for (const [name, config] of Object.entries(blocks)) {
        if (channels.has(`${type}.${name}`)) continue;
        const resource = {
          stack,
          address: `${type}.${name}`,
          type,
          group: groupFromTags(config.tags as never),
          coveredBy: new Set<string>(),
        };
        resources.push(resource);
        byAddress.set(`${stack}\u0000${resource.address}`, resource);
        for (const id of identityValues(type, config)) appendTo(byIdentity, id, resource);
      }
    }
  }
  for (const [stack, json] of stacks) {
    for (const [type, blocks] of Object.entries(json.resource ?? {})) {
      const pointing = POINTING_ATTRIBUTES[type];
      if (!pointing) continue;
      for (const [name, config] of Object.entries(blocks)) {
        const found = { strings: new Set<string>(), references: new Set<string>() };
        for (const attribute of pointing) collectStrings(config[attribute], found);
        const watcher = stacks.size > 1 ? `${stack}: ${type}.${name}` : `${type}.${name}`;
        const group = watcherGroup(json, type, config);
        const cover = (r: (typeof resources)[number] | undefined) => {
          if (!r) return;
          r.coveredBy.add(watcher);
          if (r.group === UNGROUPED) r.group = group;
        };
        for (const ref of found.references) cover(byAddress.get(`${stack}\u0000${ref}`));
        for (const s of found.strings) for (const r of byIdentity.get(s) ?? []) cover(r);
      }
    }
  }
  const tally = (key: (r: (typeof resources)[number]) => string): CoverageTally[] => {
    const map = new Map<string, { total: number; covered: number }>();
    for (const r of resources) {
      const t = map.get(key(r)) ?? { total: 0, covered: 0 };
      t.total++;
      if (r.coveredBy.size > 0) t.covered++;
      map.set(key(r), t);
    }
    return [...map].map(([name, t]) => ({ name, ...t })).sort((a, b) => order(a.name, b.name));
  };
  const covered = resources.filter((r) => r.coveredBy.size > 0).length;
  const uncovered = resources
    .filter((r) => r.coveredBy.size === 0)
    .sort(
      (a, b) =>
        a.type.localeCompare(b.type) ||
        order(a.group, b.group) ||
        a.stack.localeCompare(b.stack) ||
        a.address.localeCompare(b.address),
    )
    .map(({ coveredBy, ...r }) => ({ ...r, coveredBy: [...coveredBy] }));
  return {
    schemaVersion: COVERAGE_SCHEMA_VERSION,
    stacks: [...stacks.keys()],
    total: resources.length,
    covered,
    percent: resources.length === 0 ? 100 : Math.floor((1000 * covered) / resources.length) / 10,
    byType: tally((r) => r.type),
    byGroup: tally((r) => r.group),
    uncovered,
  };
}

/**
 * The service group of an alarm (its group tag) or a target (the name of the first
 * `monitoring_group` its `groups` refer to); {@link UNGROUPED} when it names none.
 */
function watcherGroup(json: TerraformJson, type: string, config: Record<string, unknown>): string {
  if (type !== "monitoring_target") return groupFromTags(config.tags as never);
  const found = { strings: new Set<string>(), references: new Set<string>() };
  collectStrings(config.groups, found);
  for (const ref of found.references) {
    const [refType, refName] = ref.split(".");
    const name =
      refType === "monitoring_group" ? json.resource?.[refType]?.[refName!]?.name : undefined;
    if (typeof name === "string") return name;
  }
  return UNGROUPED;
}

/**
 * Topics that alarms notify, and the library's severity topics (those of `SharedNotifications`
 * are notified from other stacks): monitoring's own channels, not resources that need watching.
 */
function notificationChannels(json: TerraformJson): Set<string> {
  const found = { strings: new Set<string>(), references: new Set<string>() };
  for (const type of ["aws_cloudwatch_metric_alarm", "aws_cloudwatch_composite_alarm"]) {
    for (const config of Object.values(json.resource?.[type] ?? {})) {
      for (const key of ["alarm_actions", "ok_actions", "insufficient_data_actions"]) {
        collectStrings(config[key], found);
      }
    }
  }
  for (const [name, config] of Object.entries(json.resource?.aws_sns_topic ?? {})) {
    if (tagValue(config.tags as never, [SEVERITY_TAG]) !== undefined) {
      found.references.add(`aws_sns_topic.${name}`);
    }
  }
  return found.references;
}

const order = (a: string, b: string) =>
  a === UNGROUPED ? 1 : b === UNGROUPED ? -1 : a.localeCompare(b);

/** The coverage report as aligned text. */
export function formatCoverageText(report: CoverageReport): string {
  const lines = [
    `Monitoring coverage: ${report.covered} of ${report.total} resources covered (${report.percent}%) in ${report.stacks.join(", ")}`,
  ];
  const table = (title: string, rows: readonly CoverageTally[]) => {
    if (rows.length === 0) return;
    const width = Math.max(...rows.map((r) => r.name.length));
    lines.push("", title);
    for (const r of rows)
      lines.push(
        `  ${r.name.padEnd(width)}  ${String(r.covered).padStart(4)} / ${String(r.total).padEnd(4)} covered`,
      );
  };
  table("By type", report.byType);
  table("By service group", report.byGroup);
  if (report.uncovered.length > 0) {
    lines.push("", `Not covered by any alarm or target (${report.uncovered.length})`);
    const multi = report.stacks.length > 1;
    for (const r of report.uncovered)
      lines.push(`  ${r.group}  ${multi ? `${r.stack}: ` : ""}${r.address}`);
  }
  return `${lines.join("\n")}\n`;
}
