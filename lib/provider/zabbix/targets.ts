/** Monitored things as Zabbix hosts. */
import {
  BackendError,
  type ObjectApi,
  type Target,
  type TargetSpec,
  type Template,
} from "../backend-driver";
import type { ZabbixClient } from "./json-rpc-client";
import { deleteIfPresent, isConflict, isId, isNotFound } from "./ids";
import {
  checkTargetSpec,
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

export class ZabbixTargets implements ObjectApi<TargetSpec, Target> {
  constructor(
    private readonly client: ZabbixClient,
    private readonly templates: ZabbixTemplates,
    private readonly frontend: string,
  ) {}

  async create(spec: TargetSpec): Promise<Target> {
    checkTargetSpec(spec);
    const templates = await this.templatesOf(spec);
    const templateids = templates.map((t) => t.id);
    let retried = false;
    try {
      const { hostids } = await this.client.call<{ hostids: string[] }>(
        "host.create",
        {
          ...hostParams(spec),
          interfaces: [interfaceParams(spec)],
          templates: templateids.map((templateid) => ({ templateid })),
        },
        { onRetry: () => (retried = true) },
      );
      return targetFromSpec(hostids[0], spec, names(templates), this.frontend);
    } catch (error) {
      if (retried && isConflict(error)) {
        // An earlier attempt whose answer was lost made the host: take it over, never duplicate.
        const existing = await this.row({ filter: { host: [spec.name] } });
        if (existing?.tags.some((t) => t.tag === KIND_TAG && t.value === spec.kind)) {
          return this.update(existing.hostid, spec);
        }
      }
      throw await this.explain(error, spec);
    }
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
        ...hostParams(spec),
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
    return deleteIfPresent(this.client, "host.delete", id, (i) => this.read(i));
  }

  private async templatesOf(spec: TargetSpec): Promise<Template[]> {
    const names = spec.templates.length > 0 ? spec.templates : defaultTemplates(spec.kind);
    return this.templates.resolve(names, spec.kind);
  }

  private async row(selector: Record<string, unknown>): Promise<HostRow | undefined> {
    const rows = await this.client.call<HostRow[]>("host.get", {
      ...hostGetParams(this.client.atLeast("6.2")),
      ...selector,
    });
    return rows[0];
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

function interfaceDiffers(current: HostInterfaceRow, wanted: Record<string, unknown>): boolean {
  const keys = ["type", "useip", "ip", "dns", "port"] as const;
  return keys.some((k) => current[k] !== String(wanted[k]));
}

function names(templates: readonly Template[]): string[] {
  return templates.map((t) => t.name);
}
