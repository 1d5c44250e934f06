/** `monitoring_maintenance`: a maintenance window over groups and targets (Zabbix: maintenance). */
import type {
  Maintenance,
  MaintenancePeriod,
  MaintenanceSpec,
  Month,
  WeekOfMonth,
  Weekday,
} from "../backend-driver";
import { errorDiagnostic, type Diagnostic } from "../diagnostics";
import { UNKNOWN, containsUnknown, type ObjectValue, type Value } from "../protocol/dynamic-value";
import {
  MAINTENANCE_LATEST,
  MAINTENANCE_PERIOD_TYPES,
  MAINTENANCE_SCHEMA,
  MONTHS,
  WEEKDAYS,
} from "../schema";
import { rfc3339, secondsOfDay, timeOfDay, unixSeconds } from "../time";
import { crudResource, stringList } from "./crud-resource";
import { checkGroupsExist, checkIdsExist } from "./group-references";

/** Attributes that only some period types read, and the types that read them. */
const PERIOD_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  start: ["one_time"],
  start_time: ["daily", "weekly", "monthly"],
  every: ["daily", "weekly"],
  days_of_week: ["weekly", "monthly"],
  week_of_month: ["monthly"],
  day_of_month: ["monthly"],
  months: ["monthly"],
};

const known = (v: Value | undefined): v is Exclude<Value, typeof UNKNOWN> =>
  v !== undefined && !containsUnknown(v);

/** The prior date-time string when it names the same instant (keeps the user's offset), else UTC. */
function instant(unix: number, prior: Value | undefined): string {
  return typeof prior === "string" && unixSeconds(prior) === unix ? prior : rfc3339(unix);
}

function emptyAsNull<T>(items: readonly T[], prior: Value | undefined): Value {
  return items.length === 0 && (prior === null || prior === undefined)
    ? null
    : (items as unknown as Value);
}

/** Cross-attribute checks of a configuration or plan; each names the attribute to fix. */
function checkCombination(value: ObjectValue): Diagnostic[] {
  const out: Diagnostic[] = [];
  const error = (attribute: string, summary: string, detail: string) =>
    out.push(errorDiagnostic(summary, detail, [attribute]));
  const isSet = (name: string) => value[name] !== null && value[name] !== undefined;

  const dates: Record<string, number> = {};
  for (const name of ["active_since", "active_till", "start"]) {
    const v = value[name];
    if (typeof v !== "string") continue;
    const unix = unixSeconds(v);
    if (Number.isNaN(unix)) {
      error(name, `Invalid ${name}`, `${JSON.stringify(v)} is not a valid date-time.`);
    } else if (unix < 0 || unix > unixSeconds(MAINTENANCE_LATEST)) {
      error(
        name,
        `Invalid ${name}`,
        `${JSON.stringify(v)} is out of range: allowed are 1970-01-01T00:00:00Z to ${MAINTENANCE_LATEST}.`,
      );
    } else dates[name] = unix;
  }
  const since = dates.active_since;
  const till = dates.active_till;
  if (since !== undefined && till !== undefined && till <= since)
    error(
      "active_till",
      "active_till not after active_since",
      `active_till (${String(value.active_till)}) must be later than active_since (${String(value.active_since)}).`,
    );

  if (known(value.groups) && known(value.targets) && !isSet("groups") && !isSet("targets"))
    error(
      "groups",
      "No groups or targets",
      "A maintenance needs at least one of `groups` (ids of monitoring_group) and `targets` (ids of monitoring_target).",
    );

  if (typeof value.duration === "number" && value.duration % 60 !== 0)
    error(
      "duration",
      "Invalid duration",
      `${value.duration} is not valid for duration: whole minutes (a multiple of 60 seconds) are required.`,
    );

  for (const [name, allowed] of [
    ["days_of_week", WEEKDAYS],
    ["months", MONTHS],
  ] as const) {
    const wrong = (stringList(value[name]) ?? []).filter(
      (x) => !(allowed as readonly string[]).includes(x),
    );
    if (wrong.length > 0)
      error(
        name,
        `Invalid ${name}`,
        `${wrong.map((w) => JSON.stringify(w)).join(", ")} is not an allowed value for ${name}. Allowed values: ${allowed.join(", ")}.`,
      );
  }

  const type = value.period_type;
  if (typeof type !== "string" || !(MAINTENANCE_PERIOD_TYPES as readonly string[]).includes(type))
    return out;
  for (const [name, types] of Object.entries(PERIOD_ATTRIBUTES)) {
    if (isSet(name) && known(value[name]) && !types.includes(type))
      error(
        name,
        `${name} does not apply to ${type} periods`,
        `\`${name}\` is read by ${types.join(", ")} periods only; remove it, or set period_type to one of those.`,
      );
  }
  const need = (name: string, why: string) => {
    if (!isSet(name)) error(name, `Missing ${name}`, `A ${type} period needs \`${name}\`: ${why}.`);
  };
  if (type === "one_time") {
    need("start", "the RFC 3339 date-time it starts at");
    const start = dates.start;
    if (start !== undefined && since !== undefined && till !== undefined) {
      if (start < since || start >= till)
        error(
          "start",
          "start outside the active range",
          `start (${String(value.start)}) must be within active_since (${String(value.active_since)}) and active_till (${String(value.active_till)}): the backend runs no period outside them.`,
        );
    }
  } else {
    need("start_time", "the time of day HH:MM it starts at");
  }
  if (type === "weekly") need("days_of_week", `the days it starts on, of ${WEEKDAYS.join(", ")}`);
  if (type === "monthly") {
    need("months", `the months it recurs in, of ${MONTHS.join(", ")}`);
    const byWeekday = isSet("days_of_week");
    const byDay = isSet("day_of_month");
    if (byWeekday && byDay)
      error(
        "day_of_month",
        "Both day_of_month and days_of_week",
        "A monthly period starts either on a day of the month (`day_of_month`) or on days of one week (`days_of_week` with `week_of_month`), not both.",
      );
    if (!byWeekday && !byDay && known(value.days_of_week) && known(value.day_of_month))
      error(
        "day_of_month",
        "Missing day_of_month or days_of_week",
        "A monthly period needs `day_of_month` (1 to 31) or `days_of_week` (with `week_of_month`, default first).",
      );
    if (
      !byWeekday &&
      known(value.days_of_week) &&
      isSet("week_of_month") &&
      known(value.week_of_month)
    )
      error(
        "week_of_month",
        "week_of_month without days_of_week",
        "`week_of_month` chooses the week of `days_of_week`; set `days_of_week` too, or remove `week_of_month`.",
      );
  }
  return out;
}

function periodOfPlan(planned: ObjectValue): MaintenancePeriod {
  const duration = Number(planned.duration);
  const startTime = typeof planned.start_time === "string" ? secondsOfDay(planned.start_time) : 0;
  const days = (stringList(planned.days_of_week) ?? []) as Weekday[];
  switch (planned.period_type) {
    case "daily":
      return { type: "daily", every: Number(planned.every ?? 1), startTime, duration };
    case "weekly":
      return {
        type: "weekly",
        every: Number(planned.every ?? 1),
        daysOfWeek: WEEKDAYS.filter((d) => days.includes(d)),
        startTime,
        duration,
      };
    case "monthly":
      return {
        type: "monthly",
        months: MONTHS.filter((m) => (stringList(planned.months) ?? []).includes(m)) as Month[],
        on:
          typeof planned.day_of_month === "number"
            ? { dayOfMonth: planned.day_of_month }
            : {
                daysOfWeek: WEEKDAYS.filter((d) => days.includes(d)),
                week: (typeof planned.week_of_month === "string"
                  ? planned.week_of_month
                  : "first") as WeekOfMonth,
              },
        startTime,
        duration,
      };
    default:
      return { type: "one_time", start: unixSeconds(String(planned.start)), duration };
  }
}

function periodState(maintenance: Maintenance, prior: ObjectValue | null): ObjectValue {
  const p = maintenance.period;
  const state: ObjectValue = {
    period_type: maintenance.periodCount === 1 ? p.type : `${maintenance.periodCount} periods`,
    duration: p.duration,
    start: null,
    start_time: null,
    every: null,
    days_of_week: null,
    week_of_month: null,
    day_of_month: null,
    months: null,
  };
  if (p.type === "one_time") {
    state.start = instant(p.start, prior?.start);
    return state;
  }
  state.start_time = timeOfDay(p.startTime);
  if (p.type === "daily" || p.type === "weekly") state.every = p.every;
  if (p.type === "weekly") state.days_of_week = [...p.daysOfWeek];
  if (p.type === "monthly") {
    state.months = [...p.months];
    if ("dayOfMonth" in p.on) state.day_of_month = p.on.dayOfMonth;
    else {
      state.days_of_week = [...p.on.daysOfWeek];
      state.week_of_month = p.on.week;
    }
  }
  return state;
}

export const maintenanceResource = crudResource<MaintenanceSpec, Maintenance>({
  schema: MAINTENANCE_SCHEMA,
  noun: "maintenance",
  api: (driver) => driver.maintenances,

  toSpec: (planned) => ({
    name: String(planned.name),
    description: typeof planned.description === "string" ? planned.description : "",
    activeSince: unixSeconds(String(planned.active_since)),
    activeTill: unixSeconds(String(planned.active_till)),
    collectData: planned.collect_data !== false,
    groups: stringList(planned.groups) ?? [],
    targets: stringList(planned.targets) ?? [],
    period: periodOfPlan(planned),
  }),

  toState: (maintenance, prior) => ({
    id: maintenance.id,
    name: maintenance.name,
    description:
      maintenance.description === "" && (prior?.description ?? null) === null
        ? null
        : maintenance.description,
    active_since: instant(maintenance.activeSince, prior?.active_since),
    active_till: instant(maintenance.activeTill, prior?.active_till),
    collect_data: maintenance.collectData,
    groups: emptyAsNull(maintenance.groups, prior?.groups),
    targets: emptyAsNull(maintenance.targets, prior?.targets),
    ...periodState(maintenance, prior),
  }),

  planDefaults(planned, config) {
    const type = planned.period_type;
    const unknownType = !known(type);
    if (config.every === null)
      planned.every = unknownType ? UNKNOWN : type === "daily" || type === "weekly" ? 1 : null;
    if (config.week_of_month === null) {
      planned.week_of_month =
        unknownType || (type === "monthly" && !known(config.days_of_week))
          ? UNKNOWN
          : type === "monthly" && config.days_of_week !== null
            ? "first"
            : null;
    }
  },

  async checkPlan(planned, ctx) {
    const targetExists = async (id: string) => (await ctx.driver.targets.read(id)) !== undefined;
    return [
      ...(await checkGroupsExist(planned, ctx)),
      ...(await checkIdsExist(planned, "targets", targetExists, {
        noun: "target",
        backend: ctx.driver.name,
        example: "monitoring_target.web.id",
      })),
    ];
  },

  validateExtra: checkCombination,
});
