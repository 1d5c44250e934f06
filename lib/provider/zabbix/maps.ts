/**
 * Maps of hosts (Zabbix `map.*`, "sysmaps"): one host element per target and a link per
 * dependency. Zabbix replaces a map's elements and links wholesale on `map.update`, so an
 * update writes the whole specification.
 */
import {
  BackendError,
  type MapElement,
  type MapLink,
  type MapSpec,
  type ObjectApi,
  type TargetMap,
} from "../backend-driver";
import { DeleteBatch } from "./delete-batch";
import { mapUrl } from "./frontend-url";
import { isConflict, isId, isNotFound } from "./ids";
import type { ZabbixClient } from "./json-rpc-client";

/** Map element type of a host (SYSMAP_ELEMENT_TYPE_HOST). */
const ELEMENT_HOST = "0";
/** Map label type "label": each element shows its own label text. */
const LABEL_TYPE_LABEL = 0;
/** Label shown when the specification gives none: the host's visible name. */
const DEFAULT_LABEL = "{HOST.NAME}";
/** Icon of every element, one of the images Zabbix installs. */
export const ELEMENT_ICON = "Server_(64)";

interface MapRow {
  readonly sysmapid: string;
  readonly name: string;
  readonly width: string;
  readonly height: string;
  readonly selements: ReadonlyArray<{
    readonly selementid: string;
    readonly elementtype: string;
    readonly elements: ReadonlyArray<{ readonly hostid?: string }>;
    readonly x: string;
    readonly y: string;
    readonly label: string;
  }>;
  readonly links: ReadonlyArray<{ readonly selementid1: string; readonly selementid2: string }>;
}

const GET_OUTPUT = {
  output: ["sysmapid", "name", "width", "height"],
  selectSelements: ["selementid", "elementtype", "elements", "x", "y", "label"],
  selectLinks: ["selementid1", "selementid2"],
};

function checkSpec(spec: MapSpec): void {
  if (spec.name.trim() === "")
    throw new BackendError("invalid", "map name must not be empty", { field: "name" });
  const bad = spec.elements.find((e) => !isId(e.target));
  if (bad) {
    throw new BackendError(
      "invalid",
      `target id ${JSON.stringify(bad.target)} is not a Zabbix host id (a number)`,
      { field: "elements" },
    );
  }
  const targets = new Set(spec.elements.map((e) => e.target));
  const loose = spec.links.find((l) => !targets.has(l.from) || !targets.has(l.to));
  if (loose) {
    throw new BackendError(
      "invalid",
      `link ${loose.from}->${loose.to} joins a target that is not an element of the map`,
      { field: "links" },
    );
  }
}

export class ZabbixMaps implements ObjectApi<MapSpec, TargetMap> {
  private icon?: Promise<string>;

  constructor(
    private readonly client: ZabbixClient,
    private readonly frontend: string,
  ) {}

  private readonly deletes = DeleteBatch.via(
    () => this.client,
    "map.delete",
    (id) => this.read(id),
  );

  async create(spec: MapSpec): Promise<TargetMap> {
    checkSpec(spec);
    let retried = false;
    try {
      const { sysmapids } = await this.client.call<{ sysmapids: string[] }>(
        "map.create",
        { ...(await this.body(spec)), private: 0 },
        { onRetry: () => (retried = true) },
      );
      return this.fromSpec(sysmapids[0]!, spec);
    } catch (error) {
      if (retried && isConflict(error)) {
        const existing = await this.findByName(spec.name);
        if (existing) return this.update(existing.id, spec);
      }
      throw await this.explain(error, spec);
    }
  }

  async read(id: string): Promise<TargetMap | undefined> {
    if (!isId(id)) return undefined;
    return (await this.get({ sysmapids: [id] }))[0];
  }

  async readMany(ids: readonly string[]): Promise<readonly TargetMap[]> {
    const valid = ids.filter(isId);
    return valid.length === 0 ? [] : this.get({ sysmapids: valid });
  }

  async findByName(name: string): Promise<TargetMap | undefined> {
    return (await this.get({ filter: { name: [name] } }))[0];
  }

  findManyByName(names: readonly string[]): Promise<readonly TargetMap[]> {
    return this.get({ filter: { name: [...names] } });
  }

  async update(id: string, spec: MapSpec): Promise<TargetMap> {
    checkSpec(spec);
    try {
      await this.client.call("map.update", { sysmapid: id, ...(await this.body(spec)) });
    } catch (error) {
      if (isNotFound(error) && !(await this.read(id))) {
        throw new BackendError("invalid", `Zabbix has no map with id ${id}`, { field: "id" });
      }
      throw await this.explain(error, spec);
    }
    return this.fromSpec(id, spec);
  }

  delete(id: string): Promise<void> {
    return this.deletes.delete(id);
  }

  /** Name, size, elements and links; elements get temporary ids that the links refer to. */
  private async body(spec: MapSpec): Promise<Record<string, unknown>> {
    const iconid = await this.iconId();
    const selementOf = new Map(spec.elements.map((e, i) => [e.target, String(i + 1)]));
    return {
      name: spec.name,
      width: spec.width,
      height: spec.height,
      label_type: LABEL_TYPE_LABEL,
      selements: spec.elements.map((e) => ({
        selementid: selementOf.get(e.target),
        elementtype: Number(ELEMENT_HOST),
        elements: [{ hostid: e.target }],
        x: e.x,
        y: e.y,
        label: e.label ?? DEFAULT_LABEL,
        iconid_off: iconid,
      })),
      links: spec.links.map((l) => ({
        selementid1: selementOf.get(l.from),
        selementid2: selementOf.get(l.to),
      })),
    };
  }

  private iconId(): Promise<string> {
    this.icon ??= this.client
      .call<Array<{ imageid: string }>>("image.get", {
        output: ["imageid"],
        filter: { name: [ELEMENT_ICON] },
      })
      .then((rows) => {
        const id = rows[0]?.imageid;
        if (id === undefined) {
          throw new BackendError(
            "invalid",
            `Zabbix has no image named ${JSON.stringify(ELEMENT_ICON)}, the icon of map elements; restore Zabbix's default images`,
          );
        }
        return id;
      });
    this.icon.catch(() => (this.icon = undefined));
    return this.icon;
  }

  private fromSpec(id: string, spec: MapSpec): TargetMap {
    return {
      id,
      url: mapUrl(this.frontend, id),
      name: spec.name,
      width: spec.width,
      height: spec.height,
      elements: spec.elements.map((e) => ({ ...e })),
      links: spec.links.map((l) => ({ ...l })),
    };
  }

  private async get(selector: Record<string, unknown>): Promise<TargetMap[]> {
    const rows = await this.client.call<MapRow[]>("map.get", { ...GET_OUTPUT, ...selector });
    return rows.map((row) => this.fromRow(row));
  }

  private fromRow(row: MapRow): TargetMap {
    const hostOf = new Map<string, string>();
    const elements: MapElement[] = [];
    for (const s of row.selements) {
      const hostid = s.elements[0]?.hostid;
      if (s.elementtype !== ELEMENT_HOST || hostid === undefined) continue;
      hostOf.set(s.selementid, hostid);
      elements.push({
        target: hostid,
        x: Number(s.x),
        y: Number(s.y),
        ...(s.label === DEFAULT_LABEL ? {} : { label: s.label }),
      });
    }
    const links: MapLink[] = [];
    for (const l of row.links) {
      const from = hostOf.get(l.selementid1);
      const to = hostOf.get(l.selementid2);
      if (from !== undefined && to !== undefined) links.push({ from, to });
    }
    return {
      id: row.sysmapid,
      url: mapUrl(this.frontend, row.sysmapid),
      name: row.name,
      width: Number(row.width),
      height: Number(row.height),
      elements,
      links,
    };
  }

  private async explain(error: unknown, spec: MapSpec): Promise<unknown> {
    if (isConflict(error)) {
      const existing = await this.findByName(spec.name);
      if (existing) {
        return new BackendError(
          "conflict",
          `a map named ${JSON.stringify(spec.name)} already exists in Zabbix (id ${existing.id}); import it instead of creating it`,
          { existingId: existing.id, field: "name" },
        );
      }
    }
    if (isNotFound(error)) {
      return new BackendError(
        "invalid",
        `${error instanceof Error ? error.message : String(error)} (a target of the map's elements does not exist)`,
        { field: "elements" },
      );
    }
    return error;
  }
}
