/**
 * The `monitoring` provider under the real `terraform` against a local Zabbix: plan, apply,
 * no-change plan and destroy of 200 targets at Terraform's default -parallelism and at 50, and the
 * time from launch to handshake. Baselines
 * measured in the same run: the same commands on 200 `terraform_data` resources (Terraform's
 * built-in provider: no plugin launches, no backend), and `node` starting and printing a line.
 * The provider's own share comes from the stats each provider process writes on shutdown. Each
 * step runs in ROUNDS rounds (`BENCH_ROUNDS`, default 3); figures and goals are medians, with the
 * range shown, as a 2-core machine's timings vary by a third from one run to the next.
 *
 *   npm run bench -- provider
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { installProvider } from "../lib/cli/provider-command";
import {
  MAGIC_COOKIE_KEY,
  MAGIC_COOKIE_VALUE,
  STATS_FILE_ENV,
} from "../lib/provider/protocol/plugin-server";
import { createSelfSignedCertificate } from "../lib/provider/protocol/certificate";
import { PROVIDER_HOST, PROVIDER_SOURCE, PROVIDER_VERSION } from "../lib/provider/schema";
import { ZabbixClient } from "../lib/provider/zabbix/json-rpc-client";
import { TerraformWorkdir } from "../test/support/terraform";
import { startZabbix, type ZabbixInstance } from "../test/support/zabbix";

const TARGETS = 200;
/** Targets applied with the kind's heavy default template, for an honest per-target figure. */
const HEAVY_TARGETS = 20;
const LAUNCHES = 10;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const GOALS = { apply: 5000, noChangePlan: 2000 };
/** Terraform's default, then a setting the README recommends for large registrations. */
const PARALLELISM = [undefined, 50] as const;

interface ProviderStats {
  readonly handshakeMs: number;
  readonly rpcs: number;
  readonly rpcMs: number;
  readonly wallMs: number;
  readonly cpuMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Milliseconds from spawn to the first line on stdout. The child is killed then; a Unix socket
 * named by a handshake line (`1|6|unix|<path>|grpc|...`) is removed, as its exit would have.
 */
function timeToFirstLine(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "ignore"] });
    child.stdout.once("data", (data: Buffer) => {
      resolve(performance.now() - started);
      child.kill("SIGKILL");
      const [, , network, address] = data.toString().split("|");
      if (network === "unix" && address) rmSync(address, { force: true });
    });
    child.once("error", reject);
  });
}

interface Handshakes {
  readonly provider: number;
  /** `node` printing a line, in the same environment. */
  readonly node: number;
  /** The same without `NODE_EXTRA_CA_CERTS`, which node parses at start-up (the provider does not). */
  readonly nodeWithoutExtraCas: number;
}

async function handshakes(executable: string): Promise<Handshakes> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE,
    PLUGIN_PROTOCOL_VERSIONS: "5,6",
    PLUGIN_CLIENT_CERT: createSelfSignedCertificate().certPem,
  };
  const { NODE_EXTRA_CA_CERTS: _extra, ...withoutExtraCas } = env;
  const provider: number[] = [];
  const node: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < LAUNCHES; i++) {
    provider.push(await timeToFirstLine(executable, [], env));
    node.push(await timeToFirstLine("node", ["-e", "console.log(1)"], env));
    bare.push(await timeToFirstLine("node", ["-e", "console.log(1)"], withoutExtraCas));
  }
  return { provider: median(provider), node: median(node), nodeWithoutExtraCas: median(bare) };
}

/**
 * An API token for the admin user, as a pipeline would use (username and password would add one
 * `user.login` per configured provider launch).
 */
async function createApiToken(zabbix: ZabbixInstance): Promise<string> {
  const client = new ZabbixClient({
    url: zabbix.url,
    username: zabbix.username,
    password: zabbix.password,
  });
  try {
    await client.connect();
    const { tokenids } = await client.call<{ tokenids: string[] }>("token.create", {
      name: "bench",
      userid: "1",
    });
    const [generated] = await client.call<Array<{ token: string }>>("token.generate", tokenids);
    return generated!.token;
  } finally {
    await client.close();
  }
}

async function timed(wd: TerraformWorkdir, args: string[]): Promise<number> {
  const started = performance.now();
  await wd.run([...args, "-input=false", "-no-color", "-lock=false"]);
  return performance.now() - started;
}

function readStats(file: string): ProviderStats[] {
  try {
    return readFileSync(file, "utf8")
      .trim()
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as ProviderStats);
  } catch {
    return [];
  }
}

async function main(): Promise<void> {
  const mirror = mkdtempSync(join(tmpdir(), "monitoring-bench-mirror-"));
  const statsFile = join(mirror, "stats.jsonl");
  const { executable } = await installProvider({ dir: mirror });
  const zabbix = await startZabbix();
  const apiToken = await createApiToken(zabbix);
  const ours = new TerraformWorkdir({
    prefix: "monitoring-bench-",
    extraMirrors: [{ path: mirror, include: [`${PROVIDER_HOST}/${PROVIDER_SOURCE}`] }],
    env: { ZABBIX_API_TOKEN: apiToken, [STATS_FILE_ENV]: statsFile },
  });
  const builtin = new TerraformWorkdir({ prefix: "monitoring-bench-builtin-" });
  const heavy = new TerraformWorkdir({
    prefix: "monitoring-bench-heavy-",
    extraMirrors: [{ path: mirror, include: [`${PROVIDER_HOST}/${PROVIDER_SOURCE}`] }],
    env: { ZABBIX_API_TOKEN: apiToken },
  });
  try {
    const targets = Object.fromEntries(
      Array.from({ length: TARGETS }, (_, i) => [
        `t${i}`,
        {
          name: `bench-${i}`,
          kind: "linux_server",
          // Linking "Linux by Zabbix agent" costs Zabbix 0.5-1 s per host; the provider is what is measured.
          templates: ["ICMP Ping"],
          address: `192.0.2.${(i % 250) + 1}`,
          groups: ["${monitoring_group.bench.id}"],
          thresholds: { "CPU.UTIL.CRIT": "90" },
        },
      ]),
    );
    ours.writeJson({
      terraform: {
        required_providers: { monitoring: { source: PROVIDER_SOURCE, version: PROVIDER_VERSION } },
      },
      provider: { monitoring: { zabbix: { url: zabbix.url } } },
      resource: { monitoring_group: { bench: { name: "bench" } }, monitoring_target: targets },
    });
    writeFileSync(
      join(builtin.dir, "main.tf.json"),
      JSON.stringify({
        resource: {
          terraform_data: Object.fromEntries(Object.keys(targets).map((k) => [k, { input: k }])),
        },
      }),
    );
    heavy.writeJson({
      terraform: {
        required_providers: { monitoring: { source: PROVIDER_SOURCE, version: PROVIDER_VERSION } },
      },
      provider: { monitoring: { zabbix: { url: zabbix.url } } },
      resource: {
        monitoring_group: { heavy: { name: "bench-heavy" } },
        monitoring_target: Object.fromEntries(
          Array.from({ length: HEAVY_TARGETS }, (_, i) => [
            `h${i}`,
            {
              name: `bench-heavy-${i}`,
              kind: "linux_server",
              address: `192.0.2.${(i % 250) + 1}`,
              groups: ["${monitoring_group.heavy.id}"],
            },
          ]),
        ),
      },
    });
    await ours.init();
    await builtin.init();
    await heavy.init();

    /** Every round's figures of each step, in the order the steps first ran. */
    const samples = new Map<string, { ours: number[]; builtin: number[]; cpu: number[] }>();
    const stats: Array<[string, ProviderStats[]]> = [];
    const step = async (label: string, args: string[]) => {
      const before = readStats(statsFile).length;
      const ms = await timed(ours, args);
      const base = await timed(builtin, args);
      const launched = readStats(statsFile).slice(before);
      const sample = samples.get(label) ?? { ours: [], builtin: [], cpu: [] };
      samples.set(label, sample);
      sample.ours.push(ms);
      sample.builtin.push(base);
      sample.cpu.push(launched.reduce((sum, x) => sum + x.cpuMs, 0));
      stats.push([label, launched]);
    };
    // Terraform hands a provider at most -parallelism operations at a time (default 10); the
    // provider batches what it is handed, so the figure depends on it: both are shown.
    const at = (parallelism: number | undefined) =>
      parallelism === undefined ? "default -parallelism (10)" : `-parallelism=${parallelism}`;
    for (let round = 0; round < ROUNDS; round++) {
      for (const parallelism of PARALLELISM) {
        const flag = parallelism === undefined ? [] : [`-parallelism=${parallelism}`];
        await step(`plan (${TARGETS} creates), ${at(parallelism)}`, ["plan", ...flag]);
        await step(`apply (${TARGETS} creates), ${at(parallelism)}`, [
          "apply",
          "-auto-approve",
          ...flag,
        ]);
        await step(`plan, no change, ${at(parallelism)}`, ["plan", ...flag]);
        await step(`destroy (${TARGETS}), ${at(parallelism)}`, [
          "destroy",
          "-auto-approve",
          ...flag,
        ]);
      }
    }
    const oursMedian = (label: string) => median(samples.get(label)!.ours);
    const goals = PARALLELISM.map((parallelism) => {
      const applyMs = oursMedian(`apply (${TARGETS} creates), ${at(parallelism)}`);
      const noChangeMs = oursMedian(`plan, no change, ${at(parallelism)}`);
      return (
        `at ${at(parallelism)}: apply of ${TARGETS} ${applyMs.toFixed(0)} ms (< ${GOALS.apply}: ${applyMs < GOALS.apply ? "met" : "NOT met"}), ` +
        `no-change plan ${noChangeMs.toFixed(0)} ms (< ${GOALS.noChangePlan}: ${noChangeMs < GOALS.noChangePlan ? "met" : "NOT met"})`
      );
    });
    const heavyApply = await timed(heavy, ["apply", "-auto-approve"]);
    await timed(heavy, ["destroy", "-auto-approve"]);
    const hs = await handshakes(executable);

    const out = process.stdout;
    out.write(
      `\nprovider vs Terraform's built-in provider (terraform_data), ${TARGETS} resources, same run\n` +
        `(targets link the light template "ICMP Ping": linking a kind's packaged default costs Zabbix itself far more, see below;\n` +
        ` the provider authenticates with an API token, as a pipeline would)\n`,
    );
    const width = Math.max(...[...samples.keys()].map((label) => label.length)) + 2;
    out.write(
      `${"step".padEnd(width)}${"ours ms".padStart(10)}${"range".padStart(14)}${"builtin ms".padStart(12)}${"ratio".padStart(8)}\n`,
    );
    for (const [label, sample] of samples) {
      const ms = median(sample.ours);
      const base = median(sample.builtin);
      const range = `${Math.min(...sample.ours).toFixed(0)}-${Math.max(...sample.ours).toFixed(0)}`;
      out.write(
        `${label.padEnd(width)}${ms.toFixed(0).padStart(10)}${range.padStart(14)}${base.toFixed(0).padStart(12)}${(ms / base).toFixed(2).padStart(8)}\n`,
      );
    }
    out.write(
      `\nprovider's own share (from each provider process's stats; medians of the rounds)\n`,
    );
    for (const [label, sample] of samples) {
      const launched = stats.find(([l]) => l === label)![1];
      const cpu = median(sample.cpu);
      const toHandshake = launched.reduce((sum, x) => sum + x.handshakeMs, 0);
      const rpc = launched.reduce((sum, x) => sum + x.rpcMs, 0);
      out.write(
        `${label.padEnd(width)} launches ${launched.length}, to handshake ${toHandshake.toFixed(0)} ms, in RPCs ${rpc.toFixed(0)} ms (incl. Zabbix; first round), provider CPU ${cpu.toFixed(0)} ms = ${((100 * cpu) / median(sample.ours)).toFixed(0)}% of wall\n`,
      );
    }
    out.write(
      `\nlaunch to handshake (median of ${LAUNCHES}): provider ${hs.provider.toFixed(0)} ms (goal <= 150 ms: ${hs.provider <= 150 ? "met" : "NOT met"}); ` +
        `node printing a line ${hs.node.toFixed(0)} ms (ratio ${(hs.provider / hs.node).toFixed(2)}), ` +
        `without NODE_EXTRA_CA_CERTS ${hs.nodeWithoutExtraCas.toFixed(0)} ms (ratio ${(hs.provider / hs.nodeWithoutExtraCas).toFixed(2)})\n`,
    );
    out.write(
      `apply of ${HEAVY_TARGETS} linux_server targets with the default template "Linux by Zabbix agent": ${heavyApply.toFixed(0)} ms (${(heavyApply / HEAVY_TARGETS).toFixed(0)} ms per target)\n`,
    );
    out.write(`goals (medians of ${ROUNDS} rounds): ${goals.join("\n       ")}\n`);
  } finally {
    ours.remove();
    builtin.remove();
    heavy.remove();
    await zabbix.stop();
    rmSync(mirror, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `provider bench failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exitCode = 1;
});
