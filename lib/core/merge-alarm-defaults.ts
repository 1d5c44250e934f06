import type { AlarmOptions } from "./alarm-options";
import type { AlarmSettings, DefaultsInForce, DefaultsLevel, SettingKey } from "./alarm-defaults";
import { SETTING_KEYS } from "./alarm-defaults";
import type { ConfigProblem } from "./config-error";
import type { Severity } from "./severity";

/** Whether any level sets anything: without, alarms are planned exactly as before. */
export function hasDefaults(defaults: DefaultsInForce): boolean {
  return defaults.call !== undefined || defaults.facade !== undefined;
}

/** An alarm's options with the defaults in force merged in, and where each merged value came from. */
export interface MergedOptions {
  readonly options: AlarmOptions;
  /** The defaults option each merged setting came from, e.g. `alarmDefaults.critical.period`. */
  readonly origins: Readonly<Partial<Record<SettingKey, { option: string; level: DefaultsLevel }>>>;
}

/**
 * The options of one alarm of one severity after the defaults in force: each setting the alarm
 * does not set itself is taken from the most specific level that sets it (this call's severity
 * settings, this call's, the facade's severity settings, the facade's), else left to the catalog.
 * Settings the alarm cannot take are skipped: `skip` (a cloud's unsupported or anomaly-only
 * options). When `datapointsToAlarm` and `evaluationPeriods` come from different places and
 * conflict, the less specific one gives way, as a catalog value does.
 */
export function mergeDefaults(
  alarm: AlarmOptions,
  defaults: DefaultsInForce,
  severity: Severity,
  skip: ReadonlySet<string>,
  catalog: { readonly evaluationPeriods: number; readonly datapointsToAlarm: number },
): MergedOptions {
  const levels: { settings?: AlarmSettings; option: string; level: DefaultsLevel }[] = [
    { settings: defaults.call?.[severity], option: `alarmDefaults.${severity}`, level: "call" },
    { settings: defaults.call, option: "alarmDefaults", level: "call" },
    { settings: defaults.facade?.[severity], option: `alarmDefaults.${severity}`, level: "facade" },
    { settings: defaults.facade, option: "alarmDefaults", level: "facade" },
  ];
  const merged: Record<string, unknown> = { ...alarm };
  const origins: Partial<Record<SettingKey, { option: string; level: DefaultsLevel }>> = {};
  /** 0 = the alarm, 1..4 = the levels above, 5 = the catalog. */
  const rank: Partial<Record<SettingKey, number>> = {};
  for (const key of SETTING_KEYS) {
    if (alarm[key] !== undefined) {
      rank[key] = 0;
      continue;
    }
    if (skip.has(key)) continue;
    const index = levels.findIndex((l) => l.settings?.[key] !== undefined);
    if (index < 0) continue;
    const level = levels[index]!;
    merged[key] = level.settings![key];
    rank[key] = index + 1;
    origins[key] = { option: `${level.option}.${key}`, level: level.level };
  }
  const n = merged.evaluationPeriods as number | undefined;
  const d = merged.datapointsToAlarm as number | undefined;
  const nRank = rank.evaluationPeriods ?? 5;
  const dRank = rank.datapointsToAlarm ?? 5;
  const periods = n ?? catalog.evaluationPeriods;
  const breaching = d ?? catalog.datapointsToAlarm;
  if (breaching > periods && nRank !== dRank) {
    if (dRank < nRank) merged.evaluationPeriods = breaching;
    else merged.datapointsToAlarm = periods;
  }
  return { options: merged as AlarmOptions, origins };
}

/**
 * A problem found in merged options, told at the default it came from: option
 * `alarmDefaults.period` and, after the message, which alarm it was applied to and where it was set.
 */
export function problemAtDefault(
  problem: ConfigProblem,
  alarmKey: string,
  severity: Severity,
  origins: MergedOptions["origins"],
): ConfigProblem {
  const field = problem.option.split(".")[1] as SettingKey | undefined;
  const origin = field === undefined ? undefined : origins[field];
  if (!origin) return problem;
  const where = origin.level === "call" ? "this call's" : "the facade's (new Monitoring())";
  return {
    option: origin.option,
    message: `${problem.message} — ${where} default, applied to ${alarmKey} (${severity}); set ${alarmKey}.${field} to override it`,
  };
}
