/**
 * Faults at -parallelism=20, through terraform and a real Zabbix behind a loopback fault proxy:
 * HTTP 502 bursts that fit the retry budget are absorbed; a target whose creates keep failing
 * fails by name while the rest are created and kept in state; a backend gone mid-apply leaves
 * state holding exactly what Zabbix has; slow answers change nothing but the wall time. Every target ends up in Zabbix and in state exactly once, and a no-change plan
 * follows.
 */
import { describe, expect, it } from "vitest";
import { startFaultProxy, type FaultProxy } from "../zabbix/fault-proxy";
import type { TerraformWorkdir } from "../../support/terraform";
import { expectFailure, planExitCode, useProviderFixture } from "./provider-fixture";

const fixture = useProviderFixture();
const COUNT = 40;

function targetNames(prefix: string): string[] {
  return Array.from({ length: COUNT }, (_, i) => `${prefix}-${String(i).padStart(2, "0")}`);
}

/** A working directory of one group and `names` targets, its provider pointed at `proxy`. */
function workdirBehind(proxy: FaultProxy, group: string, names: readonly string[]) {
  const fx = fixture();
  const wd = fx.workdir();
  const config = fx.config({
    monitoring_group: { faults: { name: group } },
    monitoring_target: Object.fromEntries(
      names.map((name, i) => [
        name.replace("-", "_"),
        {
          name,
          kind: "linux_server",
          templates: ["ICMP Ping"],
          address: `192.0.2.${i + 1}`,
          groups: ["${monitoring_group.faults.id}"],
        },
      ]),
    ),
  }) as Record<string, unknown>;
  wd.writeJson({ ...config, provider: { monitoring: { zabbix: { url: proxy.url } } } });
  return wd;
}

const apply = (wd: TerraformWorkdir) =>
  wd.run(["apply", "-input=false", "-no-color", "-auto-approve", "-parallelism=20"]);

/** Target names in state, in order, duplicates kept. */
async function namesInState(wd: TerraformWorkdir): Promise<string[]> {
  const shown = (await wd.showJson()) as {
    values?: { root_module?: { resources?: { type: string; values: { name: string } }[] } };
  };
  return (shown.values?.root_module?.resources ?? [])
    .filter((r) => r.type === "monitoring_target")
    .map((r) => r.values.name)
    .sort();
}

/** Names of the hosts Zabbix has for `names`, duplicates kept. */
async function namesInZabbix(names: readonly string[]): Promise<string[]> {
  return (await fixture().hosts(names)).map((h) => h.host).sort();
}

async function timed<T>(what: string, run: Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await run;
  } finally {
    console.log(`${what}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}

describe("monitoring provider faults at -parallelism=20", () => {
  it("absorbs a burst of two HTTP 502s on every call: each target exactly once, then no changes", async () => {
    const proxy = await startFaultProxy(fixture().zabbix.url);
    const names = targetNames("burst");
    const wd = workdirBehind(proxy, "e2e-burst", names);
    try {
      await wd.init();
      proxy.failEachRequest("502", 2);
      const applied = await timed(`apply of ${COUNT} targets, 2x 502 per call`, apply(wd));
      expect(applied.stdout).toContain(`Apply complete! Resources: ${COUNT + 1} added`);
      expect(proxy.failed).toBeGreaterThan(COUNT);
      expect(await namesInZabbix(names)).toEqual(names);
      expect(await namesInState(wd)).toEqual(names);
      expect((await planExitCode(wd)).code).toBe(0);
      proxy.failEachRequest("502", 0);
      await wd.destroy();
    } finally {
      wd.remove();
      await proxy.close();
    }
  }, 120_000);

  it("fails the targets whose creates keep answering 502 by name, keeps the rest, and converges", async () => {
    const proxy = await startFaultProxy(fixture().zabbix.url);
    const names = targetNames("broken");
    const broken = ["broken-07", "broken-31"];
    const wd = workdirBehind(proxy, "e2e-broken", names);
    try {
      await wd.init();
      proxy.failWhere(
        "502",
        (r) => r.method === "host.create" && broken.some((name) => r.body.includes(`"${name}"`)),
      );
      const output = await timed(
        `failing apply of ${COUNT} targets, 2 always 502`,
        expectFailure(apply(wd)),
      );
      for (const name of broken) {
        expect(output).toContain(`with monitoring_target.${name.replace("-", "_")}`);
        expect(output).toContain(`target "${name}": Zabbix host.create at ${proxy.url}: HTTP 502`);
      }
      expect(output.match(/Error: Monitoring backend unavailable/g)?.length).toBe(broken.length);
      const healthy = names.filter((name) => !broken.includes(name));
      expect(await namesInZabbix(names)).toEqual(healthy);
      expect(await namesInState(wd)).toEqual(healthy);

      proxy.failWhere("502", undefined);
      const again = await timed("re-apply", apply(wd));
      expect(again.stdout).toContain(`Apply complete! Resources: ${broken.length} added`);
      expect(await namesInZabbix(names)).toEqual(names);
      expect(await namesInState(wd)).toEqual(names);
      expect((await planExitCode(wd)).code).toBe(0);
      await wd.destroy();
    } finally {
      wd.remove();
      await proxy.close();
    }
  }, 120_000);

  it("leaves state exactly matching Zabbix when the backend goes away mid-apply, and the next apply converges", async () => {
    const proxy = await startFaultProxy(fixture().zabbix.url);
    const names = targetNames("gone");
    const wd = workdirBehind(proxy, "e2e-gone", names);
    try {
      await wd.init();
      // The first create goes through; from the second on, every request meets a dead backend.
      let creates = 0;
      let gone = false;
      proxy.failWhere("503", (r) => {
        if (r.method === "host.create" && ++creates > 1) gone = true;
        return gone;
      });
      const output = await timed(
        `apply of ${COUNT} targets, backend gone`,
        expectFailure(apply(wd)),
      );
      const registered = await namesInZabbix(names);
      expect(registered.length).toBeGreaterThan(0);
      expect(registered.length).toBeLessThan(COUNT);
      expect(await namesInState(wd)).toEqual(registered);
      for (const name of names.filter((n) => !registered.includes(n)))
        expect(output).toContain(`target "${name}": Zabbix`);

      proxy.failWhere("503", undefined);
      await timed("re-apply", apply(wd));
      expect(await namesInZabbix(names)).toEqual(names);
      expect(await namesInState(wd)).toEqual(names);
      expect((await planExitCode(wd)).code).toBe(0);
      await wd.destroy();
    } finally {
      wd.remove();
      await proxy.close();
    }
  }, 120_000);

  it("changes nothing but the wall time when every answer takes 1-3 s", async () => {
    const proxy = await startFaultProxy(fixture().zabbix.url);
    const names = targetNames("slow");
    const wd = workdirBehind(proxy, "e2e-slow", names);
    try {
      await wd.init();
      proxy.delay(1_000, 3_000);
      const applied = await timed(`apply of ${COUNT} targets, 1-3 s per answer`, apply(wd));
      expect(applied.stdout).toContain(`Apply complete! Resources: ${COUNT + 1} added`);
      expect(await namesInZabbix(names)).toEqual(names);
      expect(await namesInState(wd)).toEqual(names);
      expect((await timed("no-change plan, slow", planExitCode(wd))).code).toBe(0);
      proxy.delay(0, 0);
      await wd.destroy();
    } finally {
      wd.remove();
      await proxy.close();
    }
  }, 120_000);
});
