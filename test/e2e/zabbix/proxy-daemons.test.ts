/**
 * A real `zabbix_proxy` serves the targets assigned to it: Terraform registers an active proxy
 * with a PSK and two targets, one assigned to the proxy; the test starts `zabbix_server` over
 * the same database and `zabbix_proxy` (SQLite, the same PSK), both on 127.0.0.1, and shows
 * through the Zabbix API that the proxy connected, and in the proxy's own database that it
 * received the configuration of its target and not of the other.
 *
 * Nothing polls anything: the targets are disabled (a disabled host is still part of its proxy's
 * configuration, so the sync is observable), and the "Zabbix server" host that the packaged data
 * holds is disabled before the server starts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TerraformWorkdir } from "../../support/terraform";
import {
  disablePackagedServerHost,
  startZabbixProxy,
  startZabbixServer,
  sqliteRows,
  type ZabbixDaemon,
} from "../../support/zabbix-daemons";
import { ProviderFixture } from "../provider/provider-fixture";

const PROXY = "site-berlin";
const PSK_IDENTITY = "site-berlin-psk";
const PSK = "5e1f9c0a7b3d2e4f6a8c0b1d3e5f7a9c1b2d4e6f8a0c2e4f6b8d0a1c3e5f7b9d";
const CONNECT_WITHIN_MS = 60_000;

async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined> | T | undefined,
  within: number,
  logs: () => string,
): Promise<T> {
  const deadline = Date.now() + within;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline)
      throw new Error(`${what} did not happen within ${within / 1000} s. Logs:\n${logs()}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe("a real zabbix_proxy serving the targets assigned to it", () => {
  let fx: ProviderFixture;
  let wd: TerraformWorkdir;
  let server: ZabbixDaemon | undefined;
  let proxy: (ZabbixDaemon & { readonly database: string }) | undefined;

  beforeAll(async () => {
    fx = await ProviderFixture.start();
    wd = fx.workdir({ TF_VAR_berlin_psk: PSK });
  });
  afterAll(async () => {
    await proxy?.stop();
    await server?.stop();
    wd?.remove();
    await fx?.stop();
  });

  it("connects with its PSK and receives the configuration of its targets only", async () => {
    const logs = () =>
      `--- zabbix_server ---\n${server?.log().slice(-3000) ?? ""}\n--- zabbix_proxy ---\n${proxy?.log().slice(-3000) ?? ""}`;
    const target = (name: string, address: string, extra: Record<string, unknown> = {}) => ({
      name,
      kind: "linux_server",
      address,
      templates: ["ICMP Ping"],
      groups: ["${monitoring_group.berlin.id}"],
      enabled: false,
      ...extra,
    });
    wd.writeJson(
      fx.config(
        {
          monitoring_group: { berlin: { name: "e2e-berlin" } },
          monitoring_proxy: {
            berlin: {
              name: PROXY,
              mode: "active",
              proxy_address: "127.0.0.1",
              tls_accept: ["psk"],
              tls_psk_identity: PSK_IDENTITY,
              tls_psk: "${var.berlin_psk}",
            },
          },
          monitoring_target: {
            edge: target("berlin-edge-01", "192.0.2.41", {
              proxy: "${monitoring_proxy.berlin.id}",
            }),
            hq: target("hq-core-01", "192.0.2.42"),
          },
        },
        { variable: { berlin_psk: { type: "string", sensitive: true } } },
      ),
    );
    await wd.init();
    await wd.apply();

    const [registered] = await fx.api.call<Array<{ proxyid: string; lastaccess: string }>>(
      "proxy.get",
      { output: ["proxyid", "lastaccess"], filter: { host: [PROXY] } },
    );
    expect(registered?.lastaccess).toBe("0");
    const hosts = await fx.api.call<Array<{ host: string; proxy_hostid: string }>>("host.get", {
      output: ["host", "proxy_hostid"],
      filter: { host: ["berlin-edge-01", "hq-core-01"] },
    });
    expect(Object.fromEntries(hosts.map((h) => [h.host, h.proxy_hostid]))).toEqual({
      "berlin-edge-01": registered!.proxyid,
      "hq-core-01": "0",
    });

    await disablePackagedServerHost(fx.api);

    server = await startZabbixServer(fx.zabbix);
    proxy = await startZabbixProxy({
      name: PROXY,
      serverPort: server.port,
      psk: { identity: PSK_IDENTITY, key: PSK },
    });

    const lastaccess = await eventually(
      "the proxy's first connection (proxy.get lastaccess > 0)",
      async () => {
        const [row] = await fx.api.call<Array<{ lastaccess: string }>>("proxy.get", {
          output: ["lastaccess"],
          proxyids: [registered!.proxyid],
        });
        return Number(row?.lastaccess) > 0 ? Number(row!.lastaccess) : undefined;
      },
      CONNECT_WITHIN_MS,
      logs,
    );
    expect(lastaccess).toBeGreaterThan(Date.now() / 1000 - 120);

    // The proxy keeps the configuration the server sent it in its own database.
    const served = await eventually(
      "the proxy's configuration sync of berlin-edge-01",
      () => {
        const rows = sqliteRows(proxy!.database, "SELECT host FROM hosts WHERE status IN (0, 1)");
        return rows.includes("berlin-edge-01") ? rows : undefined;
      },
      CONNECT_WITHIN_MS,
      logs,
    );
    expect(served).not.toContain("hq-core-01");
  });
});
