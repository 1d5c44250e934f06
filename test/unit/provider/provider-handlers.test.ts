import { describe, expect, it } from "vitest";
import { Log } from "../../../lib/provider/log";
import { createProviderHandlers } from "../../../lib/provider/monitoring-provider";
import { resolveProviderConfig } from "../../../lib/provider/provider-config";
import {
  decodeDynamicValue,
  encodeDynamicValue,
} from "../../../lib/provider/protocol/dynamic-value";
import { memoryDriver } from "./memory-driver";

function handlers(lines: string[] = []) {
  const backend = memoryDriver();
  const log = new Log("trace", (line) => lines.push(line));
  return {
    backend,
    h: createProviderHandlers({ log, connect: async () => backend.driver, env: {} }),
  };
}

const zabbix = (block: Record<string, unknown>) =>
  encodeDynamicValue({
    zabbix: {
      url: null,
      api_token: null,
      username: null,
      password: null,
      insecure_skip_tls_verify: null,
      ...block,
    },
  });

describe("provider configuration", () => {
  it("falls back to the ZABBIX_* environment variables", () => {
    const resolved = resolveProviderConfig(null, {
      ZABBIX_URL: "http://127.0.0.1:1/api_jsonrpc.php",
      ZABBIX_API_TOKEN: "t",
      ZABBIX_INSECURE_SKIP_TLS_VERIFY: "true",
    });
    expect(resolved.connection).toEqual({
      url: "http://127.0.0.1:1/api_jsonrpc.php",
      apiToken: "t",
      insecureSkipTlsVerify: true,
    });
  });

  it("names the attribute and the variable when the URL or the credentials are missing", () => {
    const { diagnostics } = resolveProviderConfig(null, {});
    expect(diagnostics.map((d) => d.path)).toEqual([["zabbix", "url"], ["zabbix"]]);
    expect(diagnostics[0]!.detail).toContain("ZABBIX_URL");
  });

  it("marks the credentials sensitive in the schema and never logs them", async () => {
    const lines: string[] = [];
    const { h } = handlers(lines);
    const schema = (await h.GetProviderSchema!({})) as {
      provider: {
        block: { block_types: { block: { attributes: { name: string; sensitive: boolean }[] } }[] };
      };
    };
    const attributes = schema.provider.block.block_types[0]!.block.attributes;
    expect(attributes.filter((a) => a.sensitive).map((a) => a.name)).toEqual([
      "api_token",
      "password",
    ]);
    const configured = await h.ConfigureProvider!({
      config: zabbix({
        url: "http://127.0.0.1:1/api_jsonrpc.php",
        username: "u",
        password: "pa55-secret",
      }),
    });
    expect(configured.diagnostics).toEqual([]);
    expect(lines.join("")).toContain("configured");
    expect(lines.join("")).not.toContain("pa55-secret");
  });
});

describe("tfplugin6 handlers", () => {
  it("upgrades a JSON state to msgpack with every attribute of the schema", async () => {
    const { h } = handlers();
    const response = await h.UpgradeResourceState!({
      type_name: "monitoring_group",
      version: 0,
      raw_state: { json: Buffer.from('{"id":"7","name":"ops","gone":1}') },
    });
    expect(decodeDynamicValue(response.upgraded_state as { msgpack: Uint8Array })).toEqual({
      id: "7",
      name: "ops",
    });
  });

  it("answers a destroy (null planned state, no plan_destroy capability) with null and deletes", async () => {
    const { h, backend } = handlers();
    await h.ConfigureProvider!({
      config: zabbix({ url: "http://127.0.0.1:1/api_jsonrpc.php", api_token: "t" }),
    });
    const group = await backend.groups.create({ name: "ops" });
    const response = await h.ApplyResourceChange!({
      type_name: "monitoring_group",
      prior_state: encodeDynamicValue({ id: group.id, name: "ops" }),
      planned_state: null,
      config: null,
    });
    expect(decodeDynamicValue(response.new_state as { msgpack: Uint8Array })).toBeNull();
    expect(response.diagnostics).toEqual([]);
    expect(backend.groups.objects.size).toBe(0);
  });

  it("hands an unchanged refresh back as the very state Terraform sent, re-encodes a changed one, and keeps it when the backend fails", async () => {
    const { h, backend } = handlers();
    await h.ConfigureProvider!({
      config: zabbix({ url: "http://127.0.0.1:1/api_jsonrpc.php", api_token: "t" }),
    });
    const group = await backend.groups.create({ name: "ops" });
    const current = encodeDynamicValue({ id: group.id, name: "ops" });
    const read = () => h.ReadResource!({ type_name: "monitoring_group", current_state: current });

    expect((await read()).new_state).toBe(current);

    await backend.groups.update(group.id, { name: "ops-renamed" });
    const changed = await read();
    expect(changed.new_state).not.toBe(current);
    expect(decodeDynamicValue(changed.new_state as { msgpack: Uint8Array })).toEqual({
      id: group.id,
      name: "ops-renamed",
    });

    backend.groups.read = () => Promise.reject(new Error("connection reset"));
    const failed = await read();
    expect(failed.new_state).toBe(current);
    expect(failed.diagnostics).toHaveLength(1);
  });

  it("plans no change by handing back the prior state Terraform sent, and re-encodes a changed plan", async () => {
    const { h, backend } = handlers();
    await h.ConfigureProvider!({
      config: zabbix({ url: "http://127.0.0.1:1/api_jsonrpc.php", api_token: "t" }),
    });
    const group = await backend.groups.create({ name: "ops" });
    const prior = encodeDynamicValue({ id: group.id, name: "ops" });
    const plan = (name: string) =>
      h.PlanResourceChange!({
        type_name: "monitoring_group",
        prior_state: prior,
        proposed_new_state: encodeDynamicValue({ id: group.id, name }),
        config: encodeDynamicValue({ id: null, name }),
      });

    const unchanged = await plan("ops");
    expect(unchanged.planned_state).toBe(prior);
    expect(unchanged.diagnostics).toEqual([]);

    const renamed = await plan("ops-renamed");
    expect(renamed.planned_state).not.toBe(prior);
    expect(decodeDynamicValue(renamed.planned_state as { msgpack: Uint8Array })).toEqual({
      id: group.id,
      name: "ops-renamed",
    });
  });

  it("reads a data source and reports a missing template at its name", async () => {
    const { h } = handlers();
    await h.ConfigureProvider!({
      config: zabbix({ url: "http://127.0.0.1:1/api_jsonrpc.php", api_token: "t" }),
    });
    const found = await h.ReadDataSource!({
      type_name: "monitoring_template",
      config: encodeDynamicValue({ name: "Linux by Zabbix agent", id: null }),
    });
    expect(decodeDynamicValue(found.state as { msgpack: Uint8Array })).toEqual({
      name: "Linux by Zabbix agent",
      id: "10001",
    });
    const missing = await h.ReadDataSource!({
      type_name: "monitoring_template",
      config: encodeDynamicValue({ name: "Nope", id: null }),
    });
    expect(missing.diagnostics).toMatchObject([
      {
        severity: 1,
        summary: "Template not found",
        attribute: { steps: [{ attribute_name: "name" }] },
      },
    ]);
  });
});
