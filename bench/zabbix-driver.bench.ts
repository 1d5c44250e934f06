/**
 * Zabbix driver benchmark: create, read, update and delete of N targets through the driver,
 * against the same Zabbix calls made with bare `fetch` (no checks, no retries, template ids
 * looked up beforehand) in the same run — the ratio is the driver's own cost on top of Zabbix's.
 * Both link "ICMP Ping", so that Zabbix's template linking does not drown the difference.
 * Median of 3 interleaved runs, 10 calls in flight.
 *
 * `npm run bench -- zabbix`; `BENCH_ZABBIX_TARGETS=100` changes the size (default 40).
 */
import { performance } from "node:perf_hooks";
import type { TargetSpec } from "../lib/provider/backend-driver";
import { connectZabbix, type ZabbixDriver } from "../lib/provider/zabbix";
import { startZabbix, type ZabbixInstance } from "../test/support/zabbix";

const TARGETS = Number(process.env.BENCH_ZABBIX_TARGETS ?? 40);
const RUNS = 3;
const IN_FLIGHT = 10;
const OPS = ["create", "read", "update", "delete"] as const;
type Op = (typeof OPS)[number];
type Timings = Record<Op, number>;

async function inParallel<T>(
  items: readonly T[],
  work: (item: T, index: number) => Promise<unknown>,
) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await work(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
}

async function timed(timings: Partial<Timings>, op: Op, run: () => Promise<unknown>) {
  const start = performance.now();
  await run();
  timings[op] = performance.now() - start;
}

/** Warm-up runs use 10 targets (PHP's opcache, the driver's template cache); measured runs all. */
function specs(run: string, group: string): TargetSpec[] {
  return Array.from({ length: run.startsWith("warm") ? 10 : TARGETS }, (_, i) => ({
    name: `bench-${run}-${i}`,
    displayName: `bench ${run} ${i}`,
    kind: "linux_server",
    templates: ["ICMP Ping"],
    address: `192.0.2.${(i % 250) + 1}`,
    port: 10050,
    groups: [group],
    thresholds: { ICMP_LOSS_WARN: "20" },
    tags: { bench: run },
    enabled: true,
  }));
}

async function viaDriver(driver: ZabbixDriver, run: string, group: string): Promise<Timings> {
  const all = specs(run, group);
  const t: Partial<Timings> = {};
  const ids: string[] = [];
  await timed(t, "create", () =>
    inParallel(all, async (s, i) => (ids[i] = (await driver.targets.create(s)).id)),
  );
  await timed(t, "read", () => inParallel(ids, (id) => driver.targets.read(id)));
  await timed(t, "update", () =>
    inParallel(all, (s, i) =>
      driver.targets.update(ids[i]!, { ...s, thresholds: { ICMP_LOSS_WARN: "30" } }),
    ),
  );
  await timed(t, "delete", () => inParallel(ids, (id) => driver.targets.delete(id)));
  return t as Timings;
}

async function viaFetch(zabbix: ZabbixInstance, run: string, group: string): Promise<Timings> {
  let auth = "";
  // Colliding concurrent writes fail in Zabbix; the baseline retries them at once, as often as needed.
  const call = async (method: string, params: unknown): Promise<unknown> => {
    for (;;) {
      const response = await fetch(zabbix.url, {
        method: "POST",
        headers: { "content-type": "application/json-rpc" },
        body: JSON.stringify({ jsonrpc: "2.0", method, params, id: 1, ...(auth ? { auth } : {}) }),
      });
      const body = (await response.json()) as { result?: unknown; error?: { data: string } };
      if (!body.error) return body.result;
      if (!body.error.data.includes("DBEXECUTE_ERROR"))
        throw new Error(`${method}: ${body.error.data}`);
    }
  };
  auth = (await call("user.login", {
    username: zabbix.username,
    password: zabbix.password,
  })) as string;
  const [template] = (await call("template.get", {
    output: ["templateid"],
    filter: { host: ["ICMP Ping"] },
  })) as Array<{
    templateid: string;
  }>;
  const all = specs(run, group);
  const t: Partial<Timings> = {};
  const ids: string[] = [];
  const host = (s: TargetSpec, loss: string) => ({
    host: s.name,
    name: s.displayName,
    groups: [{ groupid: group }],
    macros: [{ macro: "{$ICMP_LOSS_WARN}", value: loss }],
    tags: [{ tag: "bench", value: run }],
  });
  await timed(t, "create", () =>
    inParallel(all, async (s, i) => {
      const result = (await call("host.create", {
        ...host(s, "20"),
        interfaces: [{ type: 1, main: 1, useip: 1, ip: s.address, dns: "", port: "10050" }],
        templates: [{ templateid: template!.templateid }],
      })) as { hostids: string[] };
      ids[i] = result.hostids[0]!;
    }),
  );
  await timed(t, "read", () =>
    inParallel(ids, (id) =>
      call("host.get", {
        hostids: [id],
        output: ["hostid", "host", "name", "status"],
        selectInterfaces: "extend",
        selectGroups: ["groupid"],
        selectParentTemplates: ["templateid", "host"],
        selectMacros: ["macro", "value"],
        selectTags: ["tag", "value"],
      }),
    ),
  );
  await timed(t, "update", () =>
    inParallel(all, (s, i) => call("host.update", { hostid: ids[i], ...host(s, "30") })),
  );
  await timed(t, "delete", () => inParallel(ids, (id) => call("host.delete", [id])));
  return t as Timings;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const zabbix = await startZabbix();
  try {
    const driver = await connectZabbix(zabbix);
    const group = (await driver.groups.create({ name: "Bench" })).id;
    await viaFetch(zabbix, "warm-f", group);
    await viaDriver(driver, "warm-d", group);
    const raw: Timings[] = [];
    const drv: Timings[] = [];
    for (let r = 0; r < RUNS; r++) {
      raw.push(await viaFetch(zabbix, `f${r}`, group));
      drv.push(await viaDriver(driver, `d${r}`, group));
    }
    await driver.close();
    process.stdout.write(
      `Zabbix driver, ${TARGETS} targets, ${IN_FLIGHT} in flight, median of ${RUNS} (ms)\n`,
    );
    process.stdout.write(
      `${"op".padEnd(8)}${"fetch".padStart(10)}${"driver".padStart(10)}${"ratio".padStart(8)}\n`,
    );
    for (const op of OPS) {
      const f = median(raw.map((x) => x[op]));
      const d = median(drv.map((x) => x[op]));
      process.stdout.write(
        `${op.padEnd(8)}${f.toFixed(0).padStart(10)}${d.toFixed(0).padStart(10)}${(d / f).toFixed(2).padStart(8)}\n`,
      );
    }
  } finally {
    await zabbix.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
