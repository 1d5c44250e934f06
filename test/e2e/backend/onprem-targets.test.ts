/**
 * The on-premises declarations of lib/backend, synthesized by cdktf and applied by the real
 * terraform with our provider against a real Zabbix 6.0: what lands in Zabbix is what was declared.
 */
import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MysqlDatabase, PostgresDatabase } from "../../../lib/backend/database";
import { MonitoringProvider } from "../../../lib/backend/generated/provider";
import { NetworkDevice } from "../../../lib/backend/network-device";
import { LinuxServer, WindowsServer } from "../../../lib/backend/server";
import { WebEndpoint } from "../../../lib/backend/web-endpoint";
import type { TerraformWorkdir } from "../../support/terraform";
import { ProviderFixture, planExitCode, type HostRow } from "../provider/provider-fixture";

let fixture: ProviderFixture;
let wd: TerraformWorkdir;

/** The estate, with the web server's CPU threshold as given. */
function estate(zabbixUrl: string, cpuCritical: number): unknown {
  const stack = new TerraformStack(Testing.app(), "backend");
  new MonitoringProvider(stack, "monitoring", { zabbix: { url: zabbixUrl } });
  const secret = (id: string) =>
    new TerraformVariable(stack, id, { type: "string", sensitive: true });
  new LinuxServer(stack, "web-01", {
    address: "192.0.2.10",
    group: "payments",
    thresholds: { cpuUtilizationCritical: cpuCritical, loadAveragePerCpuWarning: 2.5 },
  });
  new WindowsServer(stack, "ad-01", { address: "192.0.2.11", group: ["identity", "payments/web"] });
  new NetworkDevice(stack, "core-sw-01", {
    address: "192.0.2.2",
    group: "network",
    snmp: { version: "2c", community: secret("snmp_community") },
  });
  new PostgresDatabase(stack, "orders-db", {
    address: "192.0.2.30",
    group: "payments",
    databasePort: 5433,
    password: secret("pg_password"),
  });
  new MysqlDatabase(stack, "legacy-db", {
    address: "192.0.2.31",
    group: "payments",
    thresholds: { replicationLagSecondsWarning: 600 },
  });
  new WebEndpoint(stack, "shop", { url: "https://shop.example.com/health", group: "payments" });
  new WebEndpoint(stack, "status", { url: "http://192.0.2.50:8080/status", group: "payments" });
  return JSON.parse(Testing.synth(stack));
}

async function host(name: string): Promise<HostRow> {
  const row = await fixture.host(name);
  if (!row) throw new Error(`host ${name} is not in Zabbix`);
  return row;
}

/** Macro name to value; Zabbix never returns the value of a secret macro, shown as `<secret>`. */
function macros(row: HostRow): Record<string, string> {
  return Object.fromEntries(row.macros.map((m) => [m.macro, m.value ?? "<secret>"]));
}

async function groupNames(row: HostRow): Promise<string[]> {
  const groups = await fixture.api.call<{ name: string }[]>("hostgroup.get", {
    groupids: row.groups.map((g) => g.groupid),
    output: ["name"],
  });
  return groups.map((g) => g.name).sort();
}

beforeAll(async () => {
  fixture = await ProviderFixture.start();
  wd = fixture.workdir({
    TF_VAR_snmp_community: "community-e2e",
    TF_VAR_pg_password: "pg-e2e-password",
  });
  wd.writeJson(estate(fixture.zabbix.url, 85));
  await wd.init();
});

afterAll(async () => {
  wd?.remove();
  await fixture?.stop();
});

describe("on-premises declarations applied to a real Zabbix", () => {
  it("register each target with its kind's templates, address, port, groups and macros", async () => {
    // WHEN
    await wd.apply();

    // THEN
    const web = await host("web-01");
    expect(web.parentTemplates.map((t) => t.name)).toEqual(["Linux by Zabbix agent"]);
    expect(web.interfaces[0]).toMatchObject({ ip: "192.0.2.10", port: "10050" });
    expect(await groupNames(web)).toEqual(["payments"]);
    expect(macros(web)).toEqual({
      "{$CPU.UTIL.CRIT}": "85",
      "{$LOAD_AVG_PER_CPU.MAX.WARN}": "2.5",
    });

    const ad = await host("ad-01");
    expect(ad.parentTemplates.map((t) => t.name)).toEqual(["Windows by Zabbix agent"]);
    expect(await groupNames(ad)).toEqual(["identity", "payments/web"]);

    const sw = await host("core-sw-01");
    expect(sw.parentTemplates.map((t) => t.name)).toEqual(["Generic by SNMP"]);
    expect(sw.interfaces[0]).toMatchObject({ ip: "192.0.2.2", port: "161" });
    // The community is stored as a secret macro: present, but its value cannot be read back.
    expect(macros(sw)).toEqual({ "{$SNMP_COMMUNITY}": "<secret>" });

    const pg = await host("orders-db");
    expect(pg.parentTemplates.map((t) => t.name)).toEqual(["PostgreSQL by Zabbix agent 2"]);
    expect(macros(pg)).toEqual({
      "{$PG.URI}": "tcp://localhost:5433",
      "{$PG.PASSWORD}": "<secret>",
    });

    const my = await host("legacy-db");
    expect(my.parentTemplates.map((t) => t.name)).toEqual(["MySQL by Zabbix agent"]);
    expect(macros(my)).toEqual({ "{$MYSQL.REPL_LAG.MAX.WARN}": "600s" });

    const shop = await host("shop");
    expect(shop.parentTemplates.map((t) => t.name).sort()).toEqual(["HTTPS Service", "ICMP Ping"]);
    expect(shop.interfaces[0]).toMatchObject({ dns: "shop.example.com", port: "443", useip: "0" });
    expect(macros(shop)).toMatchObject({ "{$WEB.URL}": "https://shop.example.com/health" });

    const status = await host("status");
    expect(status.parentTemplates.map((t) => t.name).sort()).toEqual(["HTTP Service", "ICMP Ping"]);
    expect(status.interfaces[0]).toMatchObject({ ip: "192.0.2.50", port: "8080" });

    // One Zabbix host group per declared group name
    expect(
      await fixture.groupIds(["payments", "payments/web", "identity", "network"]),
    ).toHaveLength(4);
  });

  it("plan no changes when nothing changed, and one in-place update when a threshold moves", async () => {
    expect((await planExitCode(wd)).code).toBe(0);

    // WHEN the web server's CPU threshold moves from 85 to 80
    wd.writeJson(estate(fixture.zabbix.url, 80));
    const plan = await planExitCode(wd);

    // THEN exactly one target is updated in place
    expect(plan.code).toBe(2);
    expect(plan.output).toMatch(/Plan: 0 to add, 1 to change, 0 to destroy\./);
    expect(plan.output).toMatch(/"CPU\.UTIL\.CRIT"\s+= "85" -> "80"/);
    await wd.apply();
    expect(macros(await host("web-01"))["{$CPU.UTIL.CRIT}"]).toBe("80");
  });

  it("destroy removes every target and group it registered", async () => {
    await wd.destroy();
    const names = ["web-01", "ad-01", "core-sw-01", "orders-db", "legacy-db", "shop", "status"];
    expect(await fixture.hosts(names)).toEqual([]);
    expect(await fixture.groupIds(["payments", "payments/web", "identity", "network"])).toEqual([]);
  });
});
