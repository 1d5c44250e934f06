import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import { describe, expect, it } from "vitest";
import { DataMonitoringTemplate } from "../../../lib/backend/generated/data-monitoring-template";
import { MonitoringCheck } from "../../../lib/backend/generated/monitoring-check";
import { MonitoringDashboard } from "../../../lib/backend/generated/monitoring-dashboard";
import { MonitoringMaintenance } from "../../../lib/backend/generated/monitoring-maintenance";
import { MonitoringMap } from "../../../lib/backend/generated/monitoring-map";
import { MonitoringProxy } from "../../../lib/backend/generated/monitoring-proxy";
import { MonitoringGroup } from "../../../lib/backend/generated/monitoring-group";
import { MonitoringTarget } from "../../../lib/backend/generated/monitoring-target";
import { MonitoringTargetSet } from "../../../lib/backend/generated/monitoring-target-set";
import { MonitoringProvider } from "../../../lib/backend/generated/provider";
import {
  DATA_SOURCE_SCHEMAS,
  PROVIDER_SOURCE,
  PROVIDER_VERSION,
  RESOURCE_SCHEMAS,
  type AttributeSchema,
} from "../../../lib/provider/schema";
import { at, synth, type Json } from "../backend/synth-json";
import { requiredProvidersEntry } from "../../../lib/cli/provider-command";

/** A literal of the attribute's type, to set every configurable attribute. */
function sample(a: AttributeSchema): unknown {
  if (a.type === "string") return `v-${a.name}`;
  if (a.type === "number") return 42;
  if (a.type === "bool") return false;
  if (a.type[0] === "map" && Array.isArray(a.type[1])) {
    const attributes = Object.keys(a.type[1][1]);
    return { "k-one": Object.fromEntries(attributes.map((k) => [k, k === "kind" ? "v" : null])) };
  }
  if (a.type[0] === "map") return { "K.ONE": "1" };
  return [`v-${a.name}`];
}

function camel(snake: string): string {
  return snake.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
}

describe("MonitoringProvider", () => {
  it("synthesizes the zabbix block under provider.monitoring with snake_case keys", () => {
    // GIVEN
    const json = synth((stack) => {
      const token = new TerraformVariable(stack, "zabbix_token", {
        type: "string",
        sensitive: true,
      });
      new MonitoringProvider(stack, "monitoring", {
        zabbix: {
          url: "http://127.0.0.1:8080/api_jsonrpc.php",
          apiToken: token.stringValue,
          insecureSkipTlsVerify: true,
        },
      });
    });

    // THEN
    const providers = at(json, "provider", "monitoring") as Json[];
    expect(providers).toHaveLength(1);
    expect(providers[0]).toEqual({
      zabbix: {
        url: "http://127.0.0.1:8080/api_jsonrpc.php",
        api_token: "${var.zabbix_token}",
        insecure_skip_tls_verify: true,
      },
    });
  });

  it("declares required_providers exactly as `provider install` prints them", () => {
    // GIVEN what `cdktf-monitoring provider install` tells users to write
    const printed = requiredProvidersEntry();
    const entry = /monitoring = \{\s*source\s*= "([^"]+)"\s*version\s*= "([^"]+)"/.exec(printed);
    expect(entry, printed).not.toBeNull();

    // WHEN a stack uses the generated provider binding
    const json = synth((stack) => new MonitoringProvider(stack, "monitoring"));

    // THEN the synthesized entry carries the same source and version
    expect(at(json, "terraform", "required_providers", "monitoring")).toEqual({
      source: entry![1],
      version: entry![2],
    });
    expect(entry![1]).toBe(PROVIDER_SOURCE);
    expect(entry![2]).toBe(PROVIDER_VERSION);
  });

  it("supports aliases for several backends in one stack", () => {
    const json = synth((stack) => {
      new MonitoringProvider(stack, "a", { zabbix: { url: "http://127.0.0.1:1/api_jsonrpc.php" } });
      const b = new MonitoringProvider(stack, "b", {
        alias: "dr",
        zabbix: { url: "http://127.0.0.1:2/api_jsonrpc.php" },
      });
      new MonitoringGroup(stack, "g", { name: "payments", provider: b });
    });
    const providers = at(json, "provider", "monitoring") as Json[];
    expect(providers.map((p) => p.alias)).toEqual([undefined, "dr"]);
    expect(at(json, "resource", "monitoring_group", "g", "provider")).toBe("monitoring.dr");
  });
});

describe("MonitoringTarget, MonitoringGroup, MonitoringDashboard", () => {
  it("synthesize snake_case attributes, references between resources and map keys verbatim", () => {
    // GIVEN
    const json = synth((stack) => {
      new MonitoringProvider(stack, "monitoring");
      const group = new MonitoringGroup(stack, "payments", { name: "payments" });
      const target = new MonitoringTarget(stack, "web01", {
        name: "web-01",
        displayName: "Web 01",
        kind: "linux_server",
        address: "192.0.2.10",
        port: 10050,
        groups: [group.id],
        thresholds: { "CPU.UTIL.CRIT": "90", "MEMORY.UTIL.MAX": "85" },
        tags: { Team: "payments" },
        enabled: true,
      });
      new MonitoringDashboard(stack, "board", { name: "Payments", groups: [group.id] });
      new DataMonitoringTemplate(stack, "linux", { name: "Linux by Zabbix agent" });
      target.templates = ["Linux by Zabbix agent"];
    });

    // THEN
    expect(at(json, "resource", "monitoring_group", "payments", "name")).toBe("payments");
    const t = at(json, "resource", "monitoring_target", "web01") as Json;
    expect(t).toMatchObject({
      name: "web-01",
      display_name: "Web 01",
      kind: "linux_server",
      address: "192.0.2.10",
      port: 10050,
      groups: ["${monitoring_group.payments.id}"],
      thresholds: { "CPU.UTIL.CRIT": "90", "MEMORY.UTIL.MAX": "85" },
      tags: { Team: "payments" },
      enabled: true,
      templates: ["Linux by Zabbix agent"],
    });
    expect(at(json, "resource", "monitoring_dashboard", "board")).toMatchObject({
      name: "Payments",
      groups: ["${monitoring_group.payments.id}"],
    });
    expect(at(json, "data", "monitoring_template", "linux", "name")).toBe("Linux by Zabbix agent");
  });

  it("omit unset optional attributes and reset ones", () => {
    const json = synth((stack) => {
      new MonitoringProvider(stack, "monitoring");
      const t = new MonitoringTarget(stack, "t", {
        name: "db-01",
        kind: "postgres",
        address: "db.example.internal",
        groups: ["1"],
        port: 5432,
      });
      t.resetPort();
    });
    const t = at(json, "resource", "monitoring_target", "t") as Json;
    const keys = Object.keys(t).filter((k) => k !== "//");
    expect(keys.sort()).toEqual(["address", "groups", "kind", "name"]);
  });

  it("expose computed attributes as references for other resources", () => {
    const json = synth((stack) => {
      new MonitoringProvider(stack, "monitoring");
      const tpl = new DataMonitoringTemplate(stack, "tpl", { name: "ICMP Ping" });
      const t = new MonitoringTarget(stack, "t", {
        name: "sw-01",
        kind: "network_device",
        address: "192.0.2.1",
        groups: ["1"],
        templates: [tpl.id],
      });
      new MonitoringTarget(stack, "u", {
        name: "sw-02",
        kind: "network_device",
        address: "192.0.2.2",
        groups: t.groups,
        tags: { peer: t.url, port: `${t.port}` },
      });
    });
    expect(at(json, "resource", "monitoring_target", "t", "templates")).toEqual([
      "${data.monitoring_template.tpl.id}",
    ]);
    const u = at(json, "resource", "monitoring_target", "u") as Json;
    expect(u.groups).toBe("${tolist(monitoring_target.t.groups)}");
    expect(u.tags).toEqual({
      peer: "${monitoring_target.t.url}",
      port: "${monitoring_target.t.port}",
    });
  });
});

describe("HCL output", () => {
  it("renders the zabbix block as a block and map keys quoted verbatim", () => {
    // GIVEN
    const app = Testing.app();
    const stack = new TerraformStack(app, "test");
    const token = new TerraformVariable(stack, "zabbix_token", { type: "string", sensitive: true });
    new MonitoringProvider(stack, "monitoring", {
      zabbix: { url: "http://127.0.0.1:8080/api_jsonrpc.php", apiToken: token.stringValue },
    });
    const group = new MonitoringGroup(stack, "payments", { name: "payments" });
    new MonitoringTarget(stack, "web01", {
      name: "web-01",
      kind: "linux_server",
      address: "192.0.2.10",
      groups: [group.id],
      thresholds: { "CPU.UTIL.CRIT": "90" },
      enabled: false,
    });

    // WHEN
    const hcl = String(Testing.synthHcl(stack));

    // THEN
    expect(hcl).toMatch(
      /provider "monitoring" \{\s*zabbix \{\s*url = "http:\/\/127\.0\.0\.1:8080\/api_jsonrpc\.php"\s*api_token = "\$\{var\.zabbix_token\}"\s*\}/,
    );
    expect(hcl).toMatch(/resource "monitoring_target" "web01" \{[^}]*name = "web-01"/);
    expect(hcl).toMatch(/thresholds = \{\s*"CPU\.UTIL\.CRIT" = "90"\s*\}/);
    expect(hcl).toMatch(/enabled = false/);
    expect(hcl).toMatch(/groups = \[\s*"\$\{monitoring_group\.payments\.id\}"\s*\]/);
  });
});

describe("MonitoringTargetSet", () => {
  it("writes each entry as the JSON of its set attributes, in schema order", () => {
    const json = synth((stack) => {
      new MonitoringProvider(stack, "monitoring");
      new MonitoringTargetSet(stack, "web", {
        name: "web",
        targets: {
          "web-01": {
            groups: ["1"],
            kind: "linux_server",
            address: "192.0.2.10",
            port: null,
            thresholds: { "CPU.UTIL.CRIT": "90" },
          },
        },
      });
    });
    const text = at(json, "resource", "monitoring_target_set", "web", "targets", "web-01");
    expect(text).toBe(
      '{"kind":"linux_server","address":"192.0.2.10","groups":["1"],"thresholds":{"CPU.UTIL.CRIT":"90"}}',
    );
  });

  it("encodes an entry that refers to another resource with jsonencode(), and passes text through", () => {
    const json = synth((stack) => {
      new MonitoringProvider(stack, "monitoring");
      const group = new MonitoringGroup(stack, "ops", { name: "ops" });
      new MonitoringTargetSet(stack, "web", {
        name: "web",
        targets: {
          "web-01": { kind: "linux_server", address: "192.0.2.10", groups: [group.id] },
          "web-02": '{"kind":"linux_server","address":"192.0.2.11","groups":["7"]}',
        },
      });
    });
    const targets = at(json, "resource", "monitoring_target_set", "web", "targets") as Record<
      string,
      string
    >;
    expect(targets["web-01"]).toMatch(/^\$\{jsonencode\(\{.*\}\)\}$/s);
    expect(targets["web-01"]).toContain("monitoring_group.ops.id");
    expect(targets["web-01"]).toContain('"address" = "192.0.2.10"');
    expect(targets["web-02"]).toBe('{"kind":"linux_server","address":"192.0.2.11","groups":["7"]}');
  });
});

describe("every attribute of the provider schema", () => {
  const objects = [
    ...Object.values(RESOURCE_SCHEMAS).map((o) => ({ kind: "resource" as const, o })),
    ...Object.values(DATA_SOURCE_SCHEMAS).map((o) => ({ kind: "data" as const, o })),
  ];
  const classes: Record<string, new (s: TerraformStack, id: string, c: Json) => object> = {
    monitoring_group: MonitoringGroup as never,
    monitoring_target: MonitoringTarget as never,
    monitoring_target_set: MonitoringTargetSet as never,
    monitoring_dashboard: MonitoringDashboard as never,
    monitoring_proxy: MonitoringProxy as never,
    monitoring_check: MonitoringCheck as never,
    monitoring_maintenance: MonitoringMaintenance as never,
    monitoring_map: MonitoringMap as never,
    monitoring_template: DataMonitoringTemplate as never,
  };

  it.each(objects)(
    "of $o.typeName is bound: configurable ones synthesize, computed ones read",
    ({ kind, o }) => {
      // GIVEN every configurable attribute set from its camelCase property
      const Cls = classes[o.typeName];
      expect(Cls, `no binding class for ${o.typeName}`).toBeDefined();
      const configurable = o.block.attributes.filter((a) => a.required || a.optional);
      let instance: object = {};
      const json = synth((stack) => {
        new MonitoringProvider(stack, "monitoring");
        instance = new Cls(
          stack,
          "x",
          Object.fromEntries(configurable.map((a) => [camel(a.name), sample(a)])),
        );
      });

      // THEN each appears under its snake_case name with the given value, and nothing else does
      const block = at(json, kind === "data" ? "data" : "resource", o.typeName, "x") as Json;
      const emitted = Object.fromEntries(Object.entries(block).filter(([k]) => k !== "//"));
      expect(emitted).toEqual(Object.fromEntries(configurable.map((a) => [a.name, sample(a)])));

      // AND every attribute, computed or not, has a getter that references it
      for (const a of o.block.attributes) {
        const value = (instance as Record<string, unknown>)[camel(a.name)];
        expect(value, `${o.typeName}.${a.name}`).toBeDefined();
      }
    },
  );
});
