import { describe, expect, it } from "vitest";
import { UNKNOWN, type ObjectValue } from "../../../lib/provider/protocol/dynamic-value";
import { proxyResource } from "../../../lib/provider/resources/proxy";
import { memoryContext as context } from "./memory-driver";

const PSK = "0123456789abcdef0123456789abcdef";

/** A configuration with every attribute present (null when unset), as Terraform sends it. */
function config(values: ObjectValue): ObjectValue {
  const all: ObjectValue = {};
  for (const a of proxyResource.schema.block.attributes) all[a.name] = null;
  return { ...all, ...values };
}

async function planCreate(values: ObjectValue) {
  const { ctx, proxies } = context();
  const cfg = config(values);
  const plan = await proxyResource.plan({ prior: null, proposed: cfg, config: cfg }, ctx);
  return { ctx, proxies, cfg, plan };
}

function errorsAt(diagnostics: readonly { path?: unknown; detail?: string }[]) {
  return diagnostics.map((d) => d.path);
}

describe("monitoring_proxy", () => {
  it("plans an active proxy's defaults, creates it and keeps the PSK the backend never returns", async () => {
    const { ctx, proxies, cfg, plan } = await planCreate({
      name: "site-a",
      mode: "active",
      tls_accept: ["psk"],
      tls_psk_identity: "site-a",
      tls_psk: PSK,
    });
    expect(plan.diagnostics).toEqual([]);
    expect(plan.planned).toMatchObject({
      id: UNKNOWN,
      port: null,
      tls_connect: "unencrypted",
      tls_accept: ["psk"],
    });
    const created = await proxyResource.apply(
      { prior: null, planned: plan.planned, config: cfg },
      ctx,
    );
    expect(created.diagnostics).toEqual([]);
    const id = String(created.state!.id);
    expect(proxies.objects.get(id)).toMatchObject({
      name: "site-a",
      mode: "active",
      tlsAccept: ["psk"],
    });
    expect(proxies.objects.get(id)).not.toHaveProperty("psk");

    const read = await proxyResource.read(created.state!, ctx);
    expect(read.state).toEqual(created.state);
    expect(read.state).toMatchObject({ tls_psk_identity: "site-a", tls_psk: PSK });
  });

  it("defaults a passive proxy's port to 10051 and updates it in place to active", async () => {
    const { ctx, proxies, cfg, plan } = await planCreate({
      name: "site-b",
      mode: "passive",
      address: "192.0.2.6",
    });
    expect(plan.diagnostics).toEqual([]);
    expect(plan.planned).toMatchObject({ port: 10051, tls_accept: ["unencrypted"] });
    const created = await proxyResource.apply(
      { prior: null, planned: plan.planned, config: cfg },
      ctx,
    );
    const id = String(created.state!.id);
    expect(proxies.objects.get(id)?.passive).toEqual({ address: "192.0.2.6", port: 10051 });

    const next = config({ name: "site-b", mode: "active", proxy_address: "192.0.2.6" });
    const update = await proxyResource.plan(
      { prior: created.state, proposed: { ...next, id, port: 10051 }, config: next },
      ctx,
    );
    expect(update.diagnostics).toEqual([]);
    expect(update.requiresReplace).toEqual([]);
    expect(update.planned).toMatchObject({ id, port: null, address: null });
    await proxyResource.apply({ prior: created.state, planned: update.planned, config: next }, ctx);
    expect(proxies.objects.get(id)).toMatchObject({
      mode: "active",
      allowedAddresses: "192.0.2.6",
    });
    expect(proxies.objects.get(id)?.passive).toBeUndefined();
  });

  it("imports by name without the PSK, which the next plan then sets", async () => {
    const { ctx, proxies } = context();
    const made = await proxies.create({
      name: "site-c",
      mode: "active",
      allowedAddresses: "",
      description: "",
      tlsConnect: "unencrypted",
      tlsAccept: ["unencrypted"],
    });
    const imported = await proxyResource.importState("name:site-c", ctx);
    expect(imported.state).toMatchObject({
      id: made.id,
      mode: "active",
      tls_psk: null,
      description: null,
    });
  });

  it.each([
    ["a passive proxy without address", { mode: "passive" }, ["address"]],
    [
      "an active proxy with address and port",
      { mode: "active", address: "192.0.2.1", port: 10051 },
      [["address"], ["port"]],
    ],
    [
      "a passive proxy with proxy_address",
      { mode: "passive", address: "192.0.2.1", proxy_address: "192.0.2.1" },
      ["proxy_address"],
    ],
    [
      "PSK identity without PSK",
      { mode: "active", tls_accept: ["psk"], tls_psk_identity: "x" },
      ["tls_psk"],
    ],
    [
      "PSK without identity",
      { mode: "passive", address: "192.0.2.1", tls_connect: "psk", tls_psk: PSK },
      ["tls_psk_identity"],
    ],
    [
      "PSK values without a psk mode",
      { mode: "active", tls_psk_identity: "x", tls_psk: PSK },
      [["tls_psk_identity"], ["tls_psk"]],
    ],
    ["tls_connect on an active proxy", { mode: "active", tls_connect: "psk" }, ["tls_connect"]],
    [
      "tls_accept on a passive proxy",
      { mode: "passive", address: "192.0.2.1", tls_accept: ["psk"] },
      ["tls_accept"],
    ],
    ["an unknown tls_accept mode", { mode: "active", tls_accept: ["certificate"] }, ["tls_accept"]],
  ])("refuses %s at validate time, naming the attribute", (_what, values, paths) => {
    const expected = Array.isArray(paths[0]) ? paths : [paths];
    const diagnostics = proxyResource.validate(config({ name: "p", ...values }));
    expect(errorsAt(diagnostics)).toEqual(expected);
  });

  it("never repeats a malformed PSK in its error", () => {
    const secret = "not-hex-but-secret-0123456789abcdef";
    const diagnostics = proxyResource.validate(
      config({
        name: "p",
        mode: "active",
        tls_accept: ["psk"],
        tls_psk_identity: "x",
        tls_psk: secret,
      }),
    );
    expect(errorsAt(diagnostics)).toEqual([["tls_psk"]]);
    expect(JSON.stringify(diagnostics)).not.toContain(secret);
    expect(diagnostics[0]?.detail).toContain("hexadecimal digits");
  });

  it("skips checks of values still unknown", () => {
    const diagnostics = proxyResource.validate(
      config({ name: "p", mode: UNKNOWN, address: UNKNOWN, tls_psk: UNKNOWN }),
    );
    expect(diagnostics).toEqual([]);
  });
});
