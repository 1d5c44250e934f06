/**
 * When a maintenance window silences more than before: a new window, or a wider one (more
 * groups, targets or scopes, a longer or more frequent period, an active range that starts
 * earlier or ends later). Backend windows (`monitoring_maintenance`) and Azure alert processing
 * rules (`azurerm_monitor_alert_processing_rule_suppression`) are read in their own words.
 */
import type { JsonValue } from "./plan-types";
import type { PlanSide } from "./plan-values";
import { knownValue } from "./plan-values";

/** Resource types that suppress alerts while they are active. */
export const SUPPRESSION_TYPES = [
  "monitoring_maintenance",
  "azurerm_monitor_alert_processing_rule_suppression",
] as const;

const strings = (side: PlanSide, path: readonly (string | number)[]): string[] => {
  const v = knownValue(side, path);
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
};
const num = (side: PlanSide, path: readonly (string | number)[]): number | undefined => {
  const v = knownValue(side, path);
  return typeof v === "number" ? v : undefined;
};
const text = (side: PlanSide, path: readonly (string | number)[]): string | undefined => {
  const v = knownValue(side, path);
  return typeof v === "string" ? v : undefined;
};
const added = (before: readonly string[], after: readonly string[]) =>
  after.filter((x) => !before.includes(x));

/** Unix seconds of an RFC 3339 date-time, or of Azure's offset-less one read as UTC. */
function instant(value: string | undefined, utcIfBare = false): number | undefined {
  if (value === undefined) return undefined;
  const t = Date.parse(utcIfBare && !/(Z|[+-]\d{2}:\d{2})$/.test(value) ? `${value}Z` : value);
  return Number.isNaN(t) ? undefined : t / 1000;
}

/** A span in whole minutes, or hours when whole (Azure's runs end at 23:59:59). */
const minutes = (seconds: number) => {
  const m = Math.round(seconds / 60);
  return m % 60 === 0 ? `${m / 60} h` : `${m} min`;
};

/** One sentence for a new window: what it silences and when. */
export function newSuppression(type: string, after: PlanSide): string {
  if (type === "monitoring_maintenance") {
    const groups = strings(after, ["groups"]).length;
    const targets = strings(after, ["targets"]).length;
    const period = text(after, ["period_type"]) ?? "unknown";
    const duration = num(after, ["duration"]);
    const what = [groups ? `${groups} group(s)` : "", targets ? `${targets} target(s)` : ""].filter(
      Boolean,
    );
    return `new maintenance window: problems of ${what.join(" and ") || "its hosts"} raise no notifications during its ${period.replace("_", "-")} period${duration ? ` of ${minutes(duration)}` : ""}, from ${text(after, ["active_since"]) ?? "(known after apply)"} to ${text(after, ["active_till"]) ?? "(known after apply)"}`;
  }
  const scopes = strings(after, ["scopes"]).length;
  return `new alert processing rule: notifications of alerts on ${scopes || "its"} scope(s) are suppressed from ${text(after, ["schedule", 0, "effective_from"]) ?? "now"} to ${text(after, ["schedule", 0, "effective_until"]) ?? "indefinitely"}${knownValue(after, ["schedule", 0, "recurrence", 0]) ? " on its recurrence" : ""}`;
}

/** Reasons why a window silences more after the change; empty when it does not. */
export function widenings(type: string, before: PlanSide, after: PlanSide): string[] {
  return type === "monitoring_maintenance"
    ? maintenanceWidenings(before, after)
    : azureWidenings(before, after);
}

/** How often a period type recurs: higher recurs more. */
const PERIOD_RANK: Readonly<Record<string, number>> = {
  one_time: 0,
  monthly: 1,
  weekly: 2,
  daily: 3,
};

function rangeWidenings(
  since: readonly [number | undefined, number | undefined],
  till: readonly [number | undefined, number | undefined],
  names: readonly [string, string],
  shown: readonly [string | undefined, string | undefined][],
): string[] {
  const reasons: string[] = [];
  const [s0, s1] = since;
  const [t0, t1] = till;
  if (s0 !== undefined && s1 !== undefined && s1 < s0)
    reasons.push(`${names[0]} ${shown[0]![0]} → ${shown[0]![1]} starts earlier`);
  if (t0 !== undefined && t1 !== undefined && t1 > t0)
    reasons.push(`${names[1]} ${shown[1]![0]} → ${shown[1]![1]} ends later`);
  return reasons;
}

function maintenanceWidenings(before: PlanSide, after: PlanSide): string[] {
  const reasons: string[] = [];
  for (const [attribute, noun] of [
    ["groups", "group"],
    ["targets", "target"],
  ] as const) {
    const more = added(strings(before, [attribute]), strings(after, [attribute]));
    if (more.length > 0) reasons.push(`${more.length} more ${noun}(s) in maintenance`);
  }
  const d0 = num(before, ["duration"]);
  const d1 = num(after, ["duration"]);
  if (d0 !== undefined && d1 !== undefined && d1 > d0)
    reasons.push(`duration ${minutes(d0)} → ${minutes(d1)} silences longer`);
  const p0 = text(before, ["period_type"]);
  const p1 = text(after, ["period_type"]);
  if (p0 && p1 && (PERIOD_RANK[p1] ?? 0) > (PERIOD_RANK[p0] ?? 0))
    reasons.push(`period_type ${p0} → ${p1} recurs more often`);
  if (p0 === p1) {
    const e0 = num(before, ["every"]);
    const e1 = num(after, ["every"]);
    if (e0 !== undefined && e1 !== undefined && e1 < e0 && (p1 === "daily" || p1 === "weekly"))
      reasons.push(`every ${e0} → ${e1} recurs more often`);
    const days = added(strings(before, ["days_of_week"]), strings(after, ["days_of_week"]));
    if (days.length > 0) reasons.push(`more days: ${days.join(", ")}`);
    const months = added(strings(before, ["months"]), strings(after, ["months"]));
    if (months.length > 0) reasons.push(`more months: ${months.join(", ")}`);
  }
  const since = text(before, ["active_since"]);
  const since1 = text(after, ["active_since"]);
  const till = text(before, ["active_till"]);
  const till1 = text(after, ["active_till"]);
  reasons.push(
    ...rangeWidenings(
      [instant(since), instant(since1)],
      [instant(till), instant(till1)],
      ["active_since", "active_till"],
      [
        [since, since1],
        [till, till1],
      ],
    ),
  );
  return reasons;
}

/** Seconds a recurrence silences per week (monthly days count as a quarter of a week each). */
function weeklySeconds(side: PlanSide): number {
  const recurrence = knownValue(side, ["schedule", 0, "recurrence", 0]);
  if (recurrence === undefined) return Number.POSITIVE_INFINITY;
  const span = (entry: JsonValue) => {
    const e = entry as Record<string, JsonValue>;
    const clock = (v: JsonValue | undefined) => {
      const [h, m, s] = String(v ?? "")
        .split(":")
        .map(Number);
      return (h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0);
    };
    const start = e.start_time === null || e.start_time === undefined ? 0 : clock(e.start_time);
    const end = e.end_time === null || e.end_time === undefined ? 86_400 : clock(e.end_time);
    return Math.max(end - start, 0);
  };
  const list = (key: string) => {
    const v = (recurrence as Record<string, JsonValue>)[key];
    return Array.isArray(v) ? v : [];
  };
  const count = (entry: JsonValue, key: string) => {
    const v = (entry as Record<string, JsonValue>)[key];
    return Array.isArray(v) ? v.length : 0;
  };
  return (
    list("daily").reduce<number>((sum, e) => sum + 7 * span(e), 0) +
    list("weekly").reduce<number>((sum, e) => sum + count(e, "days_of_week") * span(e), 0) +
    list("monthly").reduce<number>((sum, e) => sum + (count(e, "days_of_month") * span(e)) / 4, 0)
  );
}

function azureWidenings(before: PlanSide, after: PlanSide): string[] {
  const reasons: string[] = [];
  const scopes = added(strings(before, ["scopes"]), strings(after, ["scopes"]));
  if (scopes.length > 0) reasons.push(`${scopes.length} more scope(s) suppressed`);
  if (knownValue(before, ["enabled"]) === false && knownValue(after, ["enabled"]) !== false)
    reasons.push("enabled false → true suppresses again");
  const w0 = weeklySeconds(before);
  const w1 = weeklySeconds(after);
  if (w1 > w0)
    reasons.push(
      Number.isFinite(w1)
        ? `recurrence silences ${minutes(w1)} a week instead of ${minutes(w0)}`
        : "recurrence removed: suppresses all the time between effective_from and effective_until",
    );
  const from = text(before, ["schedule", 0, "effective_from"]);
  const from1 = text(after, ["schedule", 0, "effective_from"]);
  const until = text(before, ["schedule", 0, "effective_until"]);
  const until1 = text(after, ["schedule", 0, "effective_until"]);
  reasons.push(
    ...rangeWidenings(
      [instant(from, true), instant(from1, true)],
      [
        until === undefined ? Number.POSITIVE_INFINITY : instant(until, true),
        until1 === undefined ? Number.POSITIVE_INFINITY : instant(until1, true),
      ],
      ["effective_from", "effective_until"],
      [
        [from, from1],
        [until ?? "(none)", until1 ?? "(none)"],
      ],
    ),
  );
  return reasons;
}
