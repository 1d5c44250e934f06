/**
 * Coalesces concurrent single-object lookups into the driver's batch calls (`readMany`,
 * `findManyByName`) when it has them: Terraform refreshes and plans up to -parallelism resources
 * at once, and one backend round trip for ten objects costs about what one costs for one. The
 * refreshes of target sets, each a `readMany` of its targets, are merged the same way.
 */
import type { BackendDriver, ObjectApi, TargetApi } from "../backend-driver";
import { BatchQueue } from "../batch-queue";

interface Lookup<T> {
  readonly key: string;
  readonly resolve: (value: T | undefined) => void;
  readonly reject: (error: unknown) => void;
}

/** Objects per coalesced lookup call. */
const LOOKUP_BATCH = 100;

/**
 * Hosts per merged `readMany` call: one `host.get` of 1,000 hosts cost the 2-core machine's
 * Zabbix 220 ms, ten of 100 each 820 ms one after another and 620 ms ten at once; one of
 * 10,000, 3.2 s (measured 7 Dec 2026).
 */
const READ_MANY_BATCH = 1000;

function coalesce<T>(
  fetchMany: (keys: readonly string[]) => Promise<readonly T[]>,
  keyOf: (object: T) => string,
  maxBatch = LOOKUP_BATCH,
): (key: string) => Promise<T | undefined> {
  const queue = new BatchQueue<Lookup<T>>(
    async (batch) => {
      try {
        const objects = await fetchMany([...new Set(batch.map((l) => l.key))]);
        const found = new Map(objects.map((o) => [keyOf(o), o]));
        for (const lookup of batch) lookup.resolve(found.get(lookup.key));
      } catch (error) {
        for (const lookup of batch) lookup.reject(error);
      }
    },
    { maxBatch, maxInFlight: 1 },
  );
  return (key) =>
    new Promise<T | undefined>((resolve, reject) => queue.add({ key, resolve, reject }));
}

function batched<Spec, T extends { readonly id: string; readonly name: string }>(
  api: ObjectApi<Spec, T>,
): ObjectApi<Spec, T> {
  const readMany = api.readMany?.bind(api);
  const findManyByName = api.findManyByName?.bind(api);
  if (!readMany && !findManyByName) return api;
  return {
    create: (spec) => api.create(spec),
    update: (id, spec) => api.update(id, spec),
    delete: (id) => api.delete(id),
    read: readMany ? coalesce(readMany, (o) => o.id) : (id) => api.read(id),
    findByName: findManyByName
      ? coalesce(findManyByName, (o) => o.name)
      : (name) => api.findByName(name),
    ...(api.listNames ? { listNames: api.listNames.bind(api) } : {}),
  };
}

/** The target calls that need no coalescing, bound to `api`. */
const TARGET_BATCH_CALLS = [
  "readInGroups",
  "createMany",
  "updateMany",
  "deleteMany",
  "readTagged",
] as const;

function batchedTargets(api: TargetApi): TargetApi {
  const coalesced = batched(api);
  if (coalesced === api) return api;
  const direct: Partial<TargetApi> = {};
  for (const call of TARGET_BATCH_CALLS) {
    const fn = api[call];
    if (fn) Object.assign(direct, { [call]: fn.bind(api) });
  }
  const readMany = api.readMany?.bind(api);
  if (readMany) {
    const readOne = coalesce(readMany, (t) => t.id, READ_MANY_BATCH);
    direct.readMany = async (ids) =>
      (await Promise.all(ids.map(readOne))).filter((t) => t !== undefined);
  }
  return { ...coalesced, ...direct };
}

/** The driver with lookups coalesced where it supports batch calls. */
export function withBatching(driver: BackendDriver): BackendDriver {
  return {
    ...driver,
    groups: batched(driver.groups),
    targets: batchedTargets(driver.targets),
    dashboards: batched(driver.dashboards),
    proxies: batched(driver.proxies),
    maintenances: batched(driver.maintenances),
    maps: batched(driver.maps),
  };
}
