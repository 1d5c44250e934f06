/** A bare JSON-RPC caller, independent of the driver, to check what Zabbix really holds. */
import type { ZabbixInstance } from "../../support/zabbix";

export interface RawApi {
  call<T = unknown>(method: string, params: unknown): Promise<T>;
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
