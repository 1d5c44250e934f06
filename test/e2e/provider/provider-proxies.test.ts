/**
 * `monitoring_proxy` through the real `terraform` against a real Zabbix: an active proxy with a
 * PSK and a passive one, targets assigned to them, update in place, drift, import, plan-time
 * errors naming the attribute, and destroy. The PSK never shows in plan output or trace logs.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TerraformWorkdir } from "../../support/terraform";
import { expectFailure, planExitCode, useProviderFixture } from "./provider-fixture";

const fixture = useProviderFixture();

const PSK = "9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0";

interface ProxyRow {
  readonly proxyid: string;
  readonly host: string;
  readonly status: string;
  readonly description: string;
  readonly proxy_address: string;
  readonly tls_connect: string;
  readonly tls_accept: string;
  readonly interface: { ip: string; dns: string; useip: string; port: string } | [];
}

const GROUP = "${monitoring_group.sites.id}";

function target(name: string, address: string, proxy?: string): Record<string, unknown> {
  return {
    name,
    kind: "linux_server",
    address,
    templates: ["ICMP Ping"],
    groups: [GROUP],
    enabled: false,
    ...(proxy ? { proxy: `\${monitoring_proxy.${proxy}.id}` } : {}),
  };
}

const ACTIVE = {
  name: "e2e-site-active",
  mode: "active",
  proxy_address: "192.0.2.5",
  tls_accept: ["psk"],
  tls_psk_identity: "e2e-site-active",
  tls_psk: "${var.psk}",
};
const PASSIVE = { name: "e2e-site-passive", mode: "passive", address: "192.0.2.7", port: 10052 };

describe("monitoring_proxy against Zabbix", () => {
  let wd: TerraformWorkdir;
  const write = (
    proxies: Record<string, unknown>,
    targets: Record<string, unknown>,
    extra: Record<string, unknown> = {},
  ) =>
    wd.writeJson(
      fixture().config(
        {
          monitoring_group: { sites: { name: "e2e-sites" } },
          ...(Object.keys(proxies).length > 0 ? { monitoring_proxy: proxies } : {}),
          ...(Object.keys(targets).length > 0 ? { monitoring_target: targets } : {}),
        },
        { variable: { psk: { type: "string", sensitive: true } }, ...extra },
      ),
    );
  const proxies = (names: readonly string[]) =>
    fixture().api.call<ProxyRow[]>("proxy.get", {
      output: [
        "proxyid",
        "host",
        "status",
        "description",
        "proxy_address",
        "tls_connect",
        "tls_accept",
      ],
      selectInterface: ["ip", "dns", "useip", "port"],
      filter: { host: names },
    });
  const proxyOf = async (host: string) =>
    (
      await fixture().api.call<Array<{ proxy_hostid: string }>>("host.get", {
        output: ["proxy_hostid"],
        filter: { host: [host] },
      })
    )[0]?.proxy_hostid;

  beforeAll(() => {
    wd = fixture().workdir({ TF_VAR_psk: PSK });
  });
  afterAll(() => wd?.remove());

  it("creates an active proxy with a PSK and a passive one, and assigns a target to each", async () => {
    write(
      { active: ACTIVE, passive: PASSIVE },
      {
        a: target("e2e-edge-a", "192.0.2.51", "active"),
        p: target("e2e-edge-p", "192.0.2.52", "passive"),
      },
    );
    await wd.init();
    const plan = await wd.plan();
    expect(plan.stdout).toContain("Plan: 5 to add, 0 to change, 0 to destroy.");
    expect(plan.stdout).toMatch(/tls_psk\s+= \(sensitive value\)/);
    expect(plan.stdout).not.toContain(PSK);

    const traced = fixture().workdir({ TF_VAR_psk: PSK, TF_LOG: "trace" });
    try {
      traced.copyFrom(wd.dir);
      await traced.init();
      const tracedPlan = await traced.plan();
      expect(tracedPlan.stderr).toContain("provider.terraform-provider-monitoring");
      expect(tracedPlan.stdout + tracedPlan.stderr).not.toContain(PSK);
    } finally {
      traced.remove();
    }

    const apply = await wd.apply();
    expect(apply.stdout).toContain("Apply complete! Resources: 5 added");
    expect(apply.stdout).not.toContain(PSK);
    const rows = await proxies([ACTIVE.name, PASSIVE.name]);
    const active = rows.find((r) => r.host === ACTIVE.name)!;
    const passive = rows.find((r) => r.host === PASSIVE.name)!;
    expect(active).toMatchObject({
      status: "5",
      proxy_address: "192.0.2.5",
      tls_accept: "2",
      interface: [],
    });
    expect(passive).toMatchObject({
      status: "6",
      tls_connect: "1",
      interface: { ip: "192.0.2.7", useip: "1", port: "10052" },
    });
    expect(await proxyOf("e2e-edge-a")).toBe(active.proxyid);
    expect(await proxyOf("e2e-edge-p")).toBe(passive.proxyid);
    expect((await planExitCode(wd)).code).toBe(0);
  });

  it("updates a proxy and a target's assignment in place", async () => {
    const [before] = await proxies([PASSIVE.name]);
    write(
      {
        active: ACTIVE,
        passive: { ...PASSIVE, address: "proxy-p.example.com", port: 10053, description: "dc2" },
      },
      { a: target("e2e-edge-a", "192.0.2.51", "passive"), p: target("e2e-edge-p", "192.0.2.52") },
    );
    const plan = await wd.plan();
    expect(plan.stdout).toContain("Plan: 0 to add, 3 to change, 0 to destroy.");
    await wd.apply();
    const [after] = await proxies([PASSIVE.name]);
    expect(after!.proxyid).toBe(before!.proxyid);
    expect(after).toMatchObject({
      description: "dc2",
      interface: { dns: "proxy-p.example.com", useip: "0", port: "10053" },
    });
    expect(await proxyOf("e2e-edge-a")).toBe(after!.proxyid);
    expect(await proxyOf("e2e-edge-p")).toBe("0");
    expect((await planExitCode(wd)).code).toBe(0);
  });

  it("shows out-of-band changes of a proxy and of a target's proxy as drift, and converges", async () => {
    const [passive] = await proxies([PASSIVE.name]);
    const [active] = await proxies([ACTIVE.name]);
    await fixture().api.call("proxy.update", {
      proxyid: passive!.proxyid,
      interface: { ip: "192.0.2.99", dns: "", useip: 1, port: "10099" },
    });
    const [edge] = await fixture().api.call<Array<{ hostid: string }>>("host.get", {
      output: ["hostid"],
      filter: { host: ["e2e-edge-a"] },
    });
    await fixture().api.call("host.update", {
      hostid: edge!.hostid,
      proxy_hostid: active!.proxyid,
    });

    const drift = await planExitCode(wd);
    expect(drift.code).toBe(2);
    expect(drift.output).toMatch(/~ address\s+= "192\.0\.2\.99" -> "proxy-p\.example\.com"/);
    expect(drift.output).toMatch(/~ port\s+= 10099 -> 10053/);
    expect(drift.output).toMatch(/~ proxy\s+= "\d+" -> "\d+"/);
    await wd.apply();
    expect(await proxyOf("e2e-edge-a")).toBe(passive!.proxyid);
    expect((await planExitCode(wd)).code).toBe(0);
  });

  it("imports a proxy by name, then sets the PSK the backend never returns", async () => {
    await wd.run(["state", "rm", "monitoring_proxy.active"]);
    write(
      {
        active: ACTIVE,
        passive: { ...PASSIVE, address: "proxy-p.example.com", port: 10053, description: "dc2" },
      },
      { a: target("e2e-edge-a", "192.0.2.51", "passive"), p: target("e2e-edge-p", "192.0.2.52") },
      { import: [{ to: "monitoring_proxy.active", id: `name:${ACTIVE.name}` }] },
    );
    const plan = await wd.plan();
    // The key is not read back: the imported proxy is updated once to set it.
    expect(plan.stdout).toContain("Plan: 1 to import, 0 to add, 1 to change, 0 to destroy.");
    expect(plan.stdout).not.toContain(PSK);
    await wd.apply();
    expect((await planExitCode(wd)).code).toBe(0);
  });

  it("refuses bad input at plan time, naming the attribute", async () => {
    const bad = fixture().workdir({ TF_VAR_psk: PSK });
    try {
      const plan = async (proxies: Record<string, unknown>) => {
        bad.writeJson(
          fixture().config(
            { monitoring_proxy: proxies },
            { variable: { psk: { type: "string", sensitive: true } } },
          ),
        );
        await bad.init();
        return expectFailure(bad.plan());
      };
      const output = await plan({
        nowhere: { name: "e2e-bad-1", mode: "passive" },
        half: { name: "e2e-bad-2", mode: "active", tls_accept: ["psk"], tls_psk_identity: "x" },
      });
      expect(output).toContain("Error: Missing address");
      expect(output).toContain("with monitoring_proxy.nowhere, on main.tf.json");
      expect(output).toContain("Error: Missing tls_psk");
      expect(output).toContain("with monitoring_proxy.half");

      // A PSK from a variable is checked once known, at plan, without repeating it.
      const short = await plan({
        short: {
          name: "e2e-bad-3",
          mode: "active",
          tls_accept: ["psk"],
          tls_psk_identity: "x",
          tls_psk: "${var.psk}abc",
        },
      });
      expect(short).toMatch(/Error: Invalid tls_psk .*with monitoring_proxy\.short/);
      expect(short).toContain("The (sensitive) value is not valid for tls_psk");
      expect(short).not.toContain(PSK);
      expect(await proxies(["e2e-bad-1", "e2e-bad-2", "e2e-bad-3"])).toEqual([]);
    } finally {
      bad.remove();
    }
  });

  it("deletes the proxies after the targets that use them", async () => {
    await wd.destroy();
    expect(await proxies([ACTIVE.name, PASSIVE.name])).toEqual([]);
  });
});
