import { BackendError } from "../../../lib/provider/backend-driver";
import { describe, expect, it } from "vitest";
import {
  UNKNOWN,
  type ObjectValue,
  type Value,
} from "../../../lib/provider/protocol/dynamic-value";
import { OWNERSHIP_TAG, targetResource } from "../../../lib/provider/resources/target";
import { memoryContext as context } from "./memory-driver";

/** A configuration object with every attribute (null when not set), as Terraform sends it. */
function config(values: ObjectValue): ObjectValue {
  const all: ObjectValue = {};
  for (const a of targetResource.schema.block.attributes) all[a.name] = null;
  return { ...all, ...values };
}

const WEB = { name: "web-01", kind: "linux_server", address: "192.0.2.10" };

async function createTarget(env: ReturnType<typeof context>, values: ObjectValue) {
  const cfg = config(values);
  const plan = await targetResource.plan({ prior: null, proposed: cfg, config: cfg }, env.ctx);
  expect(plan.diagnostics).toEqual([]);
  const applied = await targetResource.apply(
    { prior: null, planned: plan.planned, config: cfg },
    env.ctx,
  );
  expect(applied.diagnostics).toEqual([]);
  return { cfg, plan, state: applied.state! };
}

/** A group holding "legacy", a target the provider did not create. */
async function groupWithUnownedLegacyTarget(env: ReturnType<typeof context>) {
  const group = await env.groups.create({ name: "ops" });
  await env.targets.create({
    ...WEB,
    name: "legacy",
    displayName: "legacy",
    templates: [],
    port: 1,
    groups: [group.id],
    thresholds: {},
    tags: {},
    enabled: true,
  });
  return group;
}

describe("monitoring_target plan", () => {
  it("marks computed attributes unknown on create and plans the defaults", async () => {
    // GIVEN
    const env = context();
    const group = await env.groups.create({ name: "ops" });
    const cfg = config({ ...WEB, groups: [group.id] });
    // WHEN
    const { planned, diagnostics } = await targetResource.plan(
      { prior: null, proposed: cfg, config: cfg },
      env.ctx,
    );
    // THEN
    expect(diagnostics).toEqual([]);
    expect(planned).toMatchObject({
      id: UNKNOWN,
      url: UNKNOWN,
      templates: UNKNOWN,
      display_name: "web-01",
      port: 10050,
      enabled: true,
    });
  });

  it("keeps values from other resources unknown and defaults the port by kind", async () => {
    const env = context();
    const cfg = config({ ...WEB, kind: "network_device", address: UNKNOWN, groups: [UNKNOWN] });
    const { planned, diagnostics } = await targetResource.plan(
      { prior: null, proposed: cfg, config: cfg },
      env.ctx,
    );
    expect(diagnostics).toEqual([]);
    expect(planned).toMatchObject({ address: UNKNOWN, groups: [UNKNOWN], port: 161 });
  });

  it("keeps id and url from state on update, and replaces on a name change", async () => {
    const env = context();
    const group = await env.groups.create({ name: "ops" });
    const { state } = await createTarget(env, { ...WEB, groups: [group.id] });
    const renamed = config({ ...WEB, name: "web-02", groups: [group.id] });
    const proposed: ObjectValue = {
      ...renamed,
      id: state.id ?? null,
      url: state.url ?? null,
      templates: state.templates ?? null,
    };

    const update = await targetResource.plan(
      {
        prior: state,
        proposed: { ...proposed, name: "web-01", port: 10051 },
        config: { ...renamed, name: "web-01", port: 10051 },
      },
      env.ctx,
    );
    expect(update.requiresReplace).toEqual([]);
    expect(update.planned).toMatchObject({ id: state.id, url: state.url, port: 10051 });

    const replace = await targetResource.plan({ prior: state, proposed, config: renamed }, env.ctx);
    expect(replace.requiresReplace).toEqual([["name"]]);
    expect(replace.planned).toMatchObject({ id: UNKNOWN, url: UNKNOWN });
  });

  it("points at the attribute for an unknown group, a duplicate name and an existing unowned target", async () => {
    const env = context();
    const group = await groupWithUnownedLegacyTarget(env);

    const missingGroup = config({ ...WEB, name: "web-99", groups: ["999"] });
    const a = await targetResource.plan(
      { prior: null, proposed: missingGroup, config: missingGroup },
      env.ctx,
    );
    expect(a.diagnostics.map((d) => [d.summary, d.path])).toEqual([["Unknown group", ["groups"]]]);

    const first = config({ ...WEB, groups: [group.id] });
    expect(
      (await targetResource.plan({ prior: null, proposed: first, config: first }, env.ctx))
        .diagnostics,
    ).toEqual([]);
    const dup = await targetResource.plan({ prior: null, proposed: first, config: first }, env.ctx);
    expect(dup.diagnostics[0]).toMatchObject({ summary: "Duplicate target name", path: ["name"] });

    const legacy = config({ ...WEB, name: "legacy", groups: [group.id] });
    const collision = await targetResource.plan(
      { prior: null, proposed: legacy, config: legacy },
      env.ctx,
    );
    expect(collision.diagnostics[0]?.path).toEqual(["name"]);
    expect(collision.diagnostics[0]?.detail).toContain(
      "terraform import monitoring_target.<resource name> name:legacy",
    );
  });
});

describe("monitoring_target plan in the apply walk", () => {
  it("does not look names up again once the process has applied, and the create still reports a collision with the import hint", async () => {
    const env = context();
    const group = await groupWithUnownedLegacyTarget(env);
    let lookups = 0;
    const findByName = env.targets.findByName.bind(env.targets);
    env.targets.findByName = (name: string) => {
      lookups++;
      return findByName(name);
    };
    env.ctx.applying = true;
    const legacy = config({ ...WEB, name: "legacy", groups: [group.id] });
    const plan = await targetResource.plan(
      { prior: null, proposed: legacy, config: legacy },
      env.ctx,
    );
    expect(plan.diagnostics).toEqual([]);
    expect(lookups).toBe(0);
    const applied = await targetResource.apply(
      { prior: null, planned: plan.planned, config: legacy },
      env.ctx,
    );
    expect(applied.state).toBeNull();
    expect(applied.diagnostics[0]?.detail).toContain(
      "terraform import monitoring_target.<resource name> name:legacy",
    );
  });
});

describe("monitoring_target validate", () => {
  it("rejects a bad address, kind and threshold name with their paths and the allowed values", () => {
    const diagnostics = targetResource.validate(
      config({
        name: "x",
        kind: "linux",
        address: "999.1.1.1",
        groups: ["1"],
        thresholds: { "cpu.util": "1", "CPU.UTIL.CRIT": "9" },
      }),
    );
    expect(diagnostics.map((d) => d.path)).toEqual([
      ["kind"],
      ["address"],
      ["thresholds", { key: "cpu.util" }],
    ]);
    expect(diagnostics[0]?.detail).toContain("linux_server, windows_server");
  });

  it("accepts IPv4, IPv6 and DNS names and skips unknown values", () => {
    const addresses: Value[] = ["192.0.2.1", "2001:db8::1", "db-1.internal.example.com", UNKNOWN];
    for (const address of addresses) {
      expect(targetResource.validate(config({ ...WEB, address, groups: ["1"] }))).toEqual([]);
    }
    expect(
      targetResource.validate(config({ ...WEB, address: "-bad-.example", groups: ["1"] })),
    ).toHaveLength(1);
  });

  it("reserves the ownership tag", () => {
    const d = targetResource.validate(
      config({ ...WEB, groups: ["1"], tags: { [OWNERSHIP_TAG]: "x" } }),
    );
    expect(d[0]?.path).toEqual(["tags", { key: OWNERSHIP_TAG }]);
  });
});

describe("monitoring_target apply, read and import", () => {
  it("creates with the kind's templates, hides the ownership tag, and reads back the same state", async () => {
    const env = context();
    const group = await env.groups.create({ name: "ops" });
    const { state } = await createTarget(env, {
      ...WEB,
      groups: [group.id],
      tags: { team: "ops" },
    });
    expect(state).toMatchObject({
      templates: ["Linux by Zabbix agent"],
      tags: { team: "ops" },
      thresholds: null,
    });
    expect(env.targets.objects.get(String(state.id))!.tags[OWNERSHIP_TAG]).toMatch(
      /^[0-9a-f]{32}$/,
    );
    expect((await targetResource.read(state, env.ctx)).state).toEqual(state);
  });

  it("reads a target deleted out of band as null (Terraform plans its re-creation) and shows drift", async () => {
    const env = context();
    const group = await env.groups.create({ name: "ops" });
    const { state } = await createTarget(env, { ...WEB, groups: [group.id] });
    const object = env.targets.objects.get(String(state.id))!;
    env.targets.objects.set(object.id, { ...object, address: "192.0.2.99" });
    expect((await targetResource.read(state, env.ctx)).state).toMatchObject({
      address: "192.0.2.99",
    });
    env.targets.objects.delete(object.id);
    expect((await targetResource.read(state, env.ctx)).state).toBeNull();
  });

  it("adopts a target whose create answer was lost, instead of failing or duplicating", async () => {
    const env = context();
    const group = await env.groups.create({ name: "ops" });
    const { cfg, plan } = await createTarget(env, { ...WEB, groups: [group.id] });
    // The first apply created the target but Terraform never got the answer: no state.
    const retry = await targetResource.apply(
      { prior: null, planned: plan.planned, config: cfg },
      env.ctx,
    );
    expect(retry.diagnostics.map((d) => d.severity)).toEqual(["warning"]);
    expect(env.targets.objects.size).toBe(1);
    expect(retry.state!.id).toBe([...env.targets.objects.keys()][0]);
  });

  it("refuses to take over a target it did not create, saying how to import it", async () => {
    const env = context();
    const group = await env.groups.create({ name: "ops" });
    const { cfg, plan } = await createTarget(env, { ...WEB, groups: [group.id] });
    const other = { ...plan.planned!, port: 2222 };
    const result = await targetResource.apply(
      { prior: null, planned: other, config: { ...cfg, port: 2222 } },
      env.ctx,
    );
    expect(result.state).toBeNull();
    expect(result.diagnostics[0]?.detail).toContain('id = "name:web-01"');
  });

  it("imports by id and by name, and fails clearly for a missing one", async () => {
    const env = context();
    const group = await env.groups.create({ name: "ops" });
    const { state } = await createTarget(env, { ...WEB, groups: [group.id] });
    expect((await targetResource.importState(String(state.id), env.ctx)).state).toMatchObject({
      id: state.id,
      name: "web-01",
    });
    expect((await targetResource.importState("name:web-01", env.ctx)).state).toMatchObject({
      id: state.id,
    });
    const missing = await targetResource.importState("name:nope", env.ctx);
    expect(missing.state).toBeNull();
    expect(missing.diagnostics[0]?.detail).toContain('name "nope"');
  });

  it("deletes, and treats an already deleted target as deleted", async () => {
    const env = context();
    const group = await env.groups.create({ name: "ops" });
    const { state } = await createTarget(env, { ...WEB, groups: [group.id] });
    env.targets.objects.delete(String(state.id));
    const result = await targetResource.apply(
      { prior: state, planned: null, config: null },
      env.ctx,
    );
    expect(result).toEqual({ state: null, diagnostics: [] });
  });

  it("keeps the prior state when the backend fails during an update, so the next apply converges", async () => {
    const env = context();
    const group = await env.groups.create({ name: "ops" });
    const { cfg, state } = await createTarget(env, { ...WEB, groups: [group.id] });
    env.targets.update = async () => {
      throw new BackendError("transient", "Zabbix host.update: ECONNREFUSED");
    };
    const planned = { ...state, port: 2222 };
    const result = await targetResource.apply(
      { prior: state, planned, config: { ...cfg, port: 2222 } },
      env.ctx,
    );
    expect(result.state).toEqual(state);
    expect(result.diagnostics[0]).toMatchObject({ summary: "Monitoring backend unavailable" });
    expect(result.diagnostics[0]!.detail).toContain("run the command again");
    // Among many concurrent failures, the detail says which target this one is.
    expect(result.diagnostics[0]!.detail).toMatch(
      new RegExp(`^target "${String(state.name)}": Zabbix host.update: ECONNREFUSED`),
    );
  });

  it("points a visible-name conflict from the driver (field displayName) at display_name", async () => {
    // GIVEN a driver that rejects the display name, as the Zabbix driver does for a taken visible name
    const env = context();
    const group = await env.groups.create({ name: "ops" });
    env.targets.create = async () => {
      throw new BackendError("conflict", 'a host with the display name "Web" already exists', {
        field: "displayName",
      });
    };
    env.targets.findByName = async () => undefined;
    const cfg = config({ ...WEB, display_name: "Web", groups: [group.id] });
    const plan = await targetResource.plan({ prior: null, proposed: cfg, config: cfg }, env.ctx);
    // WHEN
    const result = await targetResource.apply(
      { prior: null, planned: plan.planned, config: cfg },
      env.ctx,
    );
    // THEN
    expect(result.state).toBeNull();
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ severity: "error", path: ["display_name"] });
  });

  it("keeps the known values of secret thresholds on read (the backend never returns them), but shows drift of others", async () => {
    // GIVEN a target whose community is stored as a secret macro
    const env = context();
    const group = await env.groups.create({ name: "ops" });
    const { state } = await createTarget(env, {
      ...WEB,
      groups: [group.id],
      thresholds: { SNMP_COMMUNITY: "s3cret", "CPU.UTIL.CRIT": "90" },
    });
    const stored = env.targets.objects.get(String(state.id))!;
    env.targets.objects.set(String(state.id), {
      ...stored,
      thresholds: { SNMP_COMMUNITY: "", "CPU.UTIL.CRIT": "80" },
      secretThresholds: ["SNMP_COMMUNITY"],
    });
    // WHEN
    const read = await targetResource.read(state, env.ctx);
    // THEN
    expect(read.diagnostics).toEqual([]);
    expect(read.state!.thresholds).toEqual({ SNMP_COMMUNITY: "s3cret", "CPU.UTIL.CRIT": "80" });
  });
});
