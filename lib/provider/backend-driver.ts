/**
 * The contract between the Terraform provider's resources and a monitoring backend.
 *
 * The provider's resources speak only this interface; a driver (Zabbix first) maps it onto the
 * backend's API. Drivers return `undefined` for objects that do not exist (never throw for
 * "not found"), and throw {@link BackendError} for everything else.
 */

/** A service group (Zabbix: host group). */
export interface GroupSpec {
  readonly name: string;
}
export interface Group extends GroupSpec {
  readonly id: string;
}

/** A monitored thing (Zabbix: host). */
export interface TargetSpec {
  /** Unique technical name. */
  readonly name: string;
  /** Human name shown in the backend's UI. */
  readonly displayName: string;
  /** One of the driver's {@link BackendDriver.targetKinds}. */
  readonly kind: string;
  /** Template names; when empty, the driver's templates for `kind` are used. */
  readonly templates: readonly string[];
  /** IPv4, IPv6 or DNS name. */
  readonly address: string;
  readonly port: number;
  /** Ids of groups. At least one. */
  readonly groups: readonly string[];
  /** Threshold name (macro name without wrapper, e.g. `CPU.UTIL.CRIT`) to value. */
  readonly thresholds: Readonly<Record<string, string>>;
  readonly tags: Readonly<Record<string, string>>;
  readonly enabled: boolean;
  /**
   * Id of the proxy that monitors the target.
   *
   * @default - the server monitors it
   */
  readonly proxy?: string;
}
export interface Target extends TargetSpec {
  readonly id: string;
  /** Link to the target in the backend's UI. */
  readonly url: string;
  /**
   * Thresholds the backend stores as secrets and never returns: their values in `thresholds` are
   * empty on read, so the provider keeps the values it knows (it cannot see out-of-band changes).
   *
   * @default - none
   */
  readonly secretThresholds?: readonly string[];
}

/** A dashboard showing one or more groups (problems and availability at least). */
export interface DashboardSpec {
  readonly name: string;
  /** Ids of groups. At least one. */
  readonly groups: readonly string[];
}
export interface Dashboard extends DashboardSpec {
  readonly id: string;
  readonly url: string;
}

/** A target drawn on a map, at pixel position `x`, `y` (the top-left corner of its icon). */
export interface MapElement {
  /** Id of the target. */
  readonly target: string;
  readonly x: number;
  readonly y: number;
  /**
   * Text under the icon.
   *
   * @default - the target's visible name
   */
  readonly label?: string;
}

/** A line between two elements of a map: `from` depends on `to`. */
export interface MapLink {
  /** Id of the dependent target. */
  readonly from: string;
  /** Id of the target it depends on. */
  readonly to: string;
}

/** A map of targets and the links between them (Zabbix: map), `width` by `height` pixels. */
export interface MapSpec {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  /** At most one element per target. */
  readonly elements: readonly MapElement[];
  /** Links between targets that are elements of the map. */
  readonly links: readonly MapLink[];
}
/** A map as read: elements that are not targets (images, other maps) are left out. */
export interface TargetMap extends MapSpec {
  readonly id: string;
  readonly url: string;
}

/** How a proxy and the server connect: unencrypted or with a pre-shared key. */
export type ProxyTls = "unencrypted" | "psk";

/** A proxy monitoring the targets of one site (Zabbix: proxy). */
export interface ProxySpec {
  readonly name: string;
  /** `active`: the proxy connects to the server; `passive`: the server connects to it. */
  readonly mode: "active" | "passive";
  /**
   * Passive: where the server connects to.
   *
   * @default - none (active proxies)
   */
  readonly passive?: { readonly address: string; readonly port: number };
  /** Active: addresses the proxy may connect from; empty: any. */
  readonly allowedAddresses: string;
  readonly description: string;
  /** Passive: how the server connects to the proxy. */
  readonly tlsConnect: ProxyTls;
  /** Active: the connections the server accepts from the proxy. */
  readonly tlsAccept: readonly ProxyTls[];
  /**
   * Identity and key, when `tlsConnect` or `tlsAccept` uses `psk`.
   *
   * @default - no PSK
   */
  readonly psk?: { readonly identity: string; readonly key: string };
}
/** A proxy; when read, `psk` is absent: the backend never returns it. */
export interface Proxy extends ProxySpec {
  readonly id: string;
}

/** The severity a check's threshold raises its problem with. */
export type CheckSeverity = "warning" | "critical";

/**
 * A value collected from a target's agent, with a threshold per severity (Zabbix: an item and
 * one trigger per severity, whose problem has that severity).
 */
export interface CheckSpec {
  /** Unique name. */
  readonly name: string;
  /** Id of the target whose agent is asked for the value. */
  readonly target: string;
  /** Agent item key returning a number. */
  readonly key: string;
  /** Seconds between two collections. */
  readonly interval: number;
  /** Which side of a threshold is a problem. */
  readonly operator: "above" | "below";
  /** Threshold per severity; at least one. */
  readonly thresholds: Readonly<Partial<Record<CheckSeverity, number>>>;
}
export interface Check extends CheckSpec {
  readonly id: string;
}

/** A day of the week, as `monitoring_maintenance.days_of_week` names it. */
export type Weekday =
  "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";
/** A month, as `monitoring_maintenance.months` names it. */
export type Month =
  | "january"
  | "february"
  | "march"
  | "april"
  | "may"
  | "june"
  | "july"
  | "august"
  | "september"
  | "october"
  | "november"
  | "december";
/** Which week of a month a monthly period falls in. */
export type WeekOfMonth = "first" | "second" | "third" | "fourth" | "last";

/**
 * When a maintenance runs: once, or recurring at `startTime` (seconds after midnight in the
 * backend's time zone). `duration` is in seconds.
 */
export type MaintenancePeriod =
  | { readonly type: "one_time"; readonly start: number; readonly duration: number }
  | {
      readonly type: "daily";
      readonly every: number;
      readonly startTime: number;
      readonly duration: number;
    }
  | {
      readonly type: "weekly";
      readonly every: number;
      readonly daysOfWeek: readonly Weekday[];
      readonly startTime: number;
      readonly duration: number;
    }
  | {
      readonly type: "monthly";
      readonly months: readonly Month[];
      /** A day of the month, or days of one week of the month. */
      readonly on:
        | { readonly dayOfMonth: number }
        | { readonly daysOfWeek: readonly Weekday[]; readonly week: WeekOfMonth };
      readonly startTime: number;
      readonly duration: number;
    };

/** A maintenance window (Zabbix: maintenance) over groups and targets. Times are unix seconds. */
export interface MaintenanceSpec {
  readonly name: string;
  readonly description: string;
  readonly activeSince: number;
  readonly activeTill: number;
  /** Whether the backend keeps collecting data during the maintenance. */
  readonly collectData: boolean;
  readonly groups: readonly string[];
  readonly targets: readonly string[];
  readonly period: MaintenancePeriod;
}
/**
 * A maintenance as read. A maintenance made outside Terraform may hold a number of periods other
 * than one: `periodCount` says how many, and `period` is the first (or, with none, a zero-length
 * one-time period).
 */
export interface Maintenance extends MaintenanceSpec {
  readonly id: string;
  readonly periodCount: number;
}

export interface Template {
  readonly id: string;
  readonly name: string;
}

/** Create, read, update, delete and find-by-name for one kind of backend object. */
export interface ObjectApi<Spec, T> {
  create(spec: Spec): Promise<T>;
  read(id: string): Promise<T | undefined>;
  findByName(name: string): Promise<T | undefined>;
  update(id: string, spec: Spec): Promise<T>;
  delete(id: string): Promise<void>;
  /**
   * Optional: reads many objects in one backend round trip; missing ones are left out. When
   * present, the provider coalesces concurrent `read` calls (Terraform runs up to -parallelism
   * of them at once) into one call.
   *
   * @default - the provider calls `read` once per object
   */
  readMany?(ids: readonly string[]): Promise<readonly T[]>;
  /**
   * Optional: finds many objects by name in one backend round trip; missing ones are left out.
   * When present, the provider coalesces concurrent `findByName` calls into one call.
   *
   * @default - the provider calls `findByName` once per name
   */
  findManyByName?(names: readonly string[]): Promise<readonly T[]>;
  /**
   * Optional: the names of every object of this kind, or `undefined` when there are more than
   * `max`. A plan that creates many objects then checks each name for collisions against this
   * list, and looks up only the names found in it.
   *
   * @default - each planned create looks its name up
   */
  listNames?(max: number): Promise<ReadonlySet<string> | undefined>;
}

/** The targets' object API, with the group-wide read the provider's refresh can use. */
export interface TargetApi extends ObjectApi<TargetSpec, Target> {
  /**
   * Optional: every target in any of `groups`, in few backend round trips, or `undefined`
   * when there are more than `max` of them. The provider reads a group's targets once per
   * refresh this way instead of -parallelism of them at a time.
   *
   * @default - targets are read by id only
   */
  readInGroups?(groups: readonly string[], max: number): Promise<readonly Target[] | undefined>;
  /**
   * Optional, with the other batch calls: what `monitoring_target_set` needs. Creates every
   * spec in one backend call, all or nothing, and returns the targets in the order of `specs`.
   *
   * @default - the backend has no target sets
   */
  createMany?(specs: readonly TargetSpec[]): Promise<readonly Target[]>;
  /**
   * Optional: updates many targets in few backend calls; returns them in the order given.
   *
   * @default - the backend has no target sets
   */
  updateMany?(changes: readonly TargetChange[]): Promise<readonly Target[]>;
  /**
   * Optional: deletes many targets in few backend calls; ids already gone are not an error.
   *
   * @default - the backend has no target sets
   */
  deleteMany?(ids: readonly string[]): Promise<void>;
  /**
   * Optional: every target carrying tag `tag` with exactly `value`.
   *
   * @default - the backend has no target sets
   */
  readTagged?(tag: string, value: string): Promise<readonly Target[]>;
}

/** One update of {@link TargetApi.updateMany}. */
export interface TargetChange {
  readonly id: string;
  readonly spec: TargetSpec;
}

export interface BackendDriver {
  /** Backend name for messages, e.g. `zabbix`. */
  readonly name: string;
  /** Allowed values of a target's `kind`, e.g. `linux_server`, `aws_ec2`. */
  readonly targetKinds: readonly string[];
  readonly groups: ObjectApi<GroupSpec, Group>;
  readonly targets: TargetApi;
  readonly dashboards: ObjectApi<DashboardSpec, Dashboard>;
  readonly proxies: ObjectApi<ProxySpec, Proxy>;
  readonly checks: ObjectApi<CheckSpec, Check>;
  readonly maintenances: ObjectApi<MaintenanceSpec, Maintenance>;
  readonly maps: ObjectApi<MapSpec, TargetMap>;
  readonly templates: { findByName(name: string): Promise<Template | undefined> };
  /**
   * What the backend would refuse in the known parts of a planned target, found without asking
   * it, so that Terraform reports it at plan time instead of half-way through an apply.
   *
   * @default - nothing is checked beyond the schema
   */
  checkTarget?(known: Partial<TargetSpec>): BackendError | undefined;
}

/**
 * Why a backend call failed.
 * - `transient`: unreachable, timed out, 5xx; safe to retry (the driver already retried, with backoff).
 * - `conflict`: an object with the same unique name exists (`existingId` set when known).
 * - `invalid`: the backend rejected a value; never retried.
 * - `auth`: credentials rejected.
 */
export type BackendErrorKind = "transient" | "conflict" | "invalid" | "auth";

/** Brand shared by every copy of {@link BackendError} (the driver is bundled separately). */
const BACKEND_ERROR = Symbol.for("cdktf-monitoring.BackendError");

/**
 * A failed backend call. `instanceof BackendError` also recognizes errors made by another copy of
 * this module: the Zabbix driver is a bundle of its own, next to the provider's.
 */
export class BackendError extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && BACKEND_ERROR in value;
  }

  readonly [BACKEND_ERROR] = true;

  constructor(
    readonly kind: BackendErrorKind,
    message: string,
    readonly details: { readonly existingId?: string; readonly field?: string } = {},
  ) {
    super(message);
    this.name = "BackendError";
  }
}
