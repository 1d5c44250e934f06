/**
 * Coalesces concurrent single-object lookups into the driver's batch calls (`readMany`,
 * `findManyByName`) when it has them: Terraform refreshes and plans up to -parallelism resources
 * at once, and one backend round trip for ten objects costs about what one costs for one.
 */
import type { BackendDriver, ObjectApi } from "../backend-driver";

/** How long a lookup waits for company before its batch is sent. */
const WINDOW_MS = 10;
const MAX_BATCH = 100;

type Batch<T> = Map<string, Array<(value: T | undefined) => void>>;

function coalesce<T>(
  fetchMany: (keys: readonly string[]) => Promise<readonly T[]>,
  keyOf: (object: T) => string,
): (key: string) => Promise<T | undefined> {
  let pending: Batch<T> = new Map();
  let failures: Array<(error: unknown) => void> = [];
  let timer: NodeJS.Timeout | undefined;

  const flush = () => {
    const batch = pending;
    const rejects = failures;
    pending = new Map();
    failures = [];
    timer = undefined;
    fetchMany([...batch.keys()]).then(
      (objects) => {
        const found = new Map(objects.map((o) => [keyOf(o), o]));
        for (const [key, waiters] of batch) for (const resolve of waiters) resolve(found.get(key));
      },
      (error: unknown) => rejects.forEach((reject) => reject(error)),
    );
  };

  return (key) =>
    new Promise<T | undefined>((resolve, reject) => {
      const waiters = pending.get(key) ?? [];
      waiters.push(resolve);
      pending.set(key, waiters);
      failures.push(reject);
      if (pending.size >= MAX_BATCH) {
        clearTimeout(timer);
        flush();
      } else {
        timer ??= setTimeout(flush, WINDOW_MS);
      }
    });
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
  };
}

/** The driver with lookups coalesced where it supports batch calls. */
export function withBatching(driver: BackendDriver): BackendDriver {
  return {
    ...driver,
    groups: batched(driver.groups),
    targets: batched(driver.targets),
    dashboards: batched(driver.dashboards),
  };
}
