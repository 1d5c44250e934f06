/** Proxies as Zabbix proxies (6.0: `proxy.*`, status 5 active / 6 passive). */
import { isIP } from "node:net";
import {
  BackendError,
  type ObjectApi,
  type Proxy,
  type ProxySpec,
  type ProxyTls,
} from "../backend-driver";
import type { ZabbixClient } from "./json-rpc-client";
import { deleteIfPresent, isConflict, isId, isNotFound } from "./ids";
import { hasProxyHostId } from "./target-params";

const STATUS_ACTIVE = 5;
const STATUS_PASSIVE = 6;
const TLS_UNENCRYPTED = 1;
const TLS_PSK = 2;
const TLS_ORDER: readonly ProxyTls[] = ["unencrypted", "psk"];

interface ProxyRow {
  readonly proxyid: string;
  readonly host: string;
  readonly status: string;
  readonly description: string;
  readonly proxy_address: string;
  readonly tls_connect: string;
  readonly tls_accept: string;
  /** An object for a passive proxy; Zabbix answers `[]` for an active one. */
  readonly interface:
    | { readonly useip: string; readonly ip: string; readonly dns: string; readonly port: string }
    | readonly [];
}

const GET = {
  output: [
    "proxyid",
    "host",
    "status",
    "description",
    "proxy_address",
    "tls_connect",
    "tls_accept",
  ],
  selectInterface: ["useip", "ip", "dns", "port"],
};

function tlsBit(mode: ProxyTls): number {
  return mode === "psk" ? TLS_PSK : TLS_UNENCRYPTED;
}

function tlsModes(bits: number): ProxyTls[] {
  const modes: ProxyTls[] = [];
  if (bits & TLS_UNENCRYPTED) modes.push("unencrypted");
  if (bits & TLS_PSK) modes.push("psk");
  return modes;
}

function toProxy(row: ProxyRow): Proxy {
  const passive = Number(row.status) === STATUS_PASSIVE;
  const iface = Array.isArray(row.interface)
    ? undefined
    : (row.interface as Exclude<ProxyRow["interface"], readonly []>);
  return {
    id: row.proxyid,
    name: row.host,
    mode: passive ? "passive" : "active",
    ...(passive && iface
      ? {
          passive: {
            address: iface.useip === "1" ? iface.ip : iface.dns,
            port: Number(iface.port) || 0,
          },
        }
      : {}),
    allowedAddresses: row.proxy_address,
    description: row.description,
    tlsConnect: tlsModes(Number(row.tls_connect))[0] ?? "unencrypted",
    tlsAccept: tlsModes(Number(row.tls_accept)),
  };
}

/** `proxy.create` / `proxy.update` fields: every one is sent, so an update leaves nothing stale. */
function proxyParams(spec: ProxySpec): Record<string, unknown> {
  const params: Record<string, unknown> = {
    host: spec.name,
    status: spec.mode === "passive" ? STATUS_PASSIVE : STATUS_ACTIVE,
    description: spec.description,
    tls_connect: spec.mode === "passive" ? tlsBit(spec.tlsConnect) : TLS_UNENCRYPTED,
    tls_accept:
      spec.mode === "active"
        ? spec.tlsAccept.reduce((bits, mode) => bits | tlsBit(mode), 0) || TLS_UNENCRYPTED
        : TLS_UNENCRYPTED,
  };
  if (spec.mode === "active") params.proxy_address = spec.allowedAddresses;
  if (spec.mode === "passive" && spec.passive) {
    const byIp = isIP(spec.passive.address) !== 0;
    params.interface = {
      useip: byIp ? 1 : 0,
      ip: byIp ? spec.passive.address : "",
      dns: byIp ? "" : spec.passive.address,
      port: String(spec.passive.port),
    };
  }
  if (spec.psk) {
    params.tls_psk_identity = spec.psk.identity;
    params.tls_psk = spec.psk.key;
  }
  return params;
}

/** The proxy a successful create or update of `spec` leaves behind (without the PSK). */
function proxyFromSpec(id: string, spec: ProxySpec): Proxy {
  const { psk: _psk, ...rest } = spec;
  return {
    ...rest,
    id,
    tlsConnect: spec.mode === "passive" ? spec.tlsConnect : "unencrypted",
    tlsAccept:
      spec.mode === "active" && spec.tlsAccept.length > 0
        ? TLS_ORDER.filter((m) => spec.tlsAccept.includes(m))
        : ["unencrypted"],
  };
}

/** Rejects what Zabbix would reject or silently accept though it is wrong (PSK without its identity). */
export function checkProxySpec(spec: ProxySpec): void {
  const invalid = (field: string, message: string) =>
    new BackendError("invalid", message, { field });
  if (spec.mode === "passive" && !spec.passive)
    throw invalid("address", `passive proxy ${JSON.stringify(spec.name)} needs an address`);
  const usesPsk =
    spec.mode === "passive" ? spec.tlsConnect === "psk" : spec.tlsAccept.includes("psk");
  if (usesPsk && !spec.psk)
    throw invalid(
      "tlsPsk",
      `proxy ${JSON.stringify(spec.name)} uses PSK but has no PSK identity and key`,
    );
}

export class ZabbixProxies implements ObjectApi<ProxySpec, Proxy> {
  constructor(private readonly client: ZabbixClient) {}

  /** The client, once it is known to speak the 6.0–6.4 `proxy.*` API (7.0 renamed its fields). */
  private get api(): ZabbixClient {
    if (!hasProxyHostId(this.client))
      throw new BackendError("invalid", "proxies are supported with Zabbix 6.0 to 6.4 only");
    return this.client;
  }

  async create(spec: ProxySpec): Promise<Proxy> {
    checkProxySpec(spec);
    try {
      const { proxyids } = await this.api.call<{ proxyids: string[] }>(
        "proxy.create",
        proxyParams(spec),
      );
      return proxyFromSpec(proxyids[0]!, spec);
    } catch (error) {
      throw await this.explain(error, spec);
    }
  }

  async read(id: string): Promise<Proxy | undefined> {
    if (!isId(id)) return undefined;
    return (await this.readMany([id]))[0];
  }

  async findByName(name: string): Promise<Proxy | undefined> {
    return (await this.findManyByName([name]))[0];
  }

  async readMany(ids: readonly string[]): Promise<readonly Proxy[]> {
    const wanted = ids.filter(isId);
    if (wanted.length === 0) return [];
    const rows = await this.api.call<ProxyRow[]>("proxy.get", { ...GET, proxyids: wanted });
    return rows.map(toProxy);
  }

  async findManyByName(names: readonly string[]): Promise<readonly Proxy[]> {
    if (names.length === 0) return [];
    const rows = await this.api.call<ProxyRow[]>("proxy.get", {
      ...GET,
      filter: { host: [...names] },
    });
    return rows.map(toProxy);
  }

  async update(id: string, spec: ProxySpec): Promise<Proxy> {
    checkProxySpec(spec);
    try {
      await this.api.call("proxy.update", { proxyid: id, ...proxyParams(spec) });
    } catch (error) {
      if (isNotFound(error))
        throw new BackendError("invalid", `Zabbix has no proxy with id ${id}`, { field: "id" });
      throw await this.explain(error, spec);
    }
    return proxyFromSpec(id, spec);
  }

  async delete(id: string): Promise<void> {
    return deleteIfPresent(this.api, "proxy.delete", id, (gone) => this.read(gone));
  }

  /** Adds the existing proxy's id to a conflict, and keeps the PSK out of every message. */
  private async explain(error: unknown, spec: ProxySpec): Promise<unknown> {
    if (isConflict(error)) {
      const existing = await this.findByName(spec.name);
      if (existing) {
        return new BackendError(
          "conflict",
          `a proxy named ${JSON.stringify(spec.name)} already exists in Zabbix (id ${existing.id}); import it instead of creating it`,
          { existingId: existing.id, field: "name" },
        );
      }
    }
    if (error instanceof BackendError && spec.psk) {
      const secrets = [spec.psk.key, spec.psk.identity].filter((s) => s.length > 0);
      const message = secrets.reduce((m, s) => m.split(s).join("(sensitive)"), error.message);
      if (message !== error.message) return new BackendError(error.kind, message, error.details);
    }
    return error;
  }
}
