/**
 * Checks as Zabbix objects: one item of type "Zabbix agent" on the target's host (its main agent
 * interface), numeric (float), plus one trigger per declared severity,
 * `last(/<host>/<key>)>` (or `<`) the threshold, with the Zabbix priority of that severity.
 *
 * The item carries the tag {@link CHECK_TAG}; each trigger carries {@link SEVERITY_TAG} with its
 * severity, which its problems inherit. A read derives the thresholds back from the triggers, so
 * an out-of-band change of a threshold, a priority or a deleted trigger shows as drift.
 */
import {
  BackendError,
  type Check,
  type CheckSeverity,
  type CheckSpec,
  type ObjectApi,
} from "../backend-driver";
import type { ZabbixClient } from "./json-rpc-client";
import { deleteIfPresent, isId, isNotFound } from "./ids";
import { INTERFACE_AGENT } from "./target-kinds";

/** Item tag marking the items this driver manages as checks. */
export const CHECK_TAG = "monitoring.check";
/** Trigger tag (inherited by its problems) naming the declared severity. */
export const SEVERITY_TAG = "monitoring.severity";

/** Zabbix trigger priorities of the declared severities. */
export const SEVERITY_PRIORITY: Readonly<Record<CheckSeverity, number>> = {
  warning: 2, // Warning
  critical: 4, // High
};

const SEVERITIES = Object.keys(SEVERITY_PRIORITY) as CheckSeverity[];
const ITEM_TYPE_AGENT = 0;
const VALUE_TYPE_FLOAT = 0;

interface ItemRow {
  readonly itemid: string;
  readonly hostid: string;
  readonly name: string;
  readonly key_: string;
  readonly delay: string;
  readonly hosts: ReadonlyArray<{ readonly host: string }>;
}

interface TriggerRow {
  readonly triggerid: string;
  readonly expression: string;
  readonly priority: string;
  readonly tags: ReadonlyArray<{ readonly tag: string; readonly value: string }>;
}

interface HostRow {
  readonly host: string;
  readonly interfaces: ReadonlyArray<{
    readonly interfaceid: string;
    readonly type: string;
    readonly main: string;
  }>;
}

const ITEM_GET = {
  output: ["itemid", "hostid", "name", "key_", "delay"],
  selectHosts: ["host"],
};

const UNIT_SECONDS: Readonly<Record<string, number>> = {
  s: 1,
  m: 60,
  h: 3600,
  d: 86400,
  w: 604800,
};

/** Seconds of a Zabbix interval (`30`, `30s`, `5m`, ...); NaN for what is not one (macros, schedules). */
export function intervalSeconds(delay: string): number {
  const m = /^(\d+)([smhdw]?)$/.exec(delay.trim());
  return m ? Number(m[1]) * (UNIT_SECONDS[m[2] || "s"] ?? NaN) : NaN;
}

const COMPARISON = /\)\s*([<>])\s*(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)\s*$/;

/** The trigger expression of one threshold. */
export function triggerExpression(host: string, spec: CheckSpec, threshold: number): string {
  return `last(/${host}/${spec.key})${spec.operator === "below" ? "<" : ">"}${threshold}`;
}

function triggerParams(host: string, spec: CheckSpec, severity: CheckSeverity) {
  const threshold = spec.thresholds[severity]!;
  return {
    description: `${spec.name} ${spec.operator} ${threshold}`,
    expression: triggerExpression(host, spec, threshold),
    priority: SEVERITY_PRIORITY[severity],
    tags: [{ tag: SEVERITY_TAG, value: severity }],
  };
}

function itemParams(spec: CheckSpec) {
  return { name: spec.name, key_: spec.key, delay: `${spec.interval}s` };
}

function checkSpec(spec: CheckSpec): void {
  if (!isId(spec.target)) {
    throw new BackendError(
      "invalid",
      `target id ${JSON.stringify(spec.target)} is not a Zabbix id (a number)`,
      { field: "target" },
    );
  }
  const declared = SEVERITIES.filter((s) => spec.thresholds[s] !== undefined);
  if (declared.length === 0) {
    throw new BackendError("invalid", `check ${JSON.stringify(spec.name)} has no threshold`, {
      field: "thresholds",
    });
  }
  for (const s of declared) {
    if (!Number.isFinite(spec.thresholds[s]))
      throw new BackendError("invalid", `the ${s} threshold is not a finite number`, {
        field: s,
      });
  }
}

export class ZabbixChecks implements ObjectApi<CheckSpec, Check> {
  constructor(private readonly client: ZabbixClient) {}

  async create(spec: CheckSpec): Promise<Check> {
    checkSpec(spec);
    const host = await this.agentHost(spec.target);
    let retried = false;
    let itemid: string;
    try {
      const { itemids } = await this.client.call<{ itemids: string[] }>(
        "item.create",
        {
          ...itemParams(spec),
          hostid: spec.target,
          interfaceid: host.interfaceid,
          type: ITEM_TYPE_AGENT,
          value_type: VALUE_TYPE_FLOAT,
          tags: [{ tag: CHECK_TAG, value: "" }],
        },
        { onRetry: () => (retried = true) },
      );
      itemid = itemids[0]!;
    } catch (error) {
      // A retried create whose first attempt made the item: take that one.
      const earlier = retried ? await this.findOnHost(spec.target, spec.key) : undefined;
      if (!earlier || earlier.name !== spec.name) throw this.explain(error, spec);
      itemid = earlier.id;
    }
    try {
      await this.syncTriggers(itemid, host.name, spec);
    } catch (error) {
      // Leave nothing behind that the state would not know of.
      await deleteIfPresent(this.client, "item.delete", itemid, (id) => this.read(id));
      throw error;
    }
    return { ...spec, id: itemid };
  }

  async read(id: string): Promise<Check | undefined> {
    if (!isId(id)) return undefined;
    return (await this.get({ itemids: [id] }))[0];
  }

  async findByName(name: string): Promise<Check | undefined> {
    return (await this.get({ filter: { name: [name] } }))[0];
  }

  async update(id: string, spec: CheckSpec): Promise<Check> {
    checkSpec(spec);
    const [row] = await this.rows({ itemids: [id] });
    if (!row)
      throw new BackendError("invalid", `Zabbix has no check with id ${id}`, { field: "id" });
    try {
      await this.client.call("item.update", { itemid: id, ...itemParams(spec) });
    } catch (error) {
      if (isNotFound(error))
        throw new BackendError("invalid", `Zabbix has no check with id ${id}`, { field: "id" });
      throw this.explain(error, spec);
    }
    await this.syncTriggers(id, row.hosts[0]?.host ?? "", spec);
    return { ...spec, target: row.hostid, id };
  }

  delete(id: string): Promise<void> {
    return deleteIfPresent(this.client, "item.delete", id, (gone) => this.read(gone));
  }

  /** The host's technical name and main agent interface; a host without one cannot run checks. */
  private async agentHost(hostid: string): Promise<{ name: string; interfaceid: string }> {
    const [row] = await this.client.call<HostRow[]>("host.get", {
      output: ["host"],
      hostids: [hostid],
      selectInterfaces: ["interfaceid", "type", "main"],
    });
    if (!row)
      throw new BackendError("invalid", `Zabbix has no target with id ${hostid}`, {
        field: "target",
      });
    const agent = row.interfaces.find((i) => i.type === String(INTERFACE_AGENT) && i.main === "1");
    if (!agent) {
      throw new BackendError(
        "invalid",
        `target ${JSON.stringify(row.host)} has no Zabbix agent interface (an SNMP network_device?); checks ask the target's agent`,
        { field: "target" },
      );
    }
    return { name: row.host, interfaceid: agent.interfaceid };
  }

  /** Makes the item's triggers exactly one per declared severity, updating those that exist. */
  private async syncTriggers(itemid: string, host: string, spec: CheckSpec): Promise<void> {
    const existing = await this.triggers([itemid]);
    const bySeverity = new Map<string, TriggerRow>();
    const extra: string[] = [];
    for (const t of existing.get(itemid) ?? []) {
      const severity = severityOf(t);
      if (severity && !bySeverity.has(severity)) bySeverity.set(severity, t);
      else extra.push(t.triggerid);
    }
    const creates: unknown[] = [];
    const updates: unknown[] = [];
    for (const severity of SEVERITIES) {
      const found = bySeverity.get(severity);
      if (spec.thresholds[severity] === undefined) {
        if (found) extra.push(found.triggerid);
      } else if (found) {
        updates.push({ triggerid: found.triggerid, ...triggerParams(host, spec, severity) });
      } else {
        creates.push(triggerParams(host, spec, severity));
      }
    }
    if (extra.length > 0) await this.client.call("trigger.delete", extra);
    if (updates.length > 0) await this.client.call("trigger.update", updates);
    if (creates.length > 0) await this.client.call("trigger.create", creates);
  }

  private async findOnHost(hostid: string, key: string): Promise<Check | undefined> {
    return (await this.get({ hostids: [hostid], filter: { key_: [key] } }))[0];
  }

  private rows(selector: Record<string, unknown>): Promise<ItemRow[]> {
    return this.client.call<ItemRow[]>("item.get", {
      ...ITEM_GET,
      tags: [{ tag: CHECK_TAG, operator: 4 }], // 4: the tag exists
      ...selector,
    });
  }

  private async triggers(itemids: readonly string[]): Promise<Map<string, TriggerRow[]>> {
    const rows = await this.client.call<Array<TriggerRow & { items: { itemid: string }[] }>>(
      "trigger.get",
      {
        output: ["triggerid", "expression", "priority"],
        itemids,
        expandExpression: true,
        selectTags: ["tag", "value"],
        selectItems: ["itemid"],
      },
    );
    const out = new Map<string, TriggerRow[]>();
    for (const row of rows) {
      for (const { itemid } of row.items) out.set(itemid, [...(out.get(itemid) ?? []), row]);
    }
    return out;
  }

  private async get(selector: Record<string, unknown>): Promise<Check[]> {
    const rows = await this.rows(selector);
    if (rows.length === 0) return [];
    const triggers = await this.triggers(rows.map((r) => r.itemid));
    return rows.map((row) => toCheck(row, triggers.get(row.itemid) ?? []));
  }

  private explain(error: unknown, spec: CheckSpec): unknown {
    if (error instanceof BackendError && /already exists/i.test(error.message)) {
      return new BackendError(
        "invalid",
        `${error.message} (key ${JSON.stringify(spec.key)}: each check of a target needs its own key)`,
        { field: "key" },
      );
    }
    if (error instanceof BackendError && error.kind === "invalid" && /key/i.test(error.message))
      return new BackendError("invalid", error.message, { field: "key" });
    return error;
  }
}

function severityOf(t: TriggerRow): CheckSeverity | undefined {
  const value = t.tags.find((tag) => tag.tag === SEVERITY_TAG)?.value;
  return SEVERITIES.find((s) => s === value);
}

/**
 * The check an item and its triggers amount to. A trigger whose priority is no longer its
 * severity's, or whose expression is not a comparison with a number, leaves that threshold out,
 * so the plan restores it.
 */
function toCheck(row: ItemRow, triggers: readonly TriggerRow[]): Check {
  const thresholds: Partial<Record<CheckSeverity, number>> = {};
  let operator: "above" | "below" = "above";
  for (const t of triggers) {
    const severity = severityOf(t);
    const m = COMPARISON.exec(t.expression);
    if (!severity || !m || Number(t.priority) !== SEVERITY_PRIORITY[severity]) continue;
    thresholds[severity] = Number(m[2]);
    operator = m[1] === "<" ? "below" : "above";
  }
  return {
    id: row.itemid,
    name: row.name,
    target: row.hostid,
    key: row.key_,
    interval: intervalSeconds(row.delay),
    operator,
    thresholds,
  };
}
