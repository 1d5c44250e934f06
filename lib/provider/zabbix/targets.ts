/** Monitored things as Zabbix hosts. */
import {
  BackendError,
  type Target,
  type TargetApi,
  type TargetChange,
  type TargetSpec,
  type Template,
} from "../backend-driver";
import { MergedBatches } from "./merged-batches";
import { CreateBatch } from "./create-batch";
import { DeleteBatch } from "./delete-batch";
import type { ZabbixClient } from "./json-rpc-client";
import { isConflict, isId, isNotFound } from "./ids";
import {
  checkTargetSpec,
  hasProxyHostId,
  hostGetParams,
  hostParams,
  interfaceParams,
  mainInterface,
  targetFromSpec,
  toTarget,
  KIND_TAG,
  type HostInterfaceRow,
  type HostRow,
} from "./target-params";
import { defaultTemplates } from "./target-kinds";
import type { ZabbixTemplates } from "./templates";

/** Most hosts in one `host.create` that merges several target sets' batches. */
const MERGED_CREATE_HOSTS = 500;

export class ZabbixTargets implements TargetApi {
  constructor(
    private readonly client: ZabbixClient,
    private readonly templates: ZabbixTemplates,
    private readonly frontend: string,
  ) {}

  private readonly deletes = DeleteBatch.via(
    () => this.client,
    "host.delete",
    (id) => this.read(id),
  );

  private readonly batch = new CreateBatch(async (hosts) => {
    const { hostids } = await this.client.call<{ hostids: string[] }>("host.create", hosts, {
      attempts: 1,
    });
    return hostids;
  });

  async create(spec: TargetSpec): Promise<Target> {
    checkTargetSpec(spec);
    const templates = await this.templatesOf(spec);
    const params = {
      ...hostParams(spec, hasProxyHostId(this.client)),
      interfaces: [interfaceParams(spec)],
      templates: templates.map((t) => ({ templateid: t.id })),
    };
    const outcome = await this.batch.submit(params, async (batchError) => {
      // A transient batch failure may have made it: look before creating it by itself.
      if (isTransient(batchError)) {
        const [made] = await this.madeFor(spec);
        if (made) return targetFromSpec(made.hostid, spec, names(templates), this.frontend);
      }
      return this.createOne(spec, params, templates);
    });
    return "id" in outcome
      ? targetFromSpec(outcome.id, spec, names(templates), this.frontend)
      : outcome.alone;
  }

  private async createOne(
    spec: TargetSpec,
    params: Record<string, unknown>,
    templates: readonly Template[],
  ): Promise<Target> {
    let retried = false;
    try {
      const { hostids } = await this.client.call<{ hostids: string[] }>("host.create", params, {
        onRetry: () => (retried = true),
        // An attempt that timed out may have made the host (or still be making it): look first.
        beforeRetry: async () => {
          const made = await this.madeFor(spec);
          return made.length > 0 ? { hostids: [made[0]!.hostid] } : undefined;
        },
      });
      const id = retried ? await this.withoutDuplicates(spec, hostids[0]!) : hostids[0]!;
      return targetFromSpec(id, spec, names(templates), this.frontend);
    } catch (error) {
      if (retried && isConflict(error)) {
        // An earlier attempt whose answer was lost made the host: take it over, never duplicate.
        const [existing] = await this.madeFor(spec);
        if (existing) return this.update(existing.hostid, spec);
      }
      throw await this.explain(error, spec);
    }
  }

  /**
   * Hosts named `spec.name` that carry the spec's kind and every one of its tags (the provider's
   * ownership fingerprint among them): what a create of exactly this spec made. Oldest first.
   */
  private async madeFor(spec: TargetSpec): Promise<HostRow[]> {
    const rows = await this.rows({ filter: { host: [spec.name] } });
    const wanted = [...Object.entries(spec.tags), [KIND_TAG, spec.kind]];
    return rows
      .filter((row) =>
        wanted.every(([tag, value]) => row.tags.some((t) => t.tag === tag && t.value === value)),
      )
      .sort((a, b) => Number(a.hostid) - Number(b.hostid));
  }

  /**
   * After a retried create: when two attempts both ran inside Zabbix (its name check is not
   * transactional), keeps the oldest host and deletes the other copies of the same spec.
   */
  private async withoutDuplicates(spec: TargetSpec, created: string): Promise<string> {
    const made = await this.madeFor(spec);
    if (made.length <= 1) return made[0]?.hostid ?? created;
    await this.client.call(
      "host.delete",
      made.slice(1).map((row) => row.hostid),
    );
    return made[0]!.hostid;
  }

  async read(id: string): Promise<Target | undefined> {
    if (!isId(id)) return undefined;
    const row = await this.row({ hostids: [id] });
    return row && toTarget(row, this.frontend);
  }

  async findByName(name: string): Promise<Target | undefined> {
    const row = await this.row({ filter: { host: [name] } });
    return row && toTarget(row, this.frontend);
  }

  async readMany(ids: readonly string[]): Promise<readonly Target[]> {
    const wanted = ids.filter(isId);
    if (wanted.length === 0) return [];
    const rows = await this.rows({ hostids: wanted });
    return rows.map((row) => toTarget(row, this.frontend));
  }

  async findManyByName(names: readonly string[]): Promise<readonly Target[]> {
    if (names.length === 0) return [];
    const rows = await this.rows({ filter: { host: [...names] } });
    return rows.map((row) => toTarget(row, this.frontend));
  }

  async listNames(max: number): Promise<ReadonlySet<string> | undefined> {
    const count = await this.client.call<string>("host.get", { countOutput: true });
    if (Number(count) > max) return undefined;
    const rows = await this.client.call<{ host: string }[]>("host.get", { output: ["host"] });
    return new Set(rows.map((row) => row.host));
  }

  async readInGroups(
    groups: readonly string[],
    max: number,
  ): Promise<readonly Target[] | undefined> {
    const wanted = groups.filter(isId);
    if (wanted.length === 0) return [];
    const count = await this.client.call<string>("host.get", {
      groupids: wanted,
      countOutput: true,
    });
    if (Number(count) > max) return undefined;
    const rows = await this.rows({ groupids: wanted });
    return rows.map((row) => toTarget(row, this.frontend));
  }

  async update(id: string, spec: TargetSpec): Promise<Target> {
    checkTargetSpec(spec);
    const current = isId(id) ? await this.row({ hostids: [id] }) : undefined;
    if (!current)
      throw new BackendError("invalid", `Zabbix has no host with id ${id}`, { field: "id" });
    const templates = await this.templatesOf(spec);
    const templateids = templates.map((t) => t.id);
    const linked = current.parentTemplates.map((t) => t.templateid);
    const cleared = linked.filter((t) => !templateids.includes(t));
    const iface = interfaceParams(spec);
    const main = mainInterface(current);
    try {
      if (main && main.type !== String(iface.type)) {
        // Items of the old templates use the old interface: unlink and clear them first.
        await this.client.call("host.update", {
          hostid: id,
          templates: [],
          ...(linked.length > 0
            ? { templates_clear: linked.map((templateid) => ({ templateid })) }
            : {}),
        });
        await this.client.call("hostinterface.delete", [main.interfaceid]);
        await this.client.call("hostinterface.create", { hostid: id, ...iface });
      } else if (main) {
        if (interfaceDiffers(main, iface)) {
          await this.client.call("hostinterface.update", {
            interfaceid: main.interfaceid,
            ...iface,
          });
        }
      } else {
        await this.client.call("hostinterface.create", { hostid: id, ...iface });
      }
      await this.client.call("host.update", {
        hostid: id,
        ...hostParams(spec, hasProxyHostId(this.client)),
        templates: templateids.map((templateid) => ({ templateid })),
        ...(cleared.length > 0 && main?.type === String(iface.type)
          ? { templates_clear: cleared.map((templateid) => ({ templateid })) }
          : {}),
      });
    } catch (error) {
      throw await this.explain(error, spec);
    }
    return targetFromSpec(id, spec, names(templates), this.frontend);
  }

  delete(id: string): Promise<void> {
    return this.deletes.delete(id);
  }

  /** Batch creates of several target sets, merged into calls of up to 500 hosts, 2 at once. */
  private readonly manyCreates = new MergedBatches<TargetSpec, Target>(
    (specs) => this.createAll(specs),
    MERGED_CREATE_HOSTS,
    2,
  );

  createMany(specs: readonly TargetSpec[]): Promise<readonly Target[]> {
    return this.manyCreates.run(specs);
  }

  private async createAll(specs: readonly TargetSpec[]): Promise<readonly Target[]> {
    if (specs.length === 0) return [];
    specs.forEach(checkTargetSpec);
    const templates = await Promise.all(specs.map((spec) => this.templatesOf(spec)));
    const params = specs.map((spec, i) => ({
      ...hostParams(spec, hasProxyHostId(this.client)),
      interfaces: [interfaceParams(spec)],
      templates: templates[i]!.map((t) => ({ templateid: t.id })),
    }));
    const specNames = specs.map((s) => s.name);
    try {
      const { hostids } = await this.client.call<{ hostids: string[] }>("host.create", params, {
        // One call is all or nothing: when an attempt whose answer was lost made the hosts, they
        // are all there, each with this spec's tags.
        beforeRetry: async () => {
          const made = await this.madeForAll(specs);
          return made && { hostids: made };
        },
      });
      return specs.map((spec, i) =>
        targetFromSpec(hostids[i]!, spec, names(templates[i]!), this.frontend),
      );
    } catch (error) {
      if (isConflict(error)) {
        const made = await this.madeForAll(specs);
        if (made) {
          return specs.map((spec, i) =>
            targetFromSpec(made[i]!, spec, names(templates[i]!), this.frontend),
          );
        }
        const taken = await this.rows({ filter: { host: specNames }, output: ["hostid", "host"] });
        if (taken.length > 0) {
          const list = taken.map((r) => `${JSON.stringify(r.host)} (id ${r.hostid})`).join(", ");
          throw new BackendError(
            "conflict",
            `hosts with these names already exist in Zabbix: ${list}; import them (by id or name) or remove them from the set`,
            { field: "name" },
          );
        }
      }
      throw error;
    }
  }

  /** The ids of hosts made by a create of exactly `specs` (in order), or undefined. */
  private async madeForAll(specs: readonly TargetSpec[]): Promise<string[] | undefined> {
    const rows = await this.rows({ filter: { host: specs.map((s) => s.name) } });
    const byName = new Map(rows.map((row) => [row.host, row]));
    const ids: string[] = [];
    for (const spec of specs) {
      const row = byName.get(spec.name);
      const wanted = [...Object.entries(spec.tags), [KIND_TAG, spec.kind]];
      if (
        !row ||
        !wanted.every(([tag, value]) => row.tags.some((t) => t.tag === tag && t.value === value))
      )
        return undefined;
      ids.push(row.hostid);
    }
    return ids;
  }

  async updateMany(changes: readonly TargetChange[]): Promise<readonly Target[]> {
    if (changes.length === 0) return [];
    changes.forEach((c) => checkTargetSpec(c.spec));
    const rows = await this.rows({ hostids: changes.map((c) => c.id) });
    const current = new Map(rows.map((row) => [row.hostid, row]));
    const interfaceUpdates: Record<string, unknown>[] = [];
    const hostUpdates: Record<string, unknown>[] = [];
    const results: Target[] = [];
    for (const { id, spec } of changes) {
      const row = current.get(id);
      if (!row)
        throw new BackendError("invalid", `Zabbix has no host with id ${id}`, { field: "id" });
      const templates = await this.templatesOf(spec);
      const iface = interfaceParams(spec);
      const main = mainInterface(row);
      if (!main || main.type !== String(iface.type)) {
        // A new interface type unlinks templates first: the rare case goes one host at a time.
        results.push(await this.update(id, spec));
        continue;
      }
      if (interfaceDiffers(main, iface))
        interfaceUpdates.push({ interfaceid: main.interfaceid, ...iface });
      const templateids = templates.map((t) => t.id);
      const cleared = row.parentTemplates
        .map((t) => t.templateid)
        .filter((t) => !templateids.includes(t));
      hostUpdates.push({
        hostid: id,
        ...hostParams(spec, hasProxyHostId(this.client)),
        templates: templateids.map((templateid) => ({ templateid })),
        ...(cleared.length > 0
          ? { templates_clear: cleared.map((templateid) => ({ templateid })) }
          : {}),
      });
      results.push(targetFromSpec(id, spec, names(templates), this.frontend));
    }
    if (interfaceUpdates.length > 0)
      await this.client.call("hostinterface.update", interfaceUpdates);
    if (hostUpdates.length > 0) await this.client.call("host.update", hostUpdates);
    return results;
  }

  async deleteMany(ids: readonly string[]): Promise<void> {
    const wanted = ids.filter(isId);
    if (wanted.length === 0) return;
    try {
      await this.client.call("host.delete", wanted);
    } catch (error) {
      // All or nothing: one host already gone fails the lot. Delete the ones still there.
      if (error instanceof BackendError && error.kind === "transient") throw error;
      const left = await this.rows({ hostids: wanted, output: ["hostid"] });
      if (left.length === wanted.length) throw error;
      if (left.length > 0)
        await this.client.call(
          "host.delete",
          left.map((r) => r.hostid),
        );
    }
  }

  async readTagged(tag: string, value: string): Promise<readonly Target[]> {
    const rows = await this.rows({ tags: [{ tag, value, operator: TAG_EQUALS }] });
    return rows.map((row) => toTarget(row, this.frontend));
  }

  private async templatesOf(spec: TargetSpec): Promise<Template[]> {
    const names = spec.templates.length > 0 ? spec.templates : defaultTemplates(spec.kind);
    return this.templates.resolve(names, spec.kind);
  }

  private async row(selector: Record<string, unknown>): Promise<HostRow | undefined> {
    return (await this.rows(selector))[0];
  }

  private rows(selector: Record<string, unknown>): Promise<HostRow[]> {
    return this.client.call<HostRow[]>("host.get", {
      ...hostGetParams(this.client.atLeast("6.2"), hasProxyHostId(this.client)),
      ...selector,
    });
  }

  /** Adds what Zabbix's message leaves out: the existing host's id, which group is unknown. */
  private async explain(error: unknown, spec: TargetSpec): Promise<unknown> {
    if (isConflict(error)) {
      const byVisibleName = error.details.field === "displayName";
      const existing = await this.row({
        filter: byVisibleName ? { name: [spec.displayName] } : { host: [spec.name] },
      });
      if (!existing) return error;
      const what = byVisibleName
        ? `display name ${JSON.stringify(spec.displayName)}`
        : `name ${JSON.stringify(spec.name)}`;
      return new BackendError(
        "conflict",
        `a host with the ${what} already exists in Zabbix (id ${existing.hostid}, name ${JSON.stringify(existing.host)}); import it (by id or name) instead of creating it`,
        { existingId: existing.hostid, field: error.details.field },
      );
    }
    if (isNotFound(error) || (error instanceof BackendError && error.details.field === "groups")) {
      const found = await this.client.call<Array<{ groupid: string }>>("hostgroup.get", {
        output: ["groupid"],
        groupids: [...spec.groups],
      });
      const missing = spec.groups.filter((g) => !found.some((f) => f.groupid === g));
      if (missing.length > 0) {
        return new BackendError(
          "invalid",
          `Zabbix has no host group with id ${missing.join(", ")}`,
          { field: "groups" },
        );
      }
    }
    return error;
  }
}

/** `host.get` tag filter operator: the value equals. */
const TAG_EQUALS = 1;

function interfaceDiffers(current: HostInterfaceRow, wanted: Record<string, unknown>): boolean {
  const keys = ["type", "useip", "ip", "dns", "port"] as const;
  if (keys.some((k) => current[k] !== String(wanted[k]))) return true;
  const details = (wanted.details ?? {}) as Record<string, unknown>;
  const have = (current.details ?? {}) as Record<string, unknown>;
  return Object.entries(details).some(([k, v]) => String(have[k] ?? "") !== String(v));
}

function isTransient(error: unknown): boolean {
  return error instanceof BackendError && error.kind === "transient";
}

function names(templates: readonly Template[]): string[] {
  return templates.map((t) => t.name);
}
