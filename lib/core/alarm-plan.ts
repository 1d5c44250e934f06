import type { TerraformResource } from "cdktf";
import type { AlarmDefault, DefaultThreshold } from "../catalog/alarm-default";
import { describeAlarm } from "./alarm-description";
import { defaultSideOf } from "./alarm-comparison";
import type { AnyServiceDefinition } from "./service-definition";
import type { AlarmOptions, ResourceMonitoringOptions } from "./alarm-options";
import type { AlarmSpec } from "./alarm-spec";
import { alarmNameOf, kebab } from "./alarm-naming";
import type { ConfigProblem } from "./config-error";
import type { AlarmDefaults } from "./alarm-defaults";
import type { AlarmRules } from "./alarm-rules";
import { hasDefaults, mergeDefaults, problemAtDefault } from "./merge-alarm-defaults";
import { alarmOptionProblems, parsePercent, percentInputOf } from "./option-schema";
import { SEVERITIES, type Severity } from "./severity";

/** What monitoring one resource produces: alarm specs, synth warnings, and option problems. */
export interface AlarmPlan {
  readonly specs: readonly AlarmSpec[];
  readonly warnings: readonly string[];
  readonly problems: readonly ConfigProblem[];
}

/** Names and group a plan needs from the facade. */
export interface PlanContext {
  readonly prefix: string;
  readonly resourceName: string;
  readonly resourcePath: string;
  readonly group: string;
  /**
   * The facade's `alarmDefaults`.
   *
   * @default - none
   */
  readonly defaults?: AlarmDefaults;
}

/**
 * Merges a service's catalog entries with the user's options for one resource into alarm specs.
 * Thresholds computed from the resource (`percentOf`) that are unknown at synth leave the alarm
 * out and produce a warning saying what to set.
 */
export function planAlarms(
  service: AnyServiceDefinition,
  resource: TerraformResource,
  options: ResourceMonitoringOptions,
  ctx: PlanContext,
): AlarmPlan {
  const specs: AlarmSpec[] = [];
  const warnings: string[] = [];
  const problems: ConfigProblem[] = [];
  const userOptions = options as Record<string, AlarmOptions | false | undefined>;
  const inForce = { call: options.alarmDefaults, facade: ctx.defaults };
  const defaults = hasDefaults(inForce) ? inForce : undefined;
  for (const catalogEntry of service.alarms) {
    const user = userOptions[catalogEntry.key];
    if (user === false) continue;
    if (user === undefined && !catalogEntry.enabledByDefault) continue;
    if (user === undefined && service.applies && !service.applies(resource, catalogEntry)) continue;
    const entry = service.adjust ? service.adjust(resource, catalogEntry) : catalogEntry;
    const rules = service.cloud.alarmRules;
    const alarm: AlarmOptions = user ?? {};
    const settings: Partial<Record<Severity, AlarmSettingsInForce>> = {};
    let failed = false;
    let plain: AlarmSettingsInForce | undefined;
    for (const severity of SEVERITIES) {
      if (!defaults || !makesAlarm(entry, alarm, severity)) {
        settings[severity] = plain ??= settingsInForce(entry, alarm, rules);
        continue;
      }
      const skip = inapplicable(rules, alarm.anomalyDetection !== undefined);
      const evaluation = (alarm.anomalyDetection && rules.anomaly?.evaluation) || entry;
      const merged = mergeDefaults(alarm, defaults, severity, skip, evaluation);
      const found = alarmOptionProblems(catalogEntry, rules, merged.options).map((p) =>
        problemAtDefault(p, entry.key, severity, merged.origins),
      );
      for (const problem of found) {
        if (!problems.some((p) => p.option === problem.option && p.message === problem.message)) {
          problems.push(problem);
        }
      }
      failed ||= found.length > 0;
      settings[severity] = settingsInForce(entry, merged.options, rules);
    }
    if (failed) continue;
    const metric = metricPartOf(entry.key);
    const members = service.members?.(resource, entry) ?? [
      { suffix: "", dimensions: service.dimensions(resource, entry) },
    ];
    let created = 0;
    for (const name of Object.keys(alarm.dimensions ?? {})) {
      if (!members.some((member) => name in member.dimensions)) continue;
      problems.push({
        option: `${entry.key}.dimensions.${name}`,
        message: `identifies the monitored resource and is set from it; allowed: other dimensions of ${entry.metricName}`,
      });
    }
    for (const member of members) {
      const resourceName = `${ctx.resourceName}${member.suffix}`;
      const dimensions = { ...member.dimensions, ...entry.extraDimensions, ...alarm.dimensions };
      for (const severity of SEVERITIES) {
        const { o, period, frequency, evaluationPeriods, datapointsToAlarm, statistic } =
          settings[severity]!;
        const base = {
          name: alarmNameOf(ctx.prefix, resourceName, metric, severity, rules.maxNameLength),
          severity,
          key: entry.key,
          resourceName,
          resourcePath: ctx.resourcePath,
          group: ctx.group,
          serviceId: service.id,
          serviceTitle: service.title,
          namespace: entry.namespace,
          metricName: entry.metricName,
          statistic,
          dimensions,
          period,
          frequency,
          evaluationPeriods,
          datapointsToAlarm,
          treatMissingData: o.treatMissingData ?? entry.treatMissingData,
          comparisonOperator:
            (!o.anomalyDetection && o.comparisonOperator !== undefined
              ? rules.comparisons?.static[o.comparisonOperator]
              : undefined) ?? entry.comparisonOperator,
          unit: entry.unit,
        };
        let spec: Mutable<AlarmSpec>;
        if (o.anomalyDetection) {
          const level = o.anomalyDetection[severity];
          if (level === undefined) continue;
          if (typeof level === "number") {
            spec = specOf(base, "anomalyBand", level);
          } else {
            spec = specOf(base, "anomalySensitivity", level);
            if (o.anomalyDetection.ignoreDataBefore !== undefined) {
              spec.ignoreDataBefore = o.anomalyDetection.ignoreDataBefore;
            }
          }
          spec.anomalySide =
            (o.comparisonOperator === undefined
              ? undefined
              : rules.comparisons?.anomaly?.[o.comparisonOperator]) ??
            defaultSideOf(entry.comparisonOperator);
        } else {
          const threshold = resolveThreshold(service, resource, entry, severity, o[severity]);
          if (threshold.kind === "none") continue;
          if (threshold.kind === "unknown") {
            if (!warnings.includes(threshold.message)) warnings.push(threshold.message);
            continue;
          }
          spec = specOf(base, "threshold", threshold.value);
        }
        if (entry.math) spec.math = entry.math;
        spec.description = describeAlarm(
          spec,
          o.description ?? entry.description,
          o.runbookUrl,
          rules.maxDescriptionLength,
        );
        if (service.region) spec.region = service.region;
        specs.push(spec);
        created++;
      }
    }
    if (created === 0 && user !== undefined && !hasUnknown(warnings, entry.key)) {
      problems.push({
        option: entry.key,
        message:
          "enables no alarm: this metric has no default threshold; allowed: set warning and/or critical",
      });
    }
  }
  return { specs, warnings, problems };
}

/** An alarm's options of one severity and the evaluation settings they give. */
interface AlarmSettingsInForce {
  readonly o: AlarmOptions;
  readonly period: number;
  readonly frequency?: number;
  readonly evaluationPeriods: number;
  readonly datapointsToAlarm: number;
  readonly statistic: string;
}

function settingsInForce(
  entry: AlarmDefault,
  o: AlarmOptions,
  rules: AlarmRules,
): AlarmSettingsInForce {
  const period = o.period ?? entry.period;
  const evaluation = (o.anomalyDetection && rules.anomaly?.evaluation) || entry;
  const datapointsToAlarm =
    o.datapointsToAlarm ??
    Math.min(evaluation.datapointsToAlarm, o.evaluationPeriods ?? evaluation.datapointsToAlarm);
  return {
    o,
    period,
    frequency:
      o.frequency ??
      (entry.frequency === undefined ? undefined : Math.min(entry.frequency, period)),
    evaluationPeriods:
      o.evaluationPeriods ?? Math.max(evaluation.evaluationPeriods, datapointsToAlarm),
    datapointsToAlarm,
    statistic: o.statistic ?? entry.statistic,
  };
}

/** Whether the options give the entry an alarm of this severity (thresholds aside). */
function makesAlarm(entry: AlarmDefault, o: AlarmOptions, severity: Severity): boolean {
  if (o.anomalyDetection) return o.anomalyDetection[severity] !== undefined;
  const user = o[severity];
  return user === undefined ? entry.thresholds[severity] !== undefined : user !== false;
}

/** Settings of the defaults an alarm of this cloud (static or anomaly) has no use for. */
function inapplicable(rules: AlarmRules, anomaly: boolean): ReadonlySet<string> {
  return new Set([
    ...(rules.frequency ? [] : ["frequency"]),
    ...Object.keys(rules.unsupportedOptions ?? {}),
    ...(anomaly ? [] : Object.keys(rules.anomalyOnlyOptions ?? {})),
  ]);
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Catalog key → its part of alarm names, computed once per key rather than once per alarm. */
const metricParts = new Map<string, string>();

function metricPartOf(key: string): string {
  let part = metricParts.get(key);
  if (part === undefined) {
    part = kebab(key);
    metricParts.set(key, part);
  }
  return part;
}

/**
 * A spec object built by assignments in one order from one literal, so that all specs share
 * V8 hidden classes (object spread made a new hidden class, in old space, for every alarm).
 */
type ThresholdKind = "threshold" | "anomalyBand" | "anomalySensitivity";

function specOf<K extends ThresholdKind>(
  base: Omit<
    AlarmSpec,
    "description" | ThresholdKind | "ignoreDataBefore" | "region" | "anomalySide"
  >,
  kind: K,
  value: NonNullable<AlarmSpec[K]>,
): Mutable<AlarmSpec> {
  const spec: Mutable<AlarmSpec> = {
    name: base.name,
    severity: base.severity,
    key: base.key,
    resourceName: base.resourceName,
    resourcePath: base.resourcePath,
    group: base.group,
    serviceId: base.serviceId,
    serviceTitle: base.serviceTitle,
    namespace: base.namespace,
    metricName: base.metricName,
    statistic: base.statistic,
    dimensions: base.dimensions,
    period: base.period,
    frequency: base.frequency,
    evaluationPeriods: base.evaluationPeriods,
    datapointsToAlarm: base.datapointsToAlarm,
    treatMissingData: base.treatMissingData,
    comparisonOperator: base.comparisonOperator,
    unit: base.unit,
    description: "",
  };
  (spec as Record<K, unknown>)[kind] = value;
  return spec;
}

function hasUnknown(warnings: readonly string[], key: string): boolean {
  return warnings.some((w) => w.startsWith(`Alarm "${key}"`));
}

type ResolvedThreshold =
  | { readonly kind: "none" }
  | { readonly kind: "value"; readonly value: number }
  | { readonly kind: "unknown"; readonly message: string };

function resolveThreshold(
  service: AnyServiceDefinition,
  resource: TerraformResource,
  entry: AlarmDefault,
  severity: Severity,
  user: AlarmOptions["warning"],
): ResolvedThreshold {
  if (user === false) return { kind: "none" };
  let wanted: DefaultThreshold | undefined;
  if (typeof user === "number") wanted = user;
  else if (typeof user === "string") {
    wanted = { percentOf: percentInputOf(entry) ?? "", percent: parsePercent(user) ?? NaN };
  } else wanted = entry.thresholds[severity];
  if (wanted === undefined) return { kind: "none" };
  if (typeof wanted === "number") return { kind: "value", value: wanted };
  const input = service.inputs?.[wanted.percentOf];
  const base = input?.resolve(resource);
  if (input === undefined || base === undefined) {
    const what = input?.describe ?? wanted.percentOf;
    const how = input ? `${input.howToSet}, or set` : "set";
    return {
      kind: "unknown",
      message:
        `Alarm "${entry.key}" (${severity}) left out: its threshold is ${wanted.percent}% of ${what}, which is not known at synth. ` +
        `To get it, ${how} ${entry.key}.${severity} to a number in ${entry.unit}.`,
    };
  }
  return { kind: "value", value: round((base * wanted.percent) / 100) };
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
