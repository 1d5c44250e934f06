/**
 * An in-memory {@link BackendDriver} for unit tests of the provider's resources: unique names,
 * `conflict` errors carrying the existing id, `undefined` for missing objects. The e2e tests use
 * the real Zabbix instead.
 */
import {
  BackendError,
  type BackendDriver,
  type Check,
  type CheckSpec,
  type Dashboard,
  type DashboardSpec,
  type Group,
  type GroupSpec,
  type Maintenance,
  type MaintenanceSpec,
  type MapSpec,
  type ObjectApi,
  type Proxy,
  type ProxySpec,
  type Target,
  type TargetChange,
  type TargetMap,
  type TargetSpec,
} from "../../../lib/provider/backend-driver";
import type { ProviderContext } from "../../../lib/provider/resources/resource";
import { KnownNames } from "../../../lib/provider/resources/known-names";
import { TargetSnapshots } from "../../../lib/provider/resources/target-snapshots";

class MemoryApi<
  Spec extends { readonly name: string },
  T extends Spec & { readonly id: string },
> implements ObjectApi<Spec, T> {
  readonly objects = new Map<string, T>();
  calls: string[] = [];

  constructor(
    private readonly nextId: () => string,
    private readonly build: (id: string, spec: Spec) => T,
  ) {}

  async create(spec: Spec): Promise<T> {
    this.calls.push(`create ${spec.name}`);
    const existing = [...this.objects.values()].find((o) => o.name === spec.name);
    if (existing) {
      throw new BackendError("conflict", `"${spec.name}" already exists`, {
        existingId: existing.id,
      });
    }
    const object = this.build(this.nextId(), spec);
    this.objects.set(object.id, object);
    return object;
  }
  async read(id: string): Promise<T | undefined> {
    return this.objects.get(id);
  }
  lookups: string[] = [];
  async findByName(name: string): Promise<T | undefined> {
    this.lookups.push(name);
    return [...this.objects.values()].find((o) => o.name === name);
  }
  nameLists = 0;
  async listNames(max: number): Promise<ReadonlySet<string> | undefined> {
    this.nameLists++;
    return this.objects.size > max
      ? undefined
      : new Set([...this.objects.values()].map((o) => o.name));
  }
  async update(id: string, spec: Spec): Promise<T> {
    this.calls.push(`update ${id}`);
    if (!this.objects.has(id)) throw new BackendError("invalid", `no object ${id}`);
    const object = this.build(id, spec);
    this.objects.set(id, object);
    return object;
  }
  async delete(id: string): Promise<void> {
    this.calls.push(`delete ${id}`);
    if (!this.objects.delete(id)) throw new BackendError("invalid", `no object ${id}`);
  }
}

/** Targets with the batch calls of a target set; `failBatch` makes the n-th batch call (1-based) fail. */
class MemoryTargets extends MemoryApi<TargetSpec, Target> {
  batchCalls = 0;
  failBatch = 0;

  private batch(what: string): void {
    this.calls.push(what);
    if (++this.batchCalls === this.failBatch)
      throw new BackendError("transient", `HTTP 502 on ${what}`);
  }
  async createMany(specs: readonly TargetSpec[]): Promise<readonly Target[]> {
    this.batch(`createMany ${specs.length}`);
    if (specs.some((s) => [...this.objects.values()].some((o) => o.name === s.name)))
      throw new BackendError("conflict", "a name is taken");
    const made: Target[] = [];
    for (const spec of specs) made.push(await this.create(spec));
    return made;
  }
  async updateMany(changes: readonly TargetChange[]): Promise<readonly Target[]> {
    this.batch(`updateMany ${changes.length}`);
    const done: Target[] = [];
    for (const c of changes) done.push(await this.update(c.id, c.spec));
    return done;
  }
  async deleteMany(ids: readonly string[]): Promise<void> {
    this.batch(`deleteMany ${ids.length}`);
    for (const id of ids) this.objects.delete(id);
  }
  async readMany(ids: readonly string[]): Promise<readonly Target[]> {
    return ids.flatMap((id) => this.objects.get(id) ?? []);
  }
  async readTagged(tag: string, value: string): Promise<readonly Target[]> {
    return [...this.objects.values()].filter((t) => t.tags[tag] === value);
  }
}

export const KIND_TEMPLATES: Readonly<Record<string, readonly string[]>> = {
  linux_server: ["Linux by Zabbix agent"],
  network_device: ["Generic by SNMP"],
};

export function memoryDriver() {
  let id = 100;
  const nextId = () => String(++id);
  const groups = new MemoryApi<GroupSpec, Group>(nextId, (gid, spec) => ({
    id: gid,
    name: spec.name,
  }));
  const targets = new MemoryTargets(nextId, (tid, spec) => ({
    ...spec,
    templates: spec.templates.length > 0 ? spec.templates : (KIND_TEMPLATES[spec.kind] ?? []),
    id: tid,
    url: `http://backend/host/${tid}`,
  }));
  const dashboards = new MemoryApi<DashboardSpec, Dashboard>(nextId, (did, spec) => ({
    ...spec,
    id: did,
    url: `http://backend/dashboard/${did}`,
  }));
  // Like Zabbix, the backend keeps the PSK but never returns it.
  const proxies = new MemoryApi<ProxySpec, Proxy>(nextId, (pid, { psk: _psk, ...spec }) => ({
    ...spec,
    id: pid,
  }));
  const checks = new MemoryApi<CheckSpec, Check>(nextId, (cid, spec) => ({ ...spec, id: cid }));
  const maintenances = new MemoryApi<MaintenanceSpec, Maintenance>(nextId, (mid, spec) => ({
    ...spec,
    id: mid,
    periodCount: 1,
  }));
  const maps = new MemoryApi<MapSpec, TargetMap>(nextId, (mid, spec) => ({
    ...spec,
    id: mid,
    url: `http://backend/map/${mid}`,
  }));
  const driver: BackendDriver = {
    name: "memory",
    targetKinds: ["linux_server", "network_device"],
    groups,
    targets,
    dashboards,
    proxies,
    checks,
    maintenances,
    maps,
    templates: {
      findByName: async (name) =>
        name === "Linux by Zabbix agent" ? { id: "10001", name } : undefined,
    },
  };
  return { driver, groups, targets, dashboards, proxies, checks, maintenances, maps };
}

/** A provider context over a fresh {@link memoryDriver}. */
export function memoryContext() {
  const backend = memoryDriver();
  const ctx: ProviderContext = {
    driver: backend.driver,
    plannedCreates: new Map(),
    applying: false,
    targetSnapshots: new TargetSnapshots(backend.driver.targets),
    knownNames: new KnownNames(),
    groupExists: async (id) => backend.groups.objects.has(id),
  };
  return { ...backend, ctx };
}

/** A linux_server target spec named `name` in `groups`. */
export function targetSpec(name: string, groups: readonly string[] = ["1"]): TargetSpec {
  return {
    name,
    displayName: name,
    kind: "linux_server",
    templates: [],
    address: "192.0.2.1",
    port: 10050,
    groups,
    thresholds: {},
    tags: {},
    enabled: true,
  };
}
