import { TerraformVariable, type TerraformStack } from "cdktf";
import { describe, expect, it } from "vitest";
import { MonitoringProvider } from "../../../lib/backend/generated/provider";
import { MonitoringSite } from "../../../lib/backend/monitoring-site";
import { LinuxServer } from "../../../lib/backend/server";
import { byName, resources, synth } from "./synth-json";

/** The Terraform reference to the id of the monitoring_proxy named `name`. */
function proxyRef(json: Record<string, unknown>, name: string): string {
  const entry = Object.entries(resources(json, "monitoring_proxy")).find(
    ([, p]) => p.name === name,
  );
  if (!entry) throw new Error(`no monitoring_proxy named ${name}`);
  return `\${monitoring_proxy.${entry[0]}.id}`;
}

function pskKey(stack: TerraformStack): TerraformVariable {
  return new TerraformVariable(stack, "berlin_psk", { type: "string", sensitive: true });
}

describe("MonitoringSite", () => {
  it("registers an active proxy with PSK and assigns the targets of its groups, declared before or after it", () => {
    const json = synth((stack) => {
      new MonitoringProvider(stack, "monitoring");
      new LinuxServer(stack, "web-01", { address: "192.0.2.10", group: "berlin" });
      new MonitoringSite(stack, "berlin", {
        proxy: {
          mode: "active",
          allowedAddresses: ["192.0.2.5", "proxy.berlin.example"],
          psk: { identity: "berlin", key: pskKey(stack) },
        },
        groups: ["berlin"],
      });
      new LinuxServer(stack, "web-02", { address: "192.0.2.11", group: ["payments", "berlin"] });
      new LinuxServer(stack, "hq-01", { address: "192.0.2.20", group: "payments" });
    });

    expect(byName(json, "monitoring_proxy", "berlin")).toEqual({
      name: "berlin",
      mode: "active",
      proxy_address: "192.0.2.5,proxy.berlin.example",
      tls_accept: ["psk"],
      tls_psk_identity: "berlin",
      tls_psk: "${var.berlin_psk}",
    });
    const ref = proxyRef(json, "berlin");
    expect(byName(json, "monitoring_target", "web-01").proxy).toBe(ref);
    expect(byName(json, "monitoring_target", "web-02").proxy).toBe(ref);
    expect(byName(json, "monitoring_target", "hq-01")).not.toHaveProperty("proxy");
  });

  it("lets a target choose its site over its group's, and registers a passive proxy", () => {
    const json = synth((stack) => {
      new MonitoringProvider(stack, "monitoring");
      new MonitoringSite(stack, "berlin", { proxy: { mode: "active" }, groups: ["network"] });
      const dc2 = new MonitoringSite(stack, "dc2", {
        name: "proxy-dc2",
        proxy: { mode: "passive", address: "192.0.2.6", port: 10055 },
        description: "second data centre",
      });
      new LinuxServer(stack, "core-sw-01", {
        address: "192.0.2.2",
        group: "network",
        site: dc2,
      });
      new LinuxServer(stack, "core-sw-02", { address: "192.0.2.3", group: "network" });
    });

    expect(byName(json, "monitoring_proxy", "proxy-dc2")).toEqual({
      name: "proxy-dc2",
      mode: "passive",
      address: "192.0.2.6",
      port: 10055,
      description: "second data centre",
    });
    expect(byName(json, "monitoring_proxy", "berlin")).toEqual({ name: "berlin", mode: "active" });
    expect(byName(json, "monitoring_target", "core-sw-01").proxy).toBe(proxyRef(json, "proxy-dc2"));
    expect(byName(json, "monitoring_target", "core-sw-02").proxy).toBe(proxyRef(json, "berlin"));
  });

  it("uses tls_connect for a passive proxy's PSK", () => {
    const json = synth((stack) => {
      new MonitoringProvider(stack, "monitoring");
      new MonitoringSite(stack, "dc2", {
        proxy: {
          mode: "passive",
          address: "192.0.2.6",
          psk: { identity: "dc2", key: pskKey(stack) },
        },
      });
    });
    expect(byName(json, "monitoring_proxy", "dc2")).toMatchObject({
      tls_connect: "psk",
      tls_psk_identity: "dc2",
    });
    expect(byName(json, "monitoring_proxy", "dc2")).not.toHaveProperty("tls_accept");
  });

  it.each([
    [
      "a passive proxy without address",
      { proxy: { mode: "passive" } },
      "proxy.address: required: the address of the passive proxy",
    ],
    [
      "an unknown mode",
      { proxy: { mode: "relay" } },
      'proxy.mode: not allowed; allowed: "active", "passive"',
    ],
    [
      "a literal PSK key",
      {
        proxy: { mode: "active", psk: { identity: "x", key: "0123456789abcdef0123456789abcdef" } },
      },
      "proxy.psk.key: must be a TerraformVariable declared with sensitive: true",
    ],
    [
      "an address option on an active proxy",
      { proxy: { mode: "active", address: "192.0.2.1" } },
      "proxy.address: unknown option (misspelt?)",
    ],
    ["a bad group name", { proxy: { mode: "active" }, groups: ["/x"] }, "groups[0]:"],
  ])("refuses %s at synth, naming the option", (_what, props, message) => {
    expect(() =>
      synth((stack) => {
        new MonitoringProvider(stack, "monitoring");
        new MonitoringSite(stack, "site", props as never);
      }),
    ).toThrow(message);
  });

  it("refuses a group claimed by two sites, and a target whose groups have different sites", () => {
    expect(() =>
      synth((stack) => {
        new MonitoringProvider(stack, "monitoring");
        new MonitoringSite(stack, "a", { proxy: { mode: "active" }, groups: ["g"] });
        new MonitoringSite(stack, "b", { proxy: { mode: "active" }, groups: ["g"] });
      }),
    ).toThrow(
      /test\/b in MonitoringSite:\n {2}- groups\[0\]: group "g" is already monitored by the site declared at test\/a/,
    );

    expect(() =>
      synth((stack) => {
        new MonitoringProvider(stack, "monitoring");
        new LinuxServer(stack, "web-01", { address: "192.0.2.10", group: ["g1", "g2"] });
        new MonitoringSite(stack, "a", { proxy: { mode: "active" }, groups: ["g1"] });
        new MonitoringSite(stack, "b", { proxy: { mode: "active" }, groups: ["g2"] });
      }),
    ).toThrow(
      /test\/web-01 in LinuxServer:\n {2}- site: its groups \("g1", "g2"\) are monitored by different sites, test\/a and test\/b; set `site`/,
    );
  });

  it("refuses a site registered with another provider configuration than the target", () => {
    expect(() =>
      synth((stack) => {
        new MonitoringProvider(stack, "monitoring");
        const other = new MonitoringProvider(stack, "other", { alias: "other" });
        const site = new MonitoringSite(stack, "a", { proxy: { mode: "active" }, provider: other });
        new LinuxServer(stack, "web-01", { address: "192.0.2.10", group: "g", site });
      }),
    ).toThrow("site: the site test/a registers its proxy with another `provider` than this target");
  });
});
