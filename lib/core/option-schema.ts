import { z } from "zod";
import type { AlarmDefault } from "../catalog/alarm-default";
import type { AlarmOptions } from "./alarm-options";
import type { AlarmRules, AnomalyRules } from "./alarm-rules";
import type { ConfigProblem } from "./config-error";
import { alarmDefaultsSchema } from "./alarm-defaults";
import { directionOf } from "./alarm-comparison";
import { OPERATOR_SYMBOL } from "./alarm-description";
import { SEVERITIES } from "./severity";
import {
  acceptedSeconds,
  missingDataSchema,
  positiveInt,
  reportUnsupported,
} from "./setting-schemas";

/** Characters of a description kept for the condition sentence appended to the user's text. */
const DESCRIPTION_CONDITION_ROOM = 124;
const PERCENT = /^(\d{1,3}(\.\d+)?)%$/;
/** Characters allowed in names we put into alarm, topic and dashboard names. */
export const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** The input a `"N%"` threshold of this entry refers to, if percentages are allowed. */
export function percentInputOf(entry: AlarmDefault): string | undefined {
  if (entry.percentOf) return entry.percentOf;
  for (const t of [entry.thresholds.critical, entry.thresholds.warning]) {
    if (typeof t === "object") return t.percentOf;
  }
  return undefined;
}

/** Parses `"10%"` into 10; `undefined` when not a percentage string. */
export function parsePercent(value: string): number | undefined {
  const m = PERCENT.exec(value);
  return m ? Number(m[1]) : undefined;
}

function thresholdSchema(entry: AlarmDefault): z.ZodType {
  const percentInput = percentInputOf(entry);
  const allowsNegative = [entry.thresholds.warning, entry.thresholds.critical].some(
    (t) => typeof t === "number" && t < 0,
  );
  // a percentage computed by an expression (e.g. 100*errors/requests) never exceeds 100
  const max = entry.math && entry.unit === "%" ? 100 : Infinity;
  const allowed = [
    max === 100 ? "a number 0..100 (percent)" : allowsNegative ? "a number" : "a number >= 0",
    percentInput ? `a percentage "0%".."100%" (of ${percentInput})` : undefined,
    "false (no alarm of this severity)",
  ]
    .filter(Boolean)
    .join(", ");
  return z.unknown().superRefine((value, ctx) => {
    if (value === undefined || value === false) return;
    if (typeof value === "number") {
      if (!Number.isFinite(value) || (!allowsNegative && value < 0) || value > max) {
        ctx.addIssue({ code: "custom", message: `${value} is not allowed; allowed: ${allowed}` });
      }
      return;
    }
    if (typeof value === "string" && percentInput) {
      const percent = parsePercent(value);
      if (percent !== undefined && percent <= 100) return;
    }
    ctx.addIssue({
      code: "custom",
      message: `${JSON.stringify(value)} is not allowed; allowed: ${allowed}`,
    });
  });
}

/** `anomalyDetection`: a level per severity as the cloud takes it, and what else it accepts. */
function anomalySchema(anomaly: AnomalyRules): z.ZodType {
  const level = z
    .unknown()
    .refine((value) => anomaly.level.accepts(value), {
      error: (i) => `${JSON.stringify(i.input)} is not allowed; allowed: ${anomaly.level.allowed}`,
    })
    .optional();
  return z.strictObject({
    warning: level,
    critical: level,
    ...(anomaly.ignoreDataBefore && {
      ignoreDataBefore: z.iso
        .datetime({
          offset: true,
          error: "must be an ISO 8601 date-time; allowed: e.g. 2026-12-01T00:00:00Z",
        })
        .optional(),
    }),
  });
}

/**
 * A metric-math alarm's expression combines its metrics under the catalog's statistic (the
 * counts of an error percentage are summed): another statistic would change the meaning.
 */
function statisticSchema(entry: AlarmDefault, rules: AlarmRules): z.ZodType {
  if (entry.math) {
    const how = entry.statistic === "Sum" ? "sums the counts" : `uses the ${entry.statistic}`;
    return z.unknown().superRefine((value, ctx) => {
      ctx.addIssue({
        code: "custom",
        message: `${JSON.stringify(value)} is not allowed on a metric-math alarm; allowed: omit it: the expression ${how}`,
      });
    });
  }
  const supported = entry.aggregations;
  return z
    .string()
    .refine((s) => rules.aggregation.accepts(s), {
      error: (i) =>
        `${JSON.stringify(i.input)} is not allowed; allowed: ${rules.aggregation.allowed}`,
      abort: true,
    })
    .refine((s) => !supported || supported.includes(s), {
      error: (i) =>
        `${JSON.stringify(i.input)} is not an aggregation of ${entry.metricName}; allowed: ${supported?.join(", ")}`,
    });
}

/**
 * `dimensions`: names to one value or a non-empty list of values; a list of several only on
 * clouds whose alarms match any of them (`AlarmRules.multiValueDimensions`).
 */
function dimensionsSchema(rules: AlarmRules): z.ZodType {
  const oneValue = `a non-empty string${rules.multiValueDimensions ? " or a non-empty list of them" : ""}`;
  return z.unknown().superRefine((value, ctx) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      ctx.addIssue({
        code: "custom",
        message: `must be an object of dimension names to values; allowed: e.g. { phase: "Failed" }`,
      });
      return;
    }
    for (const [name, values] of Object.entries(value)) {
      const list = typeof values === "string" ? [values] : values;
      const valid =
        Array.isArray(list) &&
        list.length > 0 &&
        list.every((v) => typeof v === "string" && v.length > 0);
      if (!valid || name.length === 0) {
        ctx.addIssue({
          code: "custom",
          path: [name],
          message: `${JSON.stringify(values)} is not allowed; allowed: ${oneValue}`,
        });
      } else if (list.length > 1 && !rules.multiValueDimensions) {
        ctx.addIssue({
          code: "custom",
          path: [name],
          message: `lists ${list.length} values (${list.join(", ")}); allowed: one value per dimension on ${rules.service} (one alarm per value instead)`,
        });
      }
    }
  });
}

/** How a look-back of `seconds` reads in a message: `one day`, `6 hours`, `90 minutes`. */
function spanInWords(seconds: number): string {
  if (seconds === 86_400) return "one day";
  if (seconds % 86_400 === 0) return `${seconds / 86_400} days`;
  if (seconds % 3600 === 0) return `${seconds / 3600} hours`;
  return `${seconds / 60} minutes`;
}

function alarmSchema(entry: AlarmDefault, rules: AlarmRules): z.ZodType {
  const maxDescription = rules.maxDescriptionLength - DESCRIPTION_CONDITION_ROOM;
  const unsupported = {
    ...(rules.frequency
      ? {}
      : { frequency: `omit it: ${rules.service} evaluates an alarm once per period` }),
    ...(rules.anomaly
      ? {}
      : {
          anomalyDetection: `omit it: ${rules.service} has no learned thresholds; set warning/critical`,
        }),
    ...(rules.comparisons
      ? {}
      : { comparisonOperator: `omit it: ${rules.service} alarms compare as the catalog says` }),
    ...rules.unsupportedOptions,
  };
  const anomaly = rules.anomaly;
  const frequency = rules.frequency;
  const shape: Record<string, z.ZodType> = {
    warning: thresholdSchema(entry).optional(),
    critical: thresholdSchema(entry).optional(),
    period: acceptedSeconds(rules.period, true)
      .refine((period) => entry.minimumPeriod === undefined || period >= entry.minimumPeriod, {
        error: (i) =>
          `${String(i.input)} is shorter than ${entry.metricName}'s time grain; allowed: at least ${entry.minimumPeriod}`,
      })
      .optional(),
    evaluationPeriods: positiveInt("number of periods evaluated").optional(),
    datapointsToAlarm: positiveInt("breaching periods that fire the alarm").optional(),
    statistic: statisticSchema(entry, rules).optional(),
    treatMissingData: missingDataSchema(rules.missingData).optional(),
    description: z
      .string()
      .max(maxDescription, { error: `must be at most ${maxDescription} characters` })
      .optional(),
    runbookUrl: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
    dimensions: dimensionsSchema(rules).optional(),
    comparisonOperator: z.string({ error: "must be a string: an operator name" }).optional(),
    ...(anomaly && { anomalyDetection: anomalySchema(anomaly).optional() }),
    // Without `rules.frequency`, `frequency` is one of the unsupported options below.
    ...(frequency && {
      frequency: acceptedSeconds(frequency).optional(),
    }),
  };
  for (const key of Object.keys(unsupported)) shape[key] = z.unknown().optional();
  return z.strictObject(shape).superRefine((options, ctx) => {
    const o = options as AlarmOptions;
    reportUnsupported(o, unsupported, rules.service, ctx);
    for (const [key, instead] of Object.entries(rules.anomalyOnlyOptions ?? {})) {
      if ((o as Record<string, unknown>)[key] === undefined || o.anomalyDetection) continue;
      ctx.addIssue({
        code: "custom",
        path: [key],
        message: `is not allowed on a static ${rules.service} alarm; allowed: ${instead}`,
      });
    }
    const window = o.period ?? entry.period;
    if (o.anomalyDetection && anomaly?.period && !anomaly.period.accepts(window)) {
      ctx.addIssue({
        code: "custom",
        path: ["period"],
        message: `${window} s${o.period === undefined ? " (the default)" : ""} is not a window of a learned threshold; allowed: ${anomaly.period.allowed}`,
      });
    }
    // Without a frequency of its own, a shorter window is evaluated as often as it is long.
    const every = o.frequency;
    if (frequency && every !== undefined && every > window && rules.period.accepts(window)) {
      ctx.addIssue({
        code: "custom",
        path: ["frequency"],
        message: `${every} s is longer than the period (${window} s); allowed: at most the period`,
      });
    }
    if (o.comparisonOperator !== undefined && rules.comparisons) {
      const message = comparisonProblem(entry, rules, o);
      if (message) ctx.addIssue({ code: "custom", path: ["comparisonOperator"], message });
    }
    const d = o.datapointsToAlarm;
    const n = o.evaluationPeriods;
    if (d !== undefined && n !== undefined && d > n) {
      ctx.addIssue({
        code: "custom",
        path: ["datapointsToAlarm"],
        message: `${d} exceeds evaluationPeriods (${n}); allowed: 1..${n}`,
      });
    }
    const period = o.period ?? entry.period;
    const defaultPeriods =
      (o.anomalyDetection && anomaly?.evaluation?.evaluationPeriods) || entry.evaluationPeriods;
    const periods = n ?? Math.max(defaultPeriods, d ?? 0);
    const maxSeconds = rules.maxEvaluationSeconds(period);
    if (period * periods > maxSeconds) {
      ctx.addIssue({
        code: "custom",
        path: ["evaluationPeriods"],
        message: `period x evaluationPeriods = ${period * periods} s; allowed: at most ${maxSeconds} s (${spanInWords(maxSeconds)}, ${rules.service}'s limit)`,
      });
    }
    if (
      o.anomalyDetection &&
      (typeof o.warning === "number" ||
        typeof o.critical === "number" ||
        typeof o.warning === "string" ||
        typeof o.critical === "string")
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["anomalyDetection"],
        message:
          "cannot be combined with static warning/critical thresholds; allowed: one of the two",
      });
    }
  });
}

/**
 * What is wrong with an alarm's `comparisonOperator`, if anything: an operator of the other kind
 * of alarm (static or anomaly) or of no alarm of the cloud, or a comparison on another side than
 * the catalog's while a default threshold (meant for the catalog's side) would still apply.
 */
function comparisonProblem(
  entry: AlarmDefault,
  rules: AlarmRules,
  o: AlarmOptions,
): string | undefined {
  const op = String(o.comparisonOperator);
  const comparisons = rules.comparisons!;
  const staticOps = Object.keys(comparisons.static);
  const anomalyOps = Object.keys(comparisons.anomaly ?? {});
  const [wanted, other] = o.anomalyDetection ? [anomalyOps, staticOps] : [staticOps, anomalyOps];
  if (!wanted.includes(op)) {
    const kind = o.anomalyDetection
      ? `an operator of ${rules.service} anomaly alarms`
      : `an operator of static-threshold ${rules.service} alarms (it needs anomalyDetection)`;
    const what = other.includes(op) ? `is not ${kind}` : "is not allowed";
    return `${JSON.stringify(op)} ${what}; allowed: ${wanted.join(", ") || "omit it"}`;
  }
  if (o.anomalyDetection) return undefined;
  const comparison = comparisons.static[op]!;
  if (directionOf(comparison) === directionOf(entry.comparisonOperator)) return undefined;
  const kept = SEVERITIES.filter((s) => entry.thresholds[s] !== undefined && o[s] === undefined);
  if (kept.length === 0) return undefined;
  const symbol = OPERATOR_SYMBOL[entry.comparisonOperator];
  const thresholds = kept.map((s) => {
    const t = entry.thresholds[s]!;
    return `${s} ${symbol} ${typeof t === "number" ? t : `${t.percent}% of ${t.percentOf}`}`;
  });
  return (
    `${JSON.stringify(op)} watches the other side of ${entry.metricName} than the catalog's thresholds (${thresholds.join(", ")}); ` +
    `allowed: also set ${kept.join(" and ")} (a number, or false)`
  );
}

const groupSchema = z
  .string()
  .regex(NAME_PATTERN, {
    error: "must be non-empty and use only A-Z a-z 0-9 _ . - (starting with a letter or digit)",
  })
  .max(64, { error: "must be at most 64 characters" });

/** A compiled validator for the options of one service's `monitorXxx()`. */
export type OptionsValidator = (options: unknown) => readonly ConfigProblem[];

/**
 * Builds the validator of a service's options: one strict object with `group`, `name`, one
 * entry per catalog key (`AlarmOptions | false`) and the service's extra options.
 */
export function buildOptionsValidator(
  alarms: readonly AlarmDefault[],
  rules: AlarmRules,
  extra: Readonly<Record<string, z.ZodType>> = {},
): OptionsValidator {
  const alarmSchemas = new Map(alarms.map((a) => [a.key, alarmSchemaFor(a, rules)]));
  const shape: Record<string, z.ZodType> = {
    group: groupSchema.optional(),
    name: groupSchema.optional(),
    alarmDefaults: alarmDefaultsSchema(rules).optional(),
  };
  for (const [key, schema] of Object.entries(extra)) shape[key] = schema.optional();
  for (const key of alarmSchemas.keys()) shape[key] = z.unknown().optional();
  const outer = z.strictObject(shape);
  const allowedKeys = Object.keys(shape).sort().join(", ");
  let problemsOfEmpty: readonly ConfigProblem[] | undefined;
  const validate: OptionsValidator = (options) => {
    // No options at all (the defaults, e.g. `monitorXxx(resource)`): the same answer every call.
    if (options === undefined || isEmptyPlainObject(options)) {
      return (problemsOfEmpty ??= check({}));
    }
    return check(options);
  };
  const check = (options: unknown): readonly ConfigProblem[] => {
    const problems: ConfigProblem[] = [];
    const result = outer.safeParse(options ?? {});
    if (!result.success) problems.push(...toProblems(result.error.issues, [], allowedKeys));
    if (options && typeof options === "object") {
      for (const [key, schema] of alarmSchemas) {
        const value = (options as Record<string, unknown>)[key];
        if (value === undefined || value === false) continue;
        const r = schema.safeParse(value);
        if (!r.success) problems.push(...toProblems(r.error.issues, [key], ALARM_OPTION_KEYS));
      }
    }
    return problems;
  };
  return validate;
}

/** An object literal (or prototype-less object) without any own property. */
function isEmptyPlainObject(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  return Reflect.ownKeys(value).length === 0;
}

const alarmSchemas = new WeakMap<AlarmDefault, WeakMap<AlarmRules, z.ZodType>>();

/** The schema of one catalog entry's `AlarmOptions` on one cloud, built once. */
function alarmSchemaFor(entry: AlarmDefault, rules: AlarmRules): z.ZodType {
  let byRules = alarmSchemas.get(entry);
  if (!byRules) alarmSchemas.set(entry, (byRules = new WeakMap()));
  let schema = byRules.get(rules);
  if (!schema) byRules.set(rules, (schema = alarmSchema(entry, rules)));
  return schema;
}

/**
 * The problems of one alarm's options (e.g. after defaults were merged in), at options
 * `<key>.<option>`.
 */
export function alarmOptionProblems(
  entry: AlarmDefault,
  rules: AlarmRules,
  options: AlarmOptions,
): ConfigProblem[] {
  const result = alarmSchemaFor(entry, rules).safeParse(options);
  return result.success ? [] : toProblems(result.error.issues, [entry.key], ALARM_OPTION_KEYS);
}

const ALARM_OPTION_KEYS =
  "warning, critical, period, frequency, evaluationPeriods, datapointsToAlarm, statistic, treatMissingData, dimensions, description, runbookUrl, anomalyDetection, comparisonOperator (or false to turn the alarm off)";

/** Turns zod issues into problems with a dotted option path and the allowed values. */
export function toProblems(
  issues: readonly z.core.$ZodIssue[],
  base: readonly PropertyKey[],
  allowedKeys: string,
): ConfigProblem[] {
  return issues.map((issue) => {
    const path = [...base, ...issue.path].map(String);
    if (issue.code === "unrecognized_keys") {
      return {
        option: [...path, issue.keys.join(", ")].join("."),
        message: `unknown option${issue.keys.length > 1 ? "s" : ""}; allowed: ${allowedKeys}`,
      };
    }
    if (issue.code === "invalid_type" && path.length === base.length) {
      return { option: path.join("."), message: `must be an object; allowed: ${allowedKeys}` };
    }
    return { option: path.join("."), message: issue.message };
  });
}

/**
 * Schema of `AlarmOptions | false` for one catalog entry, for services that take the options of
 * a related resource's alarm (e.g. a queue's `deadLetterMessages`) in `extraOptions`.
 */
export function alarmOrFalseSchema(entry: AlarmDefault, rules: AlarmRules): z.ZodType {
  const schema = alarmSchema(entry, rules);
  return z.unknown().superRefine((value, ctx) => {
    if (value === undefined || value === false) return;
    const result = schema.safeParse(value);
    if (result.success) return;
    for (const problem of toProblems(result.error.issues, [], ALARM_OPTION_KEYS)) {
      ctx.addIssue({
        code: "custom",
        path: problem.option ? problem.option.split(".") : [],
        message: problem.message,
      });
    }
  });
}
