/**
 * `monitoring_target_set` against a real Zabbix, through a fault proxy on loopback: a set of 20
 * targets is created in batches of 10 (`batch_size`; the default of 100 behaves the same, in
 * calls ten times larger, and is what `npm run bench -- estate` applies), changed (some updated, some added, some removed) with a plan
 * that shows each changed entry, and plans no change afterwards. A batch that fails half-way
 * through an update or a create leaves the state holding exactly the hosts that exist, and the
 * next apply converges with every host registered exactly once.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFaultProxy, type FaultProxy } from "../zabbix/fault-proxy";
import { ProviderFixture, expectFailure, planExitCode } from "./provider-fixture";
import type { TerraformWorkdir } from "../../support/terraform";

let fx: ProviderFixture;
let proxy: FaultProxy;
beforeAll(async () => {
  fx = await ProviderFixture.start();
  proxy = await startFaultProxy(fx.zabbix.url);
});
afterAll(async () => {
  await proxy?.close();
  await fx?.stop();
});

interface Entry {
  readonly address: string;
}

function names(prefix: string, from: number, to: number): string[] {
  return Array.from(
    { length: to - from },
    (_, i) => `${prefix}-${String(from + i).padStart(3, "0")}`,
  );
}

function entries(
  targetNames: readonly string[],
  address = (i: number) => `192.0.2.${(i % 250) + 1}`,
) {
  return Object.fromEntries(targetNames.map((name, i) => [name, { address: address(i) }]));
}

/** The configuration: sets by resource name, each a map of target name to its address. */
function config(sets: Record<string, Record<string, Entry>>): unknown {
  const base = fx.config({}) as Record<string, unknown>;
  const set = Object.fromEntries(
    Object.entries(sets).map(([resource, targets]) => [
      resource,
      {
        name: `e2e-${resource}`,
        batch_size: BATCH,
        targets: Object.fromEntries(
          Object.entries(targets).map(([name, e]) => [
            name,
            // Each entry is JSON text; Terraform fills in the group's id (a number) as a template.
            JSON.stringify({
              kind: "linux_server",
              // "Linux by Zabbix agent" costs Zabbix ≈1 s per host; the light template keeps this quick.
              templates: ["ICMP Ping"],
              address: e.address,
              groups: ["${monitoring_group.sets.id}"],
              tags: { tier: "web" },
            }),
          ]),
        ),
      },
    ]),
  );
  return {
    ...base,
    provider: { monitoring: { zabbix: { url: proxy.url } } },
    resource: {
      monitoring_group: { sets: { name: "e2e-target-sets" } },
      monitoring_target_set: set,
    },
  };
}

interface StateResource {
  readonly type: string;
  readonly name: string;
  readonly tainted?: boolean;
  readonly values: { readonly ids: Record<string, string> };
}

async function stateOf(wd: TerraformWorkdir, resource: string): Promise<StateResource | undefined> {
  const { stdout } = await wd.run(["show", "-json", "-no-color"]);
  const state = JSON.parse(stdout) as {
    values?: { root_module: { resources: StateResource[] } };
  };
  return state.values?.root_module.resources.find(
    (r) => r.type === "monitoring_target_set" && r.name === resource,
  );
}

/** Hosts of the test group: name to id, failing on a name registered twice. */
async function hostsInGroup(): Promise<Map<string, string>> {
  const [group] = await fx.groupIds(["e2e-target-sets"]);
  const rows = await fx.api.call<{ hostid: string; host: string }[]>("host.get", {
    groupids: [group],
    output: ["hostid", "host"],
  });
  const byName = new Map<string, string>();
  for (const row of rows) {
    expect(byName.has(row.host), `host ${row.host} registered twice`).toBe(false);
    byName.set(row.host, row.hostid);
  }
  return byName;
}

/** Fails every `host.create` after the first `passing` ones, while on. */
function failCreatesAfter(passing: number): void {
  let creates = 0;
  proxy.failWhere("502", ({ method }) => method === "host.create" && ++creates > passing);
}

/** Targets per backend call in this test. */
const BATCH = 10;

const apply = (wd: TerraformWorkdir) =>
  wd.run(["apply", "-input=false", "-no-color", "-auto-approve", "-parallelism=20"]);

describe("monitoring_target_set", () => {
  it("creates, changes and plans no change; a failed batch leaves exact state and the next apply converges", async () => {
    const wd = fx.workdir();
    try {
      // GIVEN a set of 20 targets, in two batches
      const a = names("set-a", 0, 2 * BATCH);
      wd.writeJson(config({ a: entries(a) }));
      await wd.init();
      // WHEN
      const created = await apply(wd);
      // THEN
      expect(created.stdout).toContain("Apply complete! Resources: 2 added");
      let hosts = await hostsInGroup();
      expect([...hosts.keys()].sort()).toEqual(a);
      expect((await stateOf(wd, "a"))!.values.ids).toEqual(Object.fromEntries(hosts));
      expect((await planExitCode(wd)).code).toBe(0);

      // GIVEN 2 changed addresses, 4 added and 2 removed targets
      const changed = [...a.slice(2), ...names("set-a", 20, 24)];
      const next = entries(changed, (i) =>
        i < 2 ? `192.0.2.${200 + i}` : `192.0.2.${((i + 2) % 250) + 1}`,
      );
      wd.writeJson(config({ a: next }));
      // WHEN
      const plan = await planExitCode(wd);
      // THEN the plan shows the entries that change, attribute by attribute
      expect(plan.code).toBe(2);
      expect(plan.output).toContain("Plan: 0 to add, 1 to change, 0 to destroy.");
      expect(plan.output).toMatch(
        /~ "set-a-002" = jsonencode\(\s*~ \{[^}]*~ address\s+= "192\.0\.2\.3" -> "192\.0\.2\.200"/s,
      );
      expect(plan.output).toMatch(/\+ "set-a-020" = jsonencode\(/);
      expect(plan.output).toMatch(/- "set-a-000" = jsonencode\(/);
      await apply(wd);
      hosts = await hostsInGroup();
      expect([...hosts.keys()].sort()).toEqual(changed);
      const [moved] = await fx.hosts(["set-a-002"]);
      expect(moved!.interfaces[0]!.ip).toBe("192.0.2.200");
      expect((await planExitCode(wd)).code).toBe(0);

      // GIVEN 12 more targets (two batches), and the backend failing from the second create on
      const grown = [...changed, ...names("set-a", 24, 36)];
      wd.writeJson(config({ a: entries(grown) }));
      failCreatesAfter(1);
      // WHEN
      const failed = await expectFailure(apply(wd));
      // THEN the error names the batch; the state holds exactly the hosts that exist
      expect(failed).toContain(
        'target set "e2e-a": creating 2 targets ("set-a-034" … "set-a-035"), batch 2 of 2 failed',
      );
      hosts = await hostsInGroup();
      expect(hosts.size).toBe(changed.length + BATCH);
      let state = (await stateOf(wd, "a"))!;
      expect(state.tainted ?? false).toBe(false);
      expect(state.values.ids).toEqual(Object.fromEntries(hosts));
      // WHEN the backend answers again
      proxy.failWhere("502");
      await apply(wd);
      // THEN every host exists exactly once, and nothing is left to do
      hosts = await hostsInGroup();
      expect([...hosts.keys()].sort()).toEqual(grown);
      expect((await planExitCode(wd)).code).toBe(0);

      // GIVEN a new set of 20 whose first batch's answer is lost and whose second batch fails
      const b = names("set-b", 0, 2 * BATCH);
      wd.writeJson(config({ a: entries(grown), b: entries(b) }));
      failCreatesAfter(0);
      proxy.failNext("lose-response", 1, "host.create");
      const broken = await expectFailure(apply(wd));
      expect(broken).toContain('target set "e2e-b": creating');
      // THEN the state holds exactly the hosts that exist, the answer-less batch among them
      hosts = await hostsInGroup();
      const madeOfB = [...hosts.keys()].filter((n) => n.startsWith("set-b-")).sort();
      expect(madeOfB).toEqual(b.slice(0, BATCH));
      state = (await stateOf(wd, "b"))!;
      expect(Object.keys(state.values.ids).sort()).toEqual(madeOfB);
      expect(state.tainted).toBe(true);
      // WHEN the backend answers again, the tainted set is replaced
      proxy.failWhere("502");
      const replaced = await apply(wd);
      expect(replaced.stdout).toContain("is tainted, so must be replaced");
      // THEN every host of both sets exists exactly once
      hosts = await hostsInGroup();
      expect([...hosts.keys()].sort()).toEqual([...grown, ...b].sort());
      expect(Object.keys((await stateOf(wd, "b"))!.values.ids).sort()).toEqual(b);
      expect((await planExitCode(wd)).code).toBe(0);

      await wd.destroy();
      expect((await hostsInGroup()).size).toBe(0);
    } finally {
      proxy.failWhere("502");
      wd.remove();
    }
  }, 300_000);

  it("refuses at validate time an entry that is not JSON or names an attribute a target lacks", async () => {
    const wd = fx.workdir();
    try {
      const good = entries(names("set-v", 0, 1));
      const cfg = config({ v: good }) as {
        resource: { monitoring_target_set: { v: { targets: Record<string, string> } } };
      };
      const targets = cfg.resource.monitoring_target_set.v.targets;
      targets["set-v-bad-json"] = "{kind: linux_server";
      // Known at validate time: an entry that refers to what the apply makes is checked once known.
      targets["set-v-typo"] = JSON.stringify({
        kind: "linux_server",
        adress: "192.0.2.9",
        groups: ["1"],
      });
      wd.writeJson(cfg);
      await wd.init();
      const failed = await expectFailure(wd.validate());
      expect(failed).toContain('Target "set-v-bad-json" of the set is not valid JSON');
      expect(failed).toContain('Target "set-v-typo" of the set has the attribute "adress"');
      expect(failed).toContain("Allowed: display_name, kind, templates, address");
    } finally {
      wd.remove();
    }
  }, 120_000);
});
