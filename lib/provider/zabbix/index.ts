/** The Zabbix backend driver: {@link connectZabbix}. */
import type { BackendDriver } from "../backend-driver";
import { ZabbixChecks } from "./checks";
import { ZabbixDashboards } from "./dashboards";
import { frontendBase } from "./frontend-url";
import { ZabbixGroups } from "./groups";
import { ZabbixMaintenances } from "./maintenances";
import { ZabbixMaps } from "./maps";
import { ZabbixProxies } from "./proxies";
import { ZabbixClient, type ZabbixClientOptions } from "./json-rpc-client";
import { targetKinds } from "./target-kinds";
import { checkPlannedTarget } from "./target-params";
import { ZabbixTargets } from "./targets";
import { ZabbixTemplates } from "./templates";

export { targetKinds, defaultTemplates, KIND_MAPPINGS } from "./target-kinds";
export type { TargetKind } from "./target-kinds";
export { ZabbixClient, type ZabbixClientOptions } from "./json-rpc-client";
export type { RetryOptions } from "./retry";

/** Connection settings: the provider's `zabbix` block. */
export type ZabbixConfig = ZabbixClientOptions;

/** A {@link BackendDriver} over a Zabbix client; `close()` releases its connections. */
export interface ZabbixDriver extends BackendDriver {
  /** The JSON-RPC client underneath, for calls the contract does not cover. */
  readonly client: ZabbixClient;
  /** Releases the client's keep-alive connections. */
  close(): Promise<void>;
}

/**
 * Connects to a Zabbix 6.0+ API: checks the version and the credentials (a BackendError of kind
 * `auth`, `invalid` or `transient` otherwise) and returns the driver.
 */
export async function connectZabbix(config: ZabbixConfig): Promise<ZabbixDriver> {
  const client = new ZabbixClient(config);
  try {
    await client.connect();
  } catch (error) {
    await client.close();
    throw error;
  }
  const frontend = frontendBase(config.url);
  const templates = new ZabbixTemplates(client);
  return {
    name: "zabbix",
    targetKinds,
    client,
    groups: new ZabbixGroups(client),
    targets: new ZabbixTargets(client, templates, frontend),
    dashboards: new ZabbixDashboards(client, frontend),
    proxies: new ZabbixProxies(client),
    checks: new ZabbixChecks(client),
    maintenances: new ZabbixMaintenances(client),
    maps: new ZabbixMaps(client, frontend),
    templates: { findByName: (name) => templates.findByName(name) },
    checkTarget: checkPlannedTarget,
    close: () => client.close(),
  };
}
