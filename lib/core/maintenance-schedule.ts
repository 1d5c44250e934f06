/**
 * When a maintenance window runs, as users declare it (one-off or recurring), validated with zod
 * and normalized for each place that renders it: the backend's `monitoring_maintenance` and the
 * clouds' suppression rules.
 */
import { z } from "zod";
import {
  MAINTENANCE_LATEST,
  MAINTENANCE_MIN_DURATION,
  MONTHS,
  WEEKDAYS,
  WEEKS_OF_MONTH,
} from "../provider/schema";
import { unixSeconds } from "../provider/time";

/** A day of the week. */
export type MaintenanceWeekday = (typeof WEEKDAYS)[number];
/** A month. */
export type MaintenanceMonth = (typeof MONTHS)[number];
/** A week of the month. */
export type MaintenanceWeekOfMonth = (typeof WEEKS_OF_MONTH)[number];

/** A window that runs once. */
export interface OneOffMaintenance {
  /** RFC 3339 date-time the window starts at, in whole minutes, e.g. `2026-12-24T22:00:00Z`. */
  readonly start: string;
  /** How long it lasts: days, hours and minutes, e.g. `"2h"`, `"1h30m"`, `"3d"`; at least 5m. */
  readonly duration: string;
}

/** A window that recurs every day, week or month, between `from` and `until`. */
export interface RecurringMaintenance {
  /** `"day"`, `"week"` (on `daysOfWeek`) or `"month"` (on `dayOfMonth`, or `daysOfWeek` of `weekOfMonth`). */
  readonly every: "day" | "week" | "month";
  /**
   * Daily and weekly windows: every how many days or weeks.
   *
   * @default 1
   */
  readonly interval?: number;
  /**
   * Weekly windows (required) and monthly ones instead of `dayOfMonth`: the days it starts on.
   *
   * @default - none
   */
  readonly daysOfWeek?: readonly MaintenanceWeekday[];
  /**
   * Monthly windows with `daysOfWeek`: which week of the month.
   *
   * @default "first"
   */
  readonly weekOfMonth?: MaintenanceWeekOfMonth;
  /**
   * Monthly windows, instead of `daysOfWeek`: the day of the month (1-31) it starts on.
   *
   * @default - none
   */
  readonly dayOfMonth?: number;
  /**
   * Monthly windows: the months it recurs in.
   *
   * @default - every month
   */
  readonly months?: readonly MaintenanceMonth[];
  /** Time of day it starts at, `HH:MM` in UTC (the backend server's time zone; see the README). */
  readonly startTime: string;
  /** How long each run lasts: days, hours and minutes, e.g. `"2h"`, `"1h30m"`; at least 5m. */
  readonly duration: string;
  /** RFC 3339 date-time from which the window recurs, in whole minutes. */
  readonly from: string;
  /** RFC 3339 date-time until which the window recurs, after `from`, at the latest 2038-01-19. */
  readonly until: string;
}

/** When a maintenance window runs. */
export type MaintenanceSchedule = OneOffMaintenance | RecurringMaintenance;

/** A schedule after validation: unix seconds and seconds, every default applied. */
export type NormalizedSchedule = {
  /** When the window may first run, unix seconds. */
  readonly activeSince: number;
  /** When the window stops running, unix seconds. */
  readonly activeTill: number;
  /** Length of each run, in seconds. */
  readonly duration: number;
} & (OneOffRun | DailyRuns | WeeklyRuns | MonthlyRuns);

/** One run at `start`. */
export interface OneOffRun {
  /** A single run. */
  readonly type: "one_time";
  /** Start of the run, unix seconds. */
  readonly start: number;
}

/** A run every `interval` days. */
export interface DailyRuns {
  /** Runs on days. */
  readonly type: "daily";
  /** Days between two runs (1: every day). */
  readonly interval: number;
  /** Start of each run, `HH:MM` (UTC). */
  readonly startTime: string;
}

/** Runs on some days of every `interval`-th week. */
export interface WeeklyRuns {
  /** Runs on weekdays. */
  readonly type: "weekly";
  /** Weeks between two runs (1: every week). */
  readonly interval: number;
  /** The days of the week it runs on. */
  readonly daysOfWeek: readonly MaintenanceWeekday[];
  /** Start of each run, `HH:MM` (UTC). */
  readonly startTime: string;
}

/** Runs on a day of some months: by date, or by weekday within a week of the month. */
export interface MonthlyRuns {
  /** Runs on days of months. */
  readonly type: "monthly";
  /** The months it runs in. */
  readonly months: readonly MaintenanceMonth[];
  /** Which day of those months. */
  readonly on: MonthDayByDate | MonthDayByWeekday;
  /** Start of each run, `HH:MM` (UTC). */
  readonly startTime: string;
}

/** A day of the month by its date. */
export interface MonthDayByDate {
  /** Day of the month, 1-31. */
  readonly dayOfMonth: number;
}

/** Days of the month by weekday and week. */
export interface MonthDayByWeekday {
  /** The weekdays. */
  readonly daysOfWeek: readonly MaintenanceWeekday[];
  /** Which week of the month they fall in. */
  readonly week: MaintenanceWeekOfMonth;
}

const DURATION = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$/;

/** Seconds of a `1d2h30m`-style duration, or NaN. */
export function durationSeconds(text: string): number {
  const m = DURATION.exec(text);
  if (!m || text === "") return NaN;
  const [d, h, min] = m.slice(1).map((x) => Number(x ?? 0));
  return d! * 86_400 + h! * 3600 + min! * 60;
}

const LATEST = unixSeconds(MAINTENANCE_LATEST);

const dateTime = z.string({ error: "required: an RFC 3339 date-time" }).refine(
  (v) => {
    const t = unixSeconds(v);
    return /(:00|T\d{2}:\d{2})(Z|[+-]\d{2}:\d{2})$/.test(v) && t >= 0 && t <= LATEST;
  },
  {
    error: (i) =>
      `${JSON.stringify(i.input)} is not allowed; allowed: an RFC 3339 date-time in whole minutes with an offset, from 1970 to ${MAINTENANCE_LATEST}, e.g. "2026-12-24T22:00:00Z"`,
  },
);

const duration = z
  .string({ error: 'required: a duration such as "2h" or "1h30m"' })
  .refine((v) => durationSeconds(v) >= MAINTENANCE_MIN_DURATION, {
    error: (i) =>
      `${JSON.stringify(i.input)} is not allowed; allowed: days, hours and minutes such as "2h", "1h30m" or "3d", at least 5m`,
  });

const enumOf = <T extends string>(values: readonly [T, ...T[]], what: string) =>
  z.enum(values, {
    error: (i) => `${JSON.stringify(i.input)} is not ${what}; allowed: ${values.join(", ")}`,
  });

const weekday = enumOf(WEEKDAYS as unknown as [MaintenanceWeekday], "a day of the week");
const month = enumOf(MONTHS as unknown as [MaintenanceMonth], "a month");

const oneOffSchema = z.object({ start: dateTime, duration }).strict();

const recurringSchema = z
  .object({
    every: enumOf(["day", "week", "month"], "a recurrence"),
    interval: z
      .number({ error: "must be a whole number from 1 to 1000" })
      .int({ error: "must be a whole number from 1 to 1000" })
      .min(1, { error: "must be a whole number from 1 to 1000" })
      .max(1000, { error: "must be a whole number from 1 to 1000" })
      .optional(),
    daysOfWeek: z.array(weekday).min(1, "at least one day, or leave it out").optional(),
    weekOfMonth: enumOf(
      WEEKS_OF_MONTH as unknown as [MaintenanceWeekOfMonth],
      "a week of the month",
    ).optional(),
    dayOfMonth: z
      .number({ error: "must be a whole number from 1 to 31" })
      .int({ error: "must be a whole number from 1 to 31" })
      .min(1, { error: "must be a whole number from 1 to 31" })
      .max(31, { error: "must be a whole number from 1 to 31" })
      .optional(),
    months: z.array(month).min(1, "at least one month, or leave it out").optional(),
    startTime: z
      .string({ error: 'required: a time of day "HH:MM"' })
      .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, {
        error: (i) =>
          `${JSON.stringify(i.input)} is not allowed; allowed: "HH:MM" from 00:00 to 23:59`,
      }),
    duration,
    from: dateTime,
    until: dateTime,
  })
  .strict()
  .superRefine((r, ctx) => {
    const problem = (path: string, message: string) =>
      ctx.addIssue({ code: "custom", path: [path], message });
    if (unixSeconds(r.until) <= unixSeconds(r.from))
      problem("until", `${r.until} is not after from (${r.from}); allowed: a later date-time`);
    if (r.every === "month") {
      if (r.interval !== undefined)
        problem("interval", 'applies to every: "day" and "week" only; remove it');
      if (r.daysOfWeek && r.dayOfMonth !== undefined)
        problem("dayOfMonth", "set dayOfMonth or daysOfWeek (with weekOfMonth), not both");
      if (!r.daysOfWeek && r.dayOfMonth === undefined)
        problem("dayOfMonth", "required for a monthly window: dayOfMonth (1-31), or daysOfWeek");
      if (r.weekOfMonth && !r.daysOfWeek)
        problem("weekOfMonth", "chooses the week of daysOfWeek; set daysOfWeek too, or remove it");
    } else {
      for (const name of ["weekOfMonth", "dayOfMonth", "months"] as const)
        if (r[name] !== undefined) problem(name, 'applies to every: "month" only; remove it');
      if (r.every === "week" && !r.daysOfWeek)
        problem("daysOfWeek", `required for a weekly window; allowed: ${WEEKDAYS.join(", ")}`);
      if (r.every === "day" && r.daysOfWeek)
        problem("daysOfWeek", 'applies to every: "week" and "month" only; remove it');
    }
  });

/** Validates a schedule; its problems' paths start at `schedule`. */
export const maintenanceScheduleSchema = z.unknown().transform((value, ctx): NormalizedSchedule => {
  if (typeof value !== "object" || value === null) {
    ctx.addIssue({
      code: "custom",
      message:
        "required: { start, duration } (one-off) or { every, startTime, duration, from, until } (recurring)",
    });
    return z.NEVER;
  }
  const result = ("every" in value ? recurringSchema : oneOffSchema).safeParse(value);
  if (!result.success) {
    for (const issue of result.error.issues) ctx.addIssue(issue as never);
    return z.NEVER;
  }
  return normalize(result.data);
});

function normalize(
  s: z.output<typeof oneOffSchema> | z.output<typeof recurringSchema>,
): NormalizedSchedule {
  const seconds = durationSeconds(s.duration);
  if ("start" in s) {
    const start = unixSeconds(s.start);
    return {
      type: "one_time",
      start,
      duration: seconds,
      activeSince: start,
      activeTill: Math.min(start + seconds, LATEST),
    };
  }
  const base = {
    activeSince: unixSeconds(s.from),
    activeTill: unixSeconds(s.until),
    duration: seconds,
    startTime: s.startTime,
  };
  const days = WEEKDAYS.filter((d) => s.daysOfWeek?.includes(d));
  if (s.every === "day") return { ...base, type: "daily", interval: s.interval ?? 1 };
  if (s.every === "week")
    return { ...base, type: "weekly", interval: s.interval ?? 1, daysOfWeek: days };
  return {
    ...base,
    type: "monthly",
    months: MONTHS.filter((m) => (s.months ?? MONTHS).includes(m)),
    on:
      s.dayOfMonth !== undefined
        ? { dayOfMonth: s.dayOfMonth }
        : { daysOfWeek: days, week: s.weekOfMonth ?? "first" },
  };
}
