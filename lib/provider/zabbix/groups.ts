/** Service groups as Zabbix host groups. */
import { BackendError, type Group, type GroupSpec, type ObjectApi } from "../backend-driver";
import { DeleteBatch } from "./delete-batch";
import type { ZabbixClient } from "./json-rpc-client";
import { isConflict, isId, isNotFound } from "./ids";

interface HostGroupRow {
  readonly groupid: string;
  readonly name: string;
}

const OUTPUT = ["groupid", "name"];

function toGroup(row: HostGroupRow): Group {
  return { id: row.groupid, name: row.name };
}

function checkSpec(spec: GroupSpec): void {
  if (spec.name.trim() === "" || spec.name !== spec.name.trim()) {
    throw new BackendError(
      "invalid",
      `group name ${JSON.stringify(spec.name)} must be non-empty without leading or trailing spaces`,
      {
        field: "name",
      },
    );
  }
}

export class ZabbixGroups implements ObjectApi<GroupSpec, Group> {
  constructor(private readonly client: ZabbixClient) {}

  private readonly deletes = DeleteBatch.via(
    () => this.client,
    "hostgroup.delete",
    (id) => this.read(id),
  );

  async create(spec: GroupSpec): Promise<Group> {
    checkSpec(spec);
    let retried = false;
    try {
      const { groupids } = await this.client.call<{ groupids: string[] }>(
        "hostgroup.create",
        { name: spec.name },
        { onRetry: () => (retried = true) },
      );
      return { id: groupids[0], name: spec.name };
    } catch (error) {
      if (retried && isConflict(error)) {
        // The lost attempt made it; a group is nothing but its name.
        const existing = await this.findByName(spec.name);
        if (existing) return existing;
      }
      throw await this.withExistingId(error, spec);
    }
  }

  async read(id: string): Promise<Group | undefined> {
    if (!isId(id)) return undefined;
    const rows = await this.client.call<HostGroupRow[]>("hostgroup.get", {
      output: OUTPUT,
      groupids: [id],
    });
    return rows.length > 0 ? toGroup(rows[0]) : undefined;
  }

  async findByName(name: string): Promise<Group | undefined> {
    const rows = await this.client.call<HostGroupRow[]>("hostgroup.get", {
      output: OUTPUT,
      filter: { name: [name] },
    });
    return rows.length > 0 ? toGroup(rows[0]) : undefined;
  }

  async readMany(ids: readonly string[]): Promise<readonly Group[]> {
    const wanted = ids.filter(isId);
    if (wanted.length === 0) return [];
    const rows = await this.client.call<HostGroupRow[]>("hostgroup.get", {
      output: OUTPUT,
      groupids: wanted,
    });
    return rows.map(toGroup);
  }

  async findManyByName(names: readonly string[]): Promise<readonly Group[]> {
    if (names.length === 0) return [];
    const rows = await this.client.call<HostGroupRow[]>("hostgroup.get", {
      output: OUTPUT,
      filter: { name: [...names] },
    });
    return rows.map(toGroup);
  }

  async update(id: string, spec: GroupSpec): Promise<Group> {
    checkSpec(spec);
    try {
      await this.client.call("hostgroup.update", { groupid: id, name: spec.name });
    } catch (error) {
      if (isNotFound(error))
        throw new BackendError("invalid", `Zabbix has no host group with id ${id}`, {
          field: "id",
        });
      throw await this.withExistingId(error, spec);
    }
    return { id, name: spec.name };
  }

  delete(id: string): Promise<void> {
    return this.deletes.delete(id);
  }

  private async withExistingId(error: unknown, spec: GroupSpec): Promise<unknown> {
    if (!isConflict(error)) return error;
    const existing = await this.findByName(spec.name);
    if (!existing) return error;
    return new BackendError(
      "conflict",
      `a host group named ${JSON.stringify(spec.name)} already exists in Zabbix (id ${existing.id}); import it instead of creating it`,
      { existingId: existing.id, field: "name" },
    );
  }
}
