/** Small predicates shared by the object APIs. */
import { BackendError } from "../backend-driver";
import type { ZabbixClient } from "./json-rpc-client";

/** Zabbix object ids are decimal numbers; anything else names nothing. */
export function isId(id: string): boolean {
  return /^[1-9][0-9]{0,19}$/.test(id);
}

/** Zabbix's answer when an id given to update/delete names nothing (or nothing visible). */
export function isNotFound(error: unknown): boolean {
  return (
    error instanceof BackendError &&
    error.kind === "invalid" &&
    /No permissions to referred object or it does not exist/i.test(error.message)
  );
}

export function isConflict(error: unknown): error is BackendError {
  return error instanceof BackendError && error.kind === "conflict";
}

/**
 * Deletes object `id` with `method` (e.g. `host.delete`); an object that is already gone is
 * not an error.
 */
export async function deleteIfPresent(
  client: ZabbixClient,
  method: string,
  id: string,
  read: (id: string) => Promise<unknown>,
): Promise<void> {
  if (!isId(id)) return;
  try {
    await client.call(method, [id]);
  } catch (error) {
    if (isNotFound(error) && !(await read(id))) return;
    throw error;
  }
}
