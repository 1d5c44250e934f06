/**
 * Maintenance windows as Zabbix maintenances (6.0: `maintenance.*`). One time period per
 * maintenance; days of the week and months are bit masks, Monday and January the lowest bit.
 */
import {
  BackendError,
  type Maintenance,
  type MaintenancePeriod,
  type MaintenanceSpec,
  type Month,
  type ObjectApi,
  type WeekOfMonth,
  type Weekday,
} from "../backend-driver";
import { MONTHS, WEEKDAYS, WEEKS_OF_MONTH } from "../schema";
import type { ZabbixClient } from "./json-rpc-client";
import { deleteIfPresent, isConflict, isId, isNotFound } from "./ids";

const TYPE_NORMAL = 0;
const TYPE_NO_DATA = 1;
const PERIOD_CODES = { one_time: 0, daily: 2, weekly: 3, monthly: 4 } as const;

interface TimePeriodRow {
  readonly timeperiod_type: string;
  readonly every: string;
  readonly month: string;
  readonly dayofweek: string;
  readonly day: string;
  readonly start_time: string;
  readonly period: string;
  readonly start_date: string;
}

interface MaintenanceRow {
  readonly maintenanceid: string;
  readonly name: string;
  readonly description: string;
  readonly maintenance_type: string;
  readonly active_since: string;
  readonly active_till: string;
  /** 6.0: `selectGroups` answers `groups`; 6.2 and later: `selectHostGroups`, `hostgroups`. */
  readonly groups?: readonly { readonly groupid: string }[];
  readonly hostgroups?: readonly { readonly groupid: string }[];
  readonly hosts: readonly { readonly hostid: string }[];
  readonly timeperiods: readonly TimePeriodRow[];
}

const GET = {
  output: [
    "maintenanceid",
    "name",
    "description",
    "maintenance_type",
    "active_since",
    "active_till",
  ],
  selectHosts: ["hostid"],
  selectTimeperiods: [
    "timeperiod_type",
    "every",
    "month",
    "dayofweek",
    "day",
    "start_time",
    "period",
    "start_date",
  ],
};

function mask<T extends string>(all: readonly T[], chosen: readonly T[]): number {
  return all.reduce((bits, name, i) => (chosen.includes(name) ? bits | (1 << i) : bits), 0);
}

function unmask<T extends string>(all: readonly T[], bits: number): T[] {
  return all.filter((_, i) => (bits & (1 << i)) !== 0);
}

function weekOf(every: number): WeekOfMonth {
  return WEEKS_OF_MONTH[every - 1] ?? "first";
}

/** The `timeperiods` element of a period: every field its type reads, nothing else. */
export function timePeriodParams(period: MaintenancePeriod): Record<string, number> {
  const base = { timeperiod_type: PERIOD_CODES[period.type], period: period.duration };
  switch (period.type) {
    case "one_time":
      return { ...base, start_date: period.start };
    case "daily":
      return { ...base, every: period.every, start_time: period.startTime };
    case "weekly":
      return {
        ...base,
        every: period.every,
        dayofweek: mask<Weekday>(WEEKDAYS, period.daysOfWeek),
        start_time: period.startTime,
      };
    case "monthly":
      return {
        ...base,
        month: mask<Month>(MONTHS, period.months),
        start_time: period.startTime,
        ...("dayOfMonth" in period.on
          ? { day: period.on.dayOfMonth, dayofweek: 0 }
          : {
              day: 0,
              dayofweek: mask<Weekday>(WEEKDAYS, period.on.daysOfWeek),
              every: WEEKS_OF_MONTH.indexOf(period.on.week) + 1,
            }),
      };
  }
}

/** The period a `timeperiods` row describes. */
export function periodOf(row: TimePeriodRow): MaintenancePeriod {
  const duration = Number(row.period);
  const startTime = Number(row.start_time);
  switch (Number(row.timeperiod_type)) {
    case PERIOD_CODES.daily:
      return { type: "daily", every: Number(row.every), startTime, duration };
    case PERIOD_CODES.weekly:
      return {
        type: "weekly",
        every: Number(row.every),
        daysOfWeek: unmask<Weekday>(WEEKDAYS, Number(row.dayofweek)),
        startTime,
        duration,
      };
    case PERIOD_CODES.monthly: {
      const day = Number(row.day);
      return {
        type: "monthly",
        months: unmask<Month>(MONTHS, Number(row.month)),
        on:
          day > 0
            ? { dayOfMonth: day }
            : {
                daysOfWeek: unmask<Weekday>(WEEKDAYS, Number(row.dayofweek)),
                week: weekOf(Number(row.every)),
              },
        startTime,
        duration,
      };
    }
    default:
      return { type: "one_time", start: Number(row.start_date), duration };
  }
}

function toMaintenance(row: MaintenanceRow): Maintenance {
  const activeSince = Number(row.active_since);
  return {
    id: row.maintenanceid,
    name: row.name,
    description: row.description,
    activeSince,
    activeTill: Number(row.active_till),
    collectData: Number(row.maintenance_type) !== TYPE_NO_DATA,
    groups: (row.groups ?? row.hostgroups ?? []).map((g) => g.groupid),
    targets: row.hosts.map((h) => h.hostid),
    period: row.timeperiods[0]
      ? periodOf(row.timeperiods[0])
      : { type: "one_time", start: activeSince, duration: 0 },
    periodCount: row.timeperiods.length,
  };
}

/** `maintenance.create` / `maintenance.update` fields: every one is sent, so nothing stays stale. */
function maintenanceParams(spec: MaintenanceSpec): Record<string, unknown> {
  return {
    name: spec.name,
    description: spec.description,
    maintenance_type: spec.collectData ? TYPE_NORMAL : TYPE_NO_DATA,
    active_since: spec.activeSince,
    active_till: spec.activeTill,
    groups: spec.groups.map((groupid) => ({ groupid })),
    hosts: spec.targets.map((hostid) => ({ hostid })),
    timeperiods: [timePeriodParams(spec.period)],
  };
}

/** Rejects what Zabbix would reject (before it is asked), naming the spec field. */
export function checkMaintenanceSpec(spec: MaintenanceSpec): void {
  const invalid = (field: string, message: string) =>
    new BackendError("invalid", `maintenance ${JSON.stringify(spec.name)}: ${message}`, {
      field,
    });
  if (spec.groups.length === 0 && spec.targets.length === 0)
    throw invalid("groups", "at least one group or target is required");
  if (spec.activeTill <= spec.activeSince)
    throw invalid("activeTill", "active_till must be after active_since");
}

export class ZabbixMaintenances implements ObjectApi<MaintenanceSpec, Maintenance> {
  constructor(private readonly client: ZabbixClient) {}

  /** `maintenance.get` output options; 6.2 renamed `selectGroups` (gone in 7.2). */
  private get output() {
    const groups = this.client.atLeast("6.2") ? "selectHostGroups" : "selectGroups";
    return { ...GET, [groups]: ["groupid"] };
  }

  async create(spec: MaintenanceSpec): Promise<Maintenance> {
    checkMaintenanceSpec(spec);
    try {
      const { maintenanceids } = await this.client.call<{ maintenanceids: string[] }>(
        "maintenance.create",
        maintenanceParams(spec),
      );
      return { ...spec, id: maintenanceids[0]!, periodCount: 1 };
    } catch (error) {
      throw await this.withExistingId(error, spec);
    }
  }

  async read(id: string): Promise<Maintenance | undefined> {
    if (!isId(id)) return undefined;
    return (await this.readMany([id]))[0];
  }

  async findByName(name: string): Promise<Maintenance | undefined> {
    return (await this.findManyByName([name]))[0];
  }

  async readMany(ids: readonly string[]): Promise<readonly Maintenance[]> {
    const wanted = ids.filter(isId);
    if (wanted.length === 0) return [];
    const rows = await this.client.call<MaintenanceRow[]>("maintenance.get", {
      ...this.output,
      maintenanceids: wanted,
    });
    return rows.map(toMaintenance);
  }

  async findManyByName(names: readonly string[]): Promise<readonly Maintenance[]> {
    if (names.length === 0) return [];
    const rows = await this.client.call<MaintenanceRow[]>("maintenance.get", {
      ...this.output,
      filter: { name: [...names] },
    });
    return rows.map(toMaintenance);
  }

  async update(id: string, spec: MaintenanceSpec): Promise<Maintenance> {
    checkMaintenanceSpec(spec);
    try {
      await this.client.call("maintenance.update", {
        maintenanceid: id,
        ...maintenanceParams(spec),
      });
    } catch (error) {
      if (isNotFound(error))
        throw new BackendError("invalid", `Zabbix has no maintenance with id ${id}`, {
          field: "id",
        });
      throw await this.withExistingId(error, spec);
    }
    return { ...spec, id, periodCount: 1 };
  }

  delete(id: string): Promise<void> {
    return deleteIfPresent(this.client, "maintenance.delete", id, (gone) => this.read(gone));
  }

  private async withExistingId(error: unknown, spec: MaintenanceSpec): Promise<unknown> {
    if (!isConflict(error)) return error;
    const existing = await this.findByName(spec.name);
    if (!existing) return error;
    return new BackendError(
      "conflict",
      `a maintenance named ${JSON.stringify(spec.name)} already exists in Zabbix (id ${existing.id}); import it instead of creating it`,
      { existingId: existing.id, field: "name" },
    );
  }
}
