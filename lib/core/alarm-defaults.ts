import { z } from "zod";
import type { TreatMissingData } from "../catalog/alarm-default";
import type { AlarmRules } from "./alarm-rules";
import { SEVERITIES } from "./severity";
import {
  acceptedSeconds,
  missingDataSchema,
  positiveInt,
  reportUnsupported,
} from "./setting-schemas";

/**
 * Evaluation settings that apply to many alarms at once (see {@link AlarmDefaults}); each is the
 * per-alarm option of the same name.
 */
export interface AlarmSettings {
  /**
   * Length of one evaluation period (on Azure, the window), in seconds.
   *
   * @default - the next level's value: this call's, the facade's, then the catalog entry's
   */
  readonly period?: number;
  /**
   * How often Azure Monitor evaluates the window, in seconds; not applied to CloudWatch alarms.
   *
   * @default - the next level's value, else the catalog entry's frequency (at most the period)
   */
  readonly frequency?: number;
  /**
   * Number of most recent periods evaluated (on Azure, applied to dynamic thresholds only).
   *
   * @default - the next level's value, else the catalog entry's (raised to `datapointsToAlarm`
   *   when that is set closer to the alarm)
   */
  readonly evaluationPeriods?: number;
  /**
   * Number of breaching periods that fire the alarm (on Azure, applied to dynamic thresholds only).
   *
   * @default - the next level's value, else the catalog entry's (lowered to `evaluationPeriods`
   *   when that is set closer to the alarm)
   */
  readonly datapointsToAlarm?: number;
  /**
   * How periods without data are treated; not applied to Azure alerts, which have no such setting.
   *
   * @default - the next level's value, else the catalog entry's
   */
  readonly treatMissingData?: TreatMissingData;
}

/**
 * Evaluation defaults for every alarm of a facade (`alarmDefaults` on `new Monitoring()`) or of
 * one monitored resource (`alarmDefaults` on a `monitorXxx()` call), with settings per severity.
 *
 * Precedence, most specific first: the alarm's own option, this call's severity settings, this
 * call's settings, the facade's severity settings, the facade's settings, the catalog entry.
 */
export interface AlarmDefaults extends AlarmSettings {
  /**
   * Settings of warning alarms only, over the ones above.
   *
   * @default - the settings above
   */
  readonly warning?: AlarmSettings;
  /**
   * Settings of critical alarms only, over the ones above.
   *
   * @default - the settings above
   */
  readonly critical?: AlarmSettings;
}

/** Where a setting came from, for messages: the call's or the facade's `alarmDefaults`. */
export type DefaultsLevel = "call" | "facade";

/** The defaults levels of one monitored resource, as the facade hands them to the plan. */
export interface DefaultsInForce {
  readonly call?: AlarmDefaults;
  readonly facade?: AlarmDefaults;
}

export const SETTING_KEYS = [
  "period",
  "frequency",
  "evaluationPeriods",
  "datapointsToAlarm",
  "treatMissingData",
] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

const MISSING_DATA: readonly TreatMissingData[] = [
  "missing",
  "notBreaching",
  "breaching",
  "ignore",
];

/**
 * The schema of `alarmDefaults`: with `rules`, as one cloud takes it (a call's); without, as any
 * cloud may (the facade's, whose settings each cloud applies where it has them).
 */
export function alarmDefaultsSchema(rules?: AlarmRules): z.ZodType {
  const missingData = rules?.missingData ?? MISSING_DATA;
  const unsupported = rules
    ? {
        ...(rules.frequency
          ? {}
          : { frequency: `omit it: ${rules.service} evaluates an alarm once per period` }),
        ...rules.unsupportedOptions,
      }
    : {};
  const shape: Record<string, z.ZodType> = {
    period: (rules ? acceptedSeconds(rules.period) : positiveInt("seconds")).optional(),
    frequency: (rules?.frequency
      ? acceptedSeconds(rules.frequency)
      : positiveInt("seconds")
    ).optional(),
    evaluationPeriods: positiveInt("number of periods evaluated").optional(),
    datapointsToAlarm: positiveInt("breaching periods that fire the alarm").optional(),
    treatMissingData: missingDataSchema(missingData).optional(),
  };
  const refine = (value: object, ctx: z.RefinementCtx) => {
    const s = value as AlarmSettings;
    if (rules) reportUnsupported(s, unsupported, rules.service, ctx);
    const { datapointsToAlarm: d, evaluationPeriods: n } = s;
    if (d !== undefined && n !== undefined && d > n) {
      ctx.addIssue({
        code: "custom",
        path: ["datapointsToAlarm"],
        message: `${d} exceeds evaluationPeriods (${n}); allowed: 1..${n}`,
      });
    }
  };
  const severity = z.strictObject(shape).superRefine(refine).optional();
  return z.strictObject({ ...shape, warning: severity, critical: severity }).superRefine(refine);
}

/** The keys `alarmDefaults` takes, for "allowed:" in messages. */
export const ALARM_DEFAULTS_KEYS = [...SETTING_KEYS, ...SEVERITIES].join(", ");
