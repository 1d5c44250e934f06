import { describe, expect, it } from "vitest";
import { UNKNOWN, type ObjectValue } from "../../../lib/provider/protocol/dynamic-value";
import { targetSetResource } from "../../../lib/provider/resources/target-set";
import {
  SET_TAG,
  chunked,
  diffEntries,
  entryFromTarget,
  entrySpec,
} from "../../../lib/provider/resources/target-set-entries";
import { TARGET_SET_DEFAULT_BATCH as TARGET_SET_CHUNK } from "../../../lib/provider/schema";
import { memoryContext as context } from "./memory-driver";

/** An entry as Terraform sends it: every attribute, null when unset. */
function entry(values: ObjectValue): ObjectValue {
  return {
    display_name: null,
    kind: "linux_server",
    templates: null,
    address: "192.0.2.1",
    port: null,
    groups: ["1"],
    thresholds: null,
    tags: null,
    enabled: null,
    proxy: null,
    ...values,
  };
}

function entries(count: number, from = 0, values: ObjectValue = {}): Record<string, ObjectValue> {
  return Object.fromEntries(
    Array.from({ length: count }, (_, i) => [
      `t-${String(from + i).padStart(4, "0")}`,
      entry(values),
    ]),
  );
}

/** The set's configuration as Terraform sends it: each entry the JSON text of its object. */
const setConfig = (
  targets: Record<string, ObjectValue | string | typeof UNKNOWN>,
  batchSize: number | null = null,
): ObjectValue => ({
  id: null,
  name: "web",
  targets: Object.fromEntries(
    Object.entries(targets).map(([k, v]) => [k, typeof v === "object" ? JSON.stringify(v) : v]),
  ),
  batch_size: batchSize,
  ids: null,
});

async function planAndApply(
  env: ReturnType<typeof context>,
  prior: ObjectValue | null,
  targets: Record<string, ObjectValue | string>,
  batchSize: number | null = null,
) {
  const cfg = setConfig(targets, batchSize);
  // Each terraform command plans in a provider process of its own.
  env.ctx.plannedCreates.clear();
  const plan = await targetSetResource.plan({ prior, proposed: cfg, config: cfg }, env.ctx);
  expect(plan.diagnostics).toEqual([]);
  const applied = await targetSetResource.apply(
    { prior, planned: plan.planned, config: cfg },
    env.ctx,
  );
  return { plan, applied };
}

describe("target set entries", () => {
  it("diffs by key: added, changed and removed, sorted", () => {
    const prior = { a: entry({}), b: entry({}), c: entry({}) };
    const planned = { b: entry({ address: "192.0.2.9" }), c: entry({}), d: entry({}) };
    expect(diffEntries(prior, planned)).toEqual({ added: ["d"], changed: ["b"], removed: ["a"] });
  });

  it("compares sets as sets", () => {
    const prior = { a: entry({ groups: ["1", "2"] }) };
    expect(diffEntries(prior, { a: entry({ groups: ["2", "1"] }) }).changed).toEqual([]);
  });

  it("chunks in order, the last one shorter", () => {
    expect(chunked([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunked([], 2)).toEqual([]);
  });

  it("fills the single target's defaults and tags the spec with the set", () => {
    const spec = entrySpec("web", "t-1", entry({ kind: "network_device" }));
    expect(spec).toMatchObject({ name: "t-1", displayName: "t-1", port: 161, enabled: true });
    expect(spec.tags[SET_TAG]).toBe("web");
  });

  it("reads back an unchanged target as the entry it was made from", () => {
    const e = entry({ thresholds: { "CPU.UTIL.CRIT": "90" }, tags: { tier: "web" } });
    const spec = entrySpec("web", "t-1", e);
    const target = { ...spec, templates: ["Linux by Zabbix agent"], id: "7", url: "u" };
    expect(entryFromTarget(target, e)).toEqual(e);
    expect(entryFromTarget({ ...target, address: "192.0.2.99" }, e).address).toBe("192.0.2.99");
  });
});

describe("monitoring_target_set", () => {
  it("plans ids unknown for new keys only, and creates in batches", async () => {
    // GIVEN
    const env = context();
    const group = await env.groups.create({ name: "ops" });
    const first = entries(TARGET_SET_CHUNK + 20, 0, { groups: [group.id] });
    // WHEN
    const created = await planAndApply(env, null, first);
    // THEN
    expect(created.applied.diagnostics).toEqual([]);
    expect(env.targets.calls.filter((c) => c.startsWith("createMany"))).toEqual([
      `createMany ${TARGET_SET_CHUNK}`,
      "createMany 20",
    ]);
    const state = created.applied.state!;
    expect(Object.keys(state.ids as ObjectValue)).toHaveLength(TARGET_SET_CHUNK + 20);

    // WHEN one is added, one removed, one changed
    const { ["t-0000"]: _gone, ...rest } = first;
    const next = {
      ...rest,
      "t-0001": entry({ groups: [group.id], address: "192.0.2.50" }),
      "t-9999": entry({ groups: [group.id] }),
    };
    const cfg = setConfig(next);
    const plan = await targetSetResource.plan(
      { prior: state, proposed: cfg, config: cfg },
      env.ctx,
    );
    // THEN
    const ids = plan.planned!.ids as ObjectValue;
    expect(ids["t-9999"]).toBe(UNKNOWN);
    expect(ids["t-0001"]).toBe((state.ids as ObjectValue)["t-0001"]);
    expect("t-0000" in ids).toBe(false);
    const applied = await targetSetResource.apply(
      { prior: state, planned: plan.planned, config: cfg },
      env.ctx,
    );
    expect(applied.diagnostics).toEqual([]);
    expect(applied.state!.targets).toEqual(setConfig(next).targets);
    const hosts = [...env.targets.objects.values()];
    expect(hosts.map((h) => h.name).sort()).toEqual(Object.keys(next).sort());
    expect(hosts.find((h) => h.name === "t-0001")!.address).toBe("192.0.2.50");
  });

  it("sends batches of the configured batch_size, keeps it in state, and refuses one out of range", async () => {
    // GIVEN
    const env = context();
    const group = await env.groups.create({ name: "ops" });
    const targets = entries(20, 0, { groups: [group.id] });
    // WHEN
    const created = await planAndApply(env, null, targets, 7);
    // THEN
    expect(created.applied.diagnostics).toEqual([]);
    expect(env.targets.calls.filter((c) => c.startsWith("createMany"))).toEqual([
      "createMany 7",
      "createMany 7",
      "createMany 6",
    ]);
    expect(created.applied.state!.batch_size).toBe(7);
    // WHEN the size is out of range
    const problems = targetSetResource.validate!(setConfig(targets, 0));
    // THEN the attribute is named with what it allows
    expect(problems.map((p) => [p.path, p.detail])).toEqual([
      [["batch_size"], expect.stringContaining("1")],
    ]);
    expect(problems[0]!.detail).toContain(String(1000));
  });

  it("keeps exactly the created targets in state when a batch fails, and converges without duplicates", async () => {
    // GIVEN the third create batch fails
    const env = context();
    const group = await env.groups.create({ name: "ops" });
    const all = entries(3 * TARGET_SET_CHUNK, 0, { groups: [group.id] });
    env.targets.failBatch = 3;
    // WHEN
    const failed = await planAndApply(env, null, all);
    // THEN the error names the batch; the state holds the two batches made
    expect(failed.applied.diagnostics[0]!.detail).toContain(
      `target set "web": creating ${TARGET_SET_CHUNK} targets ("t-0200" … "t-0299"), batch 3 of 3 failed`,
    );
    const partial = failed.applied.state!;
    expect(Object.keys(partial.ids as ObjectValue)).toHaveLength(2 * TARGET_SET_CHUNK);
    expect(env.targets.objects.size).toBe(2 * TARGET_SET_CHUNK);
    // WHEN applied again from that state (as an update would be)
    const again = await planAndApply(env, partial, all);
    // THEN
    expect(again.applied.diagnostics).toEqual([]);
    expect(env.targets.objects.size).toBe(3 * TARGET_SET_CHUNK);
    expect(Object.keys(again.applied.state!.ids as ObjectValue)).toHaveLength(3 * TARGET_SET_CHUNK);
  });

  it("adopts the set's targets when the state of an earlier create was lost", async () => {
    // GIVEN a create whose state never reached Terraform
    const env = context();
    const group = await env.groups.create({ name: "ops" });
    const all = entries(10, 0, { groups: [group.id] });
    await planAndApply(env, null, all);
    env.targets.calls = [];
    // WHEN it is created again
    const again = await planAndApply(env, null, all);
    // THEN nothing is created twice
    expect(again.applied.diagnostics).toEqual([]);
    expect(env.targets.objects.size).toBe(10);
    expect(env.targets.calls.filter((c) => c.startsWith("createMany"))).toEqual([]);
  });

  it("refuses at plan time an entry without kind, a reserved tag, and a name taken by another target", async () => {
    const env = context();
    const group = await env.groups.create({ name: "ops" });
    await env.targets.create({ ...entrySpec("other", "t-0000", entry({ groups: [group.id] })) });
    const cfg = setConfig({
      "t-0000": entry({ groups: [group.id] }),
      "t-0001": entry({ groups: [group.id], kind: null }),
      "t-0002": entry({ groups: [group.id], tags: { [SET_TAG]: "x" } }),
    });
    const { diagnostics } = await targetSetResource.plan(
      { prior: null, proposed: cfg, config: cfg },
      env.ctx,
    );
    expect(diagnostics.map((d) => d.path)).toEqual([
      ["targets", { key: "t-0001" }, "kind"],
      ["targets", { key: "t-0002" }, "tags", { key: SET_TAG }],
    ]);
    const valid = setConfig({ "t-0000": entry({ groups: [group.id] }) });
    const taken = await targetSetResource.plan(
      { prior: null, proposed: valid, config: valid },
      env.ctx,
    );
    expect(taken.diagnostics.map((d) => d.summary)).toEqual(['target "t-0000" already exists']);
  });

  it("refuses at validate time an entry that is not JSON, has an unknown attribute or a wrong type", () => {
    const problems = targetSetResource.validate!(
      setConfig({
        "t-0000": "{not json",
        "t-0001": '{"kind":"linux_server","address":"192.0.2.1","groups":["1"],"adress":"x"}',
        "t-0002": '{"kind":"linux_server","address":"192.0.2.1","groups":"1","port":"http"}',
        "t-0003": "[1]",
      }),
    );
    expect(problems.map((p) => [p.summary, p.path])).toEqual([
      ["Invalid target entry", ["targets", { key: "t-0000" }]],
      ["Unknown target attribute", ["targets", { key: "t-0001" }, "adress"]],
      ["Invalid target attribute", ["targets", { key: "t-0002" }, "port"]],
      ["Invalid target attribute", ["targets", { key: "t-0002" }, "groups"]],
      ["Invalid target entry", ["targets", { key: "t-0003" }]],
    ]);
    expect(problems[1]!.detail).toContain("Allowed: display_name, kind, templates, address");
    expect(problems[2]!.detail).toContain('"port" must be a number (or null), not "http"');
  });

  it("takes numbers and booleans where Terraform would convert them, and absent attributes as unset", async () => {
    const env = context();
    const group = await env.groups.create({ name: "ops" });
    const text = `{"kind":"linux_server","address":"192.0.2.7","groups":[${group.id}],"port":"10050","thresholds":{"CPU.UTIL.CRIT":90},"enabled":"false"}`;
    const { applied } = await planAndApply(env, null, { "t-0000": text });
    expect(applied.diagnostics).toEqual([]);
    const host = [...env.targets.objects.values()][0]!;
    expect(host).toMatchObject({
      address: "192.0.2.7",
      port: 10050,
      groups: [group.id],
      thresholds: { "CPU.UTIL.CRIT": "90" },
      enabled: false,
      displayName: "t-0000",
    });
    // THEN the state keeps the text as configured, so the next plan shows no change
    expect((applied.state!.targets as ObjectValue)["t-0000"]).toBe(text);
    const refreshed = await targetSetResource.read!(applied.state!, env.ctx);
    expect((refreshed.state!.targets as ObjectValue)["t-0000"]).toBe(text);
  });

  it("shows drift as the entry's canonical JSON, and plans an entry not known yet with its id kept", async () => {
    const env = context();
    const group = await env.groups.create({ name: "ops" });
    const { applied } = await planAndApply(env, null, entries(2, 0, { groups: [group.id] }));
    const host = [...env.targets.objects.values()].find((h) => h.name === "t-0001")!;
    env.targets.objects.set(host.id, { ...host, address: "192.0.2.99" });
    const refreshed = await targetSetResource.read!(applied.state!, env.ctx);
    const texts = refreshed.state!.targets as ObjectValue;
    expect(texts["t-0000"]).toBe((applied.state!.targets as ObjectValue)["t-0000"]);
    expect(JSON.parse(texts["t-0001"] as string)).toEqual({
      kind: "linux_server",
      address: "192.0.2.99",
      groups: [group.id],
    });
    // WHEN an entry's value depends on what the apply makes
    const cfg = setConfig({ "t-0000": UNKNOWN, "t-0001": entry({ groups: [group.id] }) });
    const plan = await targetSetResource.plan(
      { prior: refreshed.state!, proposed: cfg, config: cfg },
      env.ctx,
    );
    expect(plan.diagnostics).toEqual([]);
    expect((plan.planned!.ids as ObjectValue)["t-0000"]).toBe(
      (applied.state!.ids as ObjectValue)["t-0000"],
    );
  });
});
