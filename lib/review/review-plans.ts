import { appendTo } from "./append-to";
import { linkWatchers } from "./coverage-links";
import { GroupNames } from "./group-names";
import type { StackPlan } from "./group-names";
import { PlanReferences } from "./plan-config";
import type { TerraformPlan } from "./plan-types";
import { describeChange } from "./describe-change";
import type { AlarmSemantics } from "./monitoring-resources";
import { MONITORING_RESOURCE_TYPES } from "./monitoring-resources";
import { afterSide, beforeSide, knownValue, reviewAction } from "./plan-values";
import type {
  MonitoringChange,
  MonitoringReview,
  ReviewAction,
  ReviewedStack,
  RiskFlag,
} from "./review-model";
import { REVIEW_SCHEMA_VERSION, UNGROUPED } from "./review-model";
import { loosenings, removedActions } from "./risk-rules";
import { groupFromTags } from "./service-group";
import { SUPPRESSION_TYPES, newSuppression, widenings } from "./suppression-rules";
import { POINTING_ATTRIBUTES } from "./watched-resources";

/** Attributes whose references the review follows: what alarms and targets watch, and target groups. */
const REFERENCING_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  ...POINTING_ATTRIBUTES,
  monitoring_target: [...(POINTING_ATTRIBUTES.monitoring_target ?? []), "groups"],
  monitoring_dashboard: ["groups"],
  monitoring_maintenance: ["groups"],
};

/** A plan to review: its stack name, where it was read from, and the parsed plan. */
export interface ReviewInput {
  /** Stack name the review reports the plan's changes under; unique among the inputs. */
  readonly name: string;
  /** Where the plan was read from (a path, or `-` for standard input), reported as is. */
  readonly source: string;
  /** The plan, as {@link parsePlan} returns it. */
  readonly plan: TerraformPlan;
}

interface AlarmSides {
  readonly stack: string;
  readonly address: string;
  readonly group: string;
  readonly severity: { readonly before?: string; readonly after?: string };
  readonly before?: AlarmSemantics;
  readonly after?: AlarmSemantics;
}

/** Reads the monitoring changes and risk flags of the plans of one or more stacks. */
export function reviewPlans(inputs: readonly ReviewInput[]): MonitoringReview {
  const plans: StackPlan[] = inputs.map(({ name, plan }) => ({
    stack: name,
    changes: plan.resource_changes,
    references: new PlanReferences(plan, REFERENCING_ATTRIBUTES),
  }));
  const groupNames = new GroupNames(plans);
  const changes: MonitoringChange[] = [];
  const flags: RiskFlag[] = [];
  const alarms: AlarmSides[] = [];
  for (const plan of plans) {
    const { stack } = plan;
    for (const rc of plan.changes) {
      const describer = MONITORING_RESOURCE_TYPES[rc.type];
      if (rc.mode !== "managed" || !describer) continue;
      // Unchanged alarms still count for the severity tally; other unchanged objects do not matter.
      if (!describer.alarm && !reviewAction(rc.change.actions)) continue;
      const before = beforeSide(rc);
      const after = afterSide(rc);
      const group = groupNames.groupOf(plan, rc, (after ?? before)!, describer);
      const change = describeChange(stack, rc, describer, group);
      if (change) changes.push(change);
      if (describer.alarm) {
        alarms.push({
          stack,
          address: rc.address,
          group,
          severity: {
            before: before && describer.severity?.(before),
            after: after && describer.severity?.(after),
          },
          before: before && describer.alarm(before),
          after: after && describer.alarm(after),
        });
      }
      if ((SUPPRESSION_TYPES as readonly string[]).includes(rc.type) && after) {
        const reasons = before
          ? widenings(rc.type, before, after)
          : [newSuppression(rc.type, after)];
        if (reasons.length > 0) {
          const name = describer.name(after) ?? rc.address;
          const message = before
            ? `${name} silences more: ${reasons.join("; ")}`
            : `${name}: ${reasons[0]}`;
          flags.push({ code: "ALERTS_SUPPRESSED", stack, group, address: rc.address, message });
        }
      }
      if (rc.type === "monitoring_target" && before && after) {
        if (knownValue(before, ["enabled"]) !== false && knownValue(after, ["enabled"]) === false) {
          const message = `target ${describer.name(after) ?? rc.address} is disabled: the backend stops watching it`;
          flags.push({ code: "TARGET_DISABLED", stack, group, address: rc.address, message });
        }
      }
    }
  }
  flags.push(...alarmFlags(alarms), ...severityFlags(alarms), ...coverageFlags(plans));
  return assemble(inputs, changes, flags);
}

function alarmFlags(alarms: readonly AlarmSides[]): RiskFlag[] {
  const flags: RiskFlag[] = [];
  for (const { stack, address, group, before, after } of alarms) {
    if (!before || !after) continue;
    const base = { stack, group, address };
    const reasons = loosenings(before, after);
    if (reasons.length)
      flags.push({ ...base, code: "THRESHOLD_LOOSENED", message: reasons.join("; ") });
    const gone = removedActions(before, after);
    if (gone.length) {
      const left =
        after.actions!.length === 0 ? "it notifies no one" : `${after.actions!.length} left`;
      flags.push({
        ...base,
        code: "ACTIONS_REMOVED",
        message: `alarm actions removed: ${gone.join(", ")} (${left})`,
      });
    }
    if (before.enabled && after.enabled === false) {
      flags.push({
        ...base,
        code: "ALARM_DISABLED",
        message: "actions disabled: the alarm changes state but notifies no one",
      });
    }
  }
  return flags;
}

/** A severity whose alarms notified someone before and no one after, while such alarms remain. */
function severityFlags(alarms: readonly AlarmSides[]): RiskFlag[] {
  const tally = new Map<
    string,
    { before: Set<string>; after: Set<string>; remaining: AlarmSides[]; unknown: boolean }
  >();
  const entry = (severity: string) => {
    let t = tally.get(severity);
    if (!t)
      tally.set(
        severity,
        (t = { before: new Set(), after: new Set(), remaining: [], unknown: false }),
      );
    return t;
  };
  for (const alarm of alarms) {
    if (alarm.before && alarm.severity.before) {
      for (const a of alarm.before.actions ?? []) entry(alarm.severity.before).before.add(a);
    }
    if (alarm.after && alarm.severity.after) {
      const t = entry(alarm.severity.after);
      t.remaining.push(alarm);
      if (!alarm.after.actions) t.unknown = true;
      if (alarm.after.enabled !== false) for (const a of alarm.after.actions ?? []) t.after.add(a);
    }
  }
  const flags: RiskFlag[] = [];
  for (const [severity, t] of [...tally].sort(([a], [b]) => a.localeCompare(b))) {
    if (t.before.size === 0 || t.after.size > 0 || t.unknown || t.remaining.length === 0) continue;
    const first = t.remaining[0]!;
    flags.push({
      code: "SEVERITY_UNNOTIFIED",
      stack: first.stack,
      group: first.group,
      address: first.address,
      message: `${t.remaining.length} ${severity} alarm(s) remain but none notifies anyone (before: ${[...t.before].join(", ")})`,
    });
  }
  return flags;
}

function coverageFlags(plans: readonly StackPlan[]): RiskFlag[] {
  const flags: RiskFlag[] = [];
  for (const resource of linkWatchers(plans)) {
    const { change } = resource;
    if (
      !change.change.after ||
      resource.watchersBefore.size === 0 ||
      resource.watchersAfter.size > 0
    )
      continue;
    const lost = [...resource.watchersBefore].map((w) => w.split("\u0000")[1]).sort();
    const tags = change.change.after.tags ?? change.change.before?.tags;
    flags.push({
      code: "COVERAGE_LOSS",
      stack: resource.stack,
      group: groupFromTags(tags ?? null),
      address: change.address,
      message: `${change.address} stays but loses its last watcher(s): ${lost.join(", ")}`,
    });
  }
  return flags;
}

const KIND_ORDER = ["alarm", "target", "group", "dashboard", "channel", "maintenance"];

function assemble(
  inputs: readonly ReviewInput[],
  changes: MonitoringChange[],
  flags: RiskFlag[],
): MonitoringReview {
  const byGroup = new Map<string, MonitoringChange[]>();
  for (const change of changes) appendTo(byGroup, change.group, change);
  const groupOrder = (a: string, b: string) =>
    a === UNGROUPED ? 1 : b === UNGROUPED ? -1 : a.localeCompare(b);
  const groups = [...byGroup.keys()].sort(groupOrder).map((name) => ({
    name,
    changes: byGroup
      .get(name)!
      .sort(
        (a, b) =>
          KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
          a.name.localeCompare(b.name) ||
          a.address.localeCompare(b.address) ||
          a.stack.localeCompare(b.stack),
      ),
  }));
  flags.sort(
    (a, b) =>
      a.code.localeCompare(b.code) ||
      groupOrder(a.group, b.group) ||
      a.address.localeCompare(b.address),
  );
  const counts: Record<ReviewAction, number> = { add: 0, remove: 0, replace: 0, change: 0 };
  for (const change of changes) counts[change.action]++;
  const stacks: ReviewedStack[] = inputs.map(({ name, source, plan }) => ({
    name,
    source,
    ...(plan.terraform_version ? { terraformVersion: plan.terraform_version } : {}),
    formatVersion: plan.format_version,
    resourceChanges: plan.resource_changes.filter((rc) => reviewAction(rc.change.actions)).length,
  }));
  return {
    schemaVersion: REVIEW_SCHEMA_VERSION,
    verdict: verdict(changes.length, counts, flags),
    stacks,
    counts,
    groups,
    flags,
  };
}

function verdict(
  total: number,
  counts: Record<ReviewAction, number>,
  flags: readonly RiskFlag[],
): string {
  const parts = (["add", "remove", "replace", "change"] as const)
    .filter((a) => counts[a] > 0)
    .map(
      (a) =>
        `${counts[a]} ${{ add: "added", remove: "removed", replace: "replaced", change: "changed" }[a]}`,
    );
  const what =
    total === 0
      ? "No monitoring changes"
      : `${total} monitoring change${total === 1 ? "" : "s"} (${parts.join(", ")})`;
  if (flags.length === 0) return `${what}; no risk flags.`;
  const codes = [...new Set(flags.map((f) => f.code))].join(", ");
  return `${what}; ${flags.length} risk flag${flags.length === 1 ? "" : "s"}: ${codes}.`;
}
