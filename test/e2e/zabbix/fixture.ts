/** What the Zabbix driver e2e tests share: a started Zabbix, a driver on it, and a bare API to check it. */
import { expect } from "vitest";
import { BackendError } from "../../../lib/provider/backend-driver";
import { connectZabbix, type ZabbixDriver } from "../../../lib/provider/zabbix";
import { startZabbix, type ZabbixInstance } from "../../support/zabbix";

/** A bare JSON-RPC caller, independent of the driver, to check what Zabbix really holds. */
export interface RawApi {
  call<T = unknown>(method: string, params: unknown): Promise<T>;
}

export interface ZabbixFixture {
  readonly zabbix: ZabbixInstance;
  readonly driver: ZabbixDriver;
  readonly api: RawApi;
  close(): Promise<void>;
}

export async function rawApi(zabbix: ZabbixInstance): Promise<RawApi> {
  const send = async (method: string, params: unknown, auth?: string) => {
    const response = await fetch(zabbix.url, {
      method: "POST",
      headers: { "content-type": "application/json-rpc" },
      body: JSON.stringify({ jsonrpc: "2.0", method, params, id: 1, ...(auth ? { auth } : {}) }),
    });
    const body = (await response.json()) as { result?: unknown; error?: { data: string } };
    if (body.error) throw new Error(`${method}: ${body.error.data}`);
    return body.result;
  };
  const auth = (await send("user.login", {
    username: zabbix.username,
    password: zabbix.password,
  })) as string;
  return {
    call: async <T>(method: string, params: unknown) => (await send(method, params, auth)) as T,
  };
}

/** Starts Zabbix (fresh database) and connects the driver as Admin. */
export async function zabbixFixture(): Promise<ZabbixFixture> {
  const zabbix = await startZabbix();
  try {
    const driver = await connectZabbix(zabbix);
    const api = await rawApi(zabbix);
    return {
      zabbix,
      driver,
      api,
      close: async () => {
        await driver.close();
        await zabbix.stop();
      },
    };
  } catch (error) {
    await zabbix.stop();
    throw error;
  }
}

/** The BackendError a promise rejects with (fails the test if it resolves or throws something else). */
export async function rejection(promise: Promise<unknown>): Promise<BackendError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackendError);
  return error as BackendError;
}
