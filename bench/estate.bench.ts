/**
 * An estate on the local Zabbix: 10,000 targets in 100 service groups, each group's targets one
 * `monitoring_target_set`, applied by the real `terraform`, then a no-change plan and a destroy.
 * Prints wall time and peak RSS of terraform and of the provider (the largest of its processes,
 * from the stats each writes on shutdown) and whether the goals are met. The baseline, in the same
 * run: the same shape on Terraform's built-in provider (100 `terraform_data`, each holding a map
 * of 100 JSON texts), which costs Terraform alone what our walk costs it.
 *
 *   npm run bench -- estate
 *
 * BENCH_ESTATE_GROUPS and BENCH_ESTATE_TARGETS (per group) shrink it for a quick look;
 * BENCH_PARALLELISM sets terraform's -parallelism (default 10); BENCH_PHP_WORKERS the Zabbix
 * frontend's PHP workers (default 8).
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { installProvider } from "../lib/cli/provider-command";
import { STATS_FILE_ENV } from "../lib/provider/protocol/plugin-server";
import { PROVIDER_HOST, PROVIDER_SOURCE, PROVIDER_VERSION } from "../lib/provider/schema";
import { ZabbixClient } from "../lib/provider/zabbix/json-rpc-client";
import { TerraformWorkdir, findTerraform } from "../test/support/terraform";
import { startZabbix } from "../test/support/zabbix";

const GROUPS = Number(process.env.BENCH_ESTATE_GROUPS ?? 100);
const PER_GROUP = Number(process.env.BENCH_ESTATE_TARGETS ?? 100);
const PARALLELISM = Number(process.env.BENCH_PARALLELISM ?? 10);
const PHP_WORKERS = Number(process.env.BENCH_PHP_WORKERS ?? 8);
const GOALS = { applyMs: 60_000, noChangePlanMs: 10_000, providerRssMb: 300 };
/** GNU time reports a command's peak RSS; without it, terraform's is not shown. */
const GNU_TIME = ["/usr/bin/time", "/bin/time"].find((p) => existsSync(p));

interface Run {
  readonly ms: number;
  /** Terraform's peak RSS in MB, when GNU time is installed. */
  readonly terraformRssMb?: number;
  readonly exitCode: number;
}

/** Runs terraform in `wd`, timing it and measuring its peak RSS; exit codes in `ok` are success. */
function run(wd: TerraformWorkdir, args: string[], ok: readonly number[] = [0]): Promise<Run> {
  const rssFile = join(wd.root, "rss");
  const terraform = findTerraform();
  const [command, commandArgs] = GNU_TIME
    ? [GNU_TIME, ["-f", "%M", "-o", rssFile, terraform, ...args]]
    : [terraform, args];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(
      command,
      commandArgs,
      { cwd: wd.dir, env: wd.env, maxBuffer: 1024 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        const ms = performance.now() - started;
        const exitCode = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        if (!ok.includes(exitCode)) {
          reject(new Error(`terraform ${args.join(" ")} exited ${exitCode}:\n${stderr}`));
          return;
        }
        const kb = GNU_TIME ? Number(readFileSync(rssFile, "utf8").trim().split("\n").pop()) : NaN;
        resolve({ ms, exitCode, ...(Number.isFinite(kb) ? { terraformRssMb: kb / 1024 } : {}) });
      },
    );
  });
}

interface ProviderStats {
  readonly cpuMs: number;
  readonly maxRssKb?: number;
}

function readStats(file: string): ProviderStats[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ProviderStats);
}

const groupName = (g: number) => `estate-${String(g).padStart(3, "0")}`;
const targetName = (g: number, t: number) => `${groupName(g)}-${String(t).padStart(3, "0")}`;

/** Entry `t` of group `g`: the JSON text of its attributes, `group` in its `groups`. */
function entry(g: number, t: number, group: string): string {
  return JSON.stringify({
    kind: "linux_server",
    // A kind's packaged default template costs Zabbix ≈140 ms per host; the provider is measured.
    templates: ["ICMP Ping"],
    address: `192.0.2.${((g * PER_GROUP + t) % 250) + 1}`,
    groups: [group],
    thresholds: { ICMP_LOSS_WARN: "20" },
    tags: { site: `site-${g % 10}` },
  });
}

async function main(): Promise<void> {
  const mirror = mkdtempSync(join(tmpdir(), "monitoring-estate-mirror-"));
  const statsFile = join(mirror, "stats.jsonl");
  await installProvider({ dir: mirror });
  const zabbix = await startZabbix({ phpWorkers: PHP_WORKERS });
  const ours = new TerraformWorkdir({
    prefix: "monitoring-estate-",
    extraMirrors: [{ path: mirror, include: [`${PROVIDER_HOST}/${PROVIDER_SOURCE}`] }],
    env: {
      ZABBIX_USERNAME: zabbix.username,
      ZABBIX_PASSWORD: zabbix.password,
      [STATS_FILE_ENV]: statsFile,
    },
  });
  const builtin = new TerraformWorkdir({ prefix: "monitoring-estate-builtin-" });
  const api = new ZabbixClient({
    url: zabbix.url,
    username: zabbix.username,
    password: zabbix.password,
  });
  try {
    const groups = Array.from({ length: GROUPS }, (_, g) => g);
    // The group's id (a number) is filled into each entry's JSON by Terraform, as a template.
    const targetsOf = (g: number, group: string) =>
      Object.fromEntries(
        Array.from({ length: PER_GROUP }, (_, t) => [targetName(g, t), entry(g, t, group)]),
      );
    ours.writeJson({
      terraform: {
        required_providers: { monitoring: { source: PROVIDER_SOURCE, version: PROVIDER_VERSION } },
      },
      provider: { monitoring: { zabbix: { url: zabbix.url } } },
      resource: {
        monitoring_group: Object.fromEntries(groups.map((g) => [`g${g}`, { name: groupName(g) }])),
        monitoring_target_set: Object.fromEntries(
          groups.map((g) => [
            `s${g}`,
            { name: groupName(g), targets: targetsOf(g, `\${monitoring_group.g${g}.id}`) },
          ]),
        ),
      },
    });
    writeFileSync(
      join(builtin.dir, "main.tf.json"),
      JSON.stringify({
        resource: {
          terraform_data: Object.fromEntries(
            groups.map((g) => [`s${g}`, { input: targetsOf(g, groupName(g)) }]),
          ),
        },
      }),
    );
    await ours.init();
    await builtin.init();
    const flags = ["-input=false", "-no-color", "-lock=false", `-parallelism=${PARALLELISM}`];

    const rows: Array<{
      step: string;
      ours: Run;
      builtin: Run;
      providerRssMb: number;
      cpuMs: number;
    }> = [];
    const step = async (label: string, args: string[], ok?: readonly number[]) => {
      const before = readStats(statsFile).length;
      const mine = await run(ours, [...args, ...flags], ok);
      const launched = readStats(statsFile).slice(before);
      const base = await run(builtin, [...args, ...flags], ok);
      rows.push({
        step: label,
        ours: mine,
        builtin: base,
        providerRssMb: Math.max(0, ...launched.map((s) => (s.maxRssKb ?? 0) / 1024)),
        cpuMs: launched.reduce((sum, s) => sum + s.cpuMs, 0),
      });
      return mine;
    };
    const total = GROUPS * PER_GROUP;
    await step(`apply (${total} creates)`, ["apply", "-auto-approve"]);
    await api.connect();
    const rowcount = Number(
      await api.call<string>("host.get", {
        countOutput: true,
        search: { host: "estate-" },
        startSearch: true,
      }),
    );
    const noChange = await step("plan, no change", ["plan", "-detailed-exitcode"], [0, 2]);
    await step(`destroy (${total})`, ["destroy", "-auto-approve"]);

    const out = process.stdout;
    out.write(
      `\n${total} targets in ${GROUPS} monitoring_target_sets of ${PER_GROUP} (template "ICMP Ping"), -parallelism=${PARALLELISM}, ` +
        `PHP workers ${PHP_WORKERS}; baseline: the same shape on terraform_data, same run\n`,
    );
    out.write(
      `${"step".padEnd(28)}${"ours s".padStart(9)}${"builtin s".padStart(11)}${"ratio".padStart(8)}` +
        `${"tf RSS MB*".padStart(11)}${"builtin".padStart(9)}${"provider RSS MB".padStart(17)}${"provider CPU s".padStart(16)}\n`,
    );
    const mb = (x: number | undefined) => (x === undefined ? "n/a" : x.toFixed(0));
    for (const r of rows) {
      out.write(
        `${r.step.padEnd(28)}${(r.ours.ms / 1000).toFixed(1).padStart(9)}${(r.builtin.ms / 1000).toFixed(1).padStart(11)}` +
          `${(r.ours.ms / r.builtin.ms).toFixed(2).padStart(8)}${mb(r.ours.terraformRssMb).padStart(11)}` +
          `${mb(r.builtin.terraformRssMb).padStart(9)}${r.providerRssMb.toFixed(0).padStart(17)}${(r.cpuMs / 1000).toFixed(1).padStart(16)}\n`,
      );
    }
    out.write(
      "* GNU time's peak RSS of terraform's process tree: the largest of terraform and the providers it ran\n",
    );
    const applied = rows[0]!;
    const planned = rows[1]!;
    const rss = Math.max(...rows.map((r) => r.providerRssMb));
    const verdict = (ok: boolean) => (ok ? "met" : "NOT met");
    out.write(
      `hosts in Zabbix after the apply: ${rowcount} (expected ${total}); no-change plan: ${noChange.exitCode === 0 ? "no changes" : "CHANGES (exit 2)"}\n` +
        `goals: apply ${(applied.ours.ms / 1000).toFixed(1)} s <= ${GOALS.applyMs / 1000} s: ${verdict(applied.ours.ms <= GOALS.applyMs)}; ` +
        `no-change plan ${(planned.ours.ms / 1000).toFixed(1)} s <= ${GOALS.noChangePlanMs / 1000} s: ${verdict(planned.ours.ms <= GOALS.noChangePlanMs && noChange.exitCode === 0)}; ` +
        `provider RSS ${rss.toFixed(0)} MB <= ${GOALS.providerRssMb} MB: ${verdict(rss <= GOALS.providerRssMb)}\n`,
    );
    if (rowcount !== total || noChange.exitCode !== 0) process.exitCode = 1;
  } finally {
    await api.close();
    ours.remove();
    builtin.remove();
    await zabbix.stop();
    rmSync(mirror, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `estate bench failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exitCode = 1;
});
