/**
 * Synthesis benchmark: N Lambda functions + N SQS queues with their alarms, one SNS topic and a
 * dashboard (aws), and N Linux VMs with their seven default Azure Monitor alerts and one action
 * group (azure), each monitored by the library versus written by hand in plain cdktf, for
 * N = 100, 500, 1000. Every measurement runs in its own child process (so peak RSS is the measurement's own);
 * the table shows medians of 3 and the ratios library / hand-written.
 *
 * Both halves run as compiled JavaScript under plain `node`, as a user runs the package (its
 * `dist/lib` is tsc output): before measuring, tsc compiles `lib/` and `bench/fixtures/` with the
 * settings of `npm run build` into `node_modules/.cache/cdktf-monitoring-bench/` (incremental, a
 * few seconds when little changed). Loading TypeScript through tsx instead would charge the
 * library's ~100 source files a transpile-and-source-map cost no user pays, and the hand-written
 * half almost none.
 *
 * `npm run bench -- synth` runs only this file; `BENCH_SIZES=100,200 BENCH_RUNS=1` shrink it and
 * `BENCH_CLOUDS=azure` runs one workload.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { ChildResult, Variant } from "./fixtures/synth-child";

/** What one measurement gave: the child's figures and the whole process time. */
interface Measurement extends ChildResult {
  /** Whole child process, node start-up included (measured by the parent). */
  readonly processMs: number;
}

const SIZES = (process.env.BENCH_SIZES ?? "100,500,1000").split(",").map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const RSS_TARGET_MB = 300;
/**
 * The AWS workload's start-up targets (issue #13): the library's whole-process wall time and peak
 * RSS at most these multiples of the hand-written stack's, at the sizes given.
 */
const AWS_TARGETS: Readonly<Record<number, { readonly wall: number; readonly rss: number }>> = {
  100: { wall: 0.9, rss: 1.0 },
  1000: { wall: 0.8, rss: 1.0 },
};
/** Azure: the library's peak RSS at most this many times the hand-written one's. */
const AZURE_RSS_RATIO_TARGET = 1.1;
/** The two workloads and their halves; `BENCH_CLOUDS=aws` or `=azure` runs one. */
const WORKLOADS = [
  { cloud: "aws", library: "library", hand: "hand" },
  { cloud: "azure", library: "azure-library", hand: "azure-hand" },
].filter((w) =>
  (process.env.BENCH_CLOUDS ?? "aws,azure").split(",").includes(w.cloud),
) as readonly {
  readonly cloud: string;
  readonly library: Variant;
  readonly hand: Variant;
}[];
const ROOT = join(__dirname, "..");
/** Where tsc writes the JavaScript the children run (inside node_modules, so that it resolves). */
const COMPILED = join(ROOT, "node_modules", ".cache", "cdktf-monitoring-bench");
const CHILD = join(COMPILED, "bench", "fixtures", "synth-child.js");

/**
 * Compiles `lib/` and `bench/fixtures/` with the project's tsc settings (those of `npm run build`,
 * without declarations), incrementally, so the children run what a user of the package runs.
 */
function compile(): void {
  const started = performance.now();
  const tsc = spawnSync(
    process.execPath,
    [
      require.resolve("typescript/bin/tsc"),
      "-p",
      join(__dirname, "fixtures", "tsconfig.bench.json"),
      "--outDir",
      COMPILED,
      "--tsBuildInfoFile",
      join(COMPILED, "tsbuildinfo"),
    ],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  // Type errors elsewhere in the tree (work in progress) do not stop the emit; a missing output does.
  if (!existsSync(CHILD) || (tsc.status !== 0 && tsc.status !== 1 && tsc.status !== 2)) {
    throw new Error(`tsc failed (exit ${tsc.status}):\n${tsc.stdout}${tsc.stderr}`);
  }
  if (tsc.status !== 0) {
    const errors = tsc.stdout.split("\n").filter((l) => l.includes("error TS"));
    process.stdout.write(
      `tsc reported ${errors.length} type error(s); measuring the emitted JavaScript anyway:\n` +
        `${errors.slice(0, 5).join("\n")}\n`,
    );
  }
  process.stdout.write(
    `compiled lib/ and bench/fixtures/ in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
}

function measure(variant: Variant, n: number, widgets?: number): Measurement {
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    [CHILD, variant, String(n), ...(widgets ? [String(widgets)] : [])],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  const processMs = performance.now() - started;
  const line = result.stdout.split("\n").find((l) => l.startsWith("RESULT "));
  if (result.status !== 0 || !line) {
    throw new Error(
      `${variant} N=${n} failed (exit ${result.status}):\n${result.stderr.slice(-3000)}`,
    );
  }
  return { ...(JSON.parse(line.slice("RESULT ".length)) as ChildResult), processMs };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function medianOf(runs: Measurement[]): Measurement {
  const pick = (
    key: "buildMs" | "importMs" | "constructMs" | "synthMs" | "processMs" | "maxRssMb",
  ) => median(runs.map((r) => r[key]));
  return {
    buildMs: pick("buildMs"),
    importMs: pick("importMs"),
    constructMs: pick("constructMs"),
    synthMs: pick("synthMs"),
    processMs: pick("processMs"),
    maxRssMb: pick("maxRssMb"),
    resources: runs[0]!.resources,
    alarms: runs[0]!.alarms,
    dashboards: runs[0]!.dashboards,
    widgets: runs[0]!.widgets,
    topics: runs[0]!.topics,
    azureAlertsDigest: runs[0]!.azureAlertsDigest,
  };
}

function row(cells: readonly (string | number)[], widths: readonly number[]): string {
  return cells.map((c, i) => String(c).padStart(widths[i]!)).join("  ");
}

function parent(): void {
  const headers = [
    "N",
    "variant",
    "resources",
    "alarms",
    "dash",
    "widgets",
    "import s",
    "construct s",
    "synth s",
    "build s",
    "process s",
    "RSS MB",
  ];
  const widths = headers.map((h) => Math.max(h.length, 9));
  const lines = [row(headers, widths)];
  const ratios: string[] = [];
  const problems: string[] = [];
  for (const { cloud, library, hand: handVariant } of WORKLOADS)
    for (const n of SIZES) {
      // Runs alternate between the variants so that load from other processes hits both alike.
      const runs = new Map<Variant, Measurement[]>([
        [library, []],
        [handVariant, []],
      ]);
      const results = new Map<Variant, Measurement | Error>();
      for (let r = 0; r < RUNS; r++) {
        for (const variant of [library, handVariant]) {
          if (results.has(variant)) continue;
          try {
            // The hand-written dashboard gets as many widgets as the library's (see hand-written.ts).
            const libraryWidgets = runs.get(library)![0]?.widgets;
            runs
              .get(variant)!
              .push(measure(variant, n, variant === "hand" ? libraryWidgets : undefined));
          } catch (error) {
            results.set(variant, error as Error);
          }
        }
      }
      for (const [variant, measured] of runs)
        if (!results.has(variant)) results.set(variant, medianOf(measured));
      for (const variant of [handVariant, library]) {
        const m = results.get(variant)!;
        if (m instanceof Error) {
          lines.push(
            `${row([n, variant], widths)}  failed: ${m.message.split("\n").find((l) => l.trim()) ?? ""}`,
          );
          problems.push(m.message);
          continue;
        }
        const s = (ms: number): string => (ms / 1000).toFixed(2);
        lines.push(
          row(
            [
              n,
              variant,
              m.resources,
              m.alarms,
              m.dashboards,
              m.widgets,
              s(m.importMs),
              s(m.constructMs),
              s(m.synthMs),
              s(m.buildMs),
              s(m.processMs),
              m.maxRssMb.toFixed(0),
            ],
            widths,
          ),
        );
      }
      const hand = results.get(handVariant);
      const lib = results.get(library);
      if (hand instanceof Error || lib instanceof Error || !hand || !lib) continue;
      if (
        hand.alarms !== lib.alarms ||
        // AWS: the library splits the widgets over several dashboards, the hand-written one has one.
        (cloud === "azure" && hand.dashboards !== lib.dashboards) ||
        hand.widgets !== lib.widgets ||
        hand.topics !== lib.topics
      ) {
        problems.push(
          `${cloud} N=${n}: workloads differ — hand ${hand.alarms} alarms / ${hand.dashboards} dashboards / ${hand.widgets} widgets / ${hand.topics} topics, ` +
            `library ${lib.alarms} / ${lib.dashboards} / ${lib.widgets} / ${lib.topics}`,
        );
      }
      if (cloud === "azure" && hand.azureAlertsDigest !== lib.azureAlertsDigest) {
        problems.push(
          `azure N=${n}: the halves' alerts differ (names, scopes, severity, window, frequency, criteria, ` +
            `action groups): hand ${hand.azureAlertsDigest || "none"}, library ${lib.azureAlertsDigest || "none"}`,
        );
      }
      const ratio = (a: number, b: number): string => (a / b).toFixed(2);
      ratios.push(
        `${cloud.padEnd(5)} N=${String(n).padStart(4)}  build ${ratio(lib.buildMs, hand.buildMs)}x  process ${ratio(lib.processMs, hand.processMs)}x  ` +
          `RSS ${ratio(lib.maxRssMb, hand.maxRssMb)}x  (library / hand-written)`,
      );
      // Each run's pair (library, then hand-written, back to back): the spread behind the medians.
      const libraryRuns = runs.get(library)!;
      const handRuns = runs.get(handVariant)!;
      if (libraryRuns.length > 1 && libraryRuns.length === handRuns.length) {
        const pairs = libraryRuns.map((l, i) => l.buildMs / handRuns[i]!.buildMs);
        const rss = libraryRuns.map((l, i) => l.maxRssMb / handRuns[i]!.maxRssMb);
        const range = (values: number[]): string =>
          `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}x`;
        ratios.push(
          `${"".padEnd(5)} N=${String(n).padStart(4)}  per run: build ${pairs.map((r) => r.toFixed(2)).join(" ")} (${range(pairs)}), ` +
            `RSS ${range(rss)}; library build s ${libraryRuns.map((r) => (r.buildMs / 1000).toFixed(2)).join(" ")}, ` +
            `hand-written ${handRuns.map((r) => (r.buildMs / 1000).toFixed(2)).join(" ")}`,
        );
      }
      if (cloud === "azure" && lib.maxRssMb > hand.maxRssMb * AZURE_RSS_RATIO_TARGET)
        problems.push(
          `azure N=${n}: library peak RSS ${ratio(lib.maxRssMb, hand.maxRssMb)}x hand-written > ${AZURE_RSS_RATIO_TARGET}x target`,
        );
      if (cloud === "aws" && n === 1000 && lib.maxRssMb >= RSS_TARGET_MB)
        problems.push(
          `N=1000: library peak RSS ${lib.maxRssMb.toFixed(0)} MB >= ${RSS_TARGET_MB} MB target`,
        );
      const target = cloud === "aws" ? AWS_TARGETS[n] : undefined;
      if (target && lib.processMs > hand.processMs * target.wall)
        problems.push(
          `aws N=${n}: library wall ${ratio(lib.processMs, hand.processMs)}x hand-written > ${target.wall}x target`,
        );
      if (target && lib.maxRssMb > hand.maxRssMb * target.rss)
        problems.push(
          `aws N=${n}: library peak RSS ${ratio(lib.maxRssMb, hand.maxRssMb)}x hand-written > ${target.rss}x target`,
        );
      if (lib.buildMs > hand.buildMs)
        problems.push(
          `${cloud} N=${n}: library slower than hand-written (${ratio(lib.buildMs, hand.buildMs)}x)`,
        );
    }
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
  process.stdout.write(
    `medians of ${RUNS} runs, each in its own process; build = import + construct + synth; ` +
      `${cpus().length} CPUs, load average at the end ${load}\n\n`,
  );
  process.stdout.write(`${lines.join("\n")}\n\nRatios:\n${ratios.join("\n")}\n`);
  if (problems.length > 0) {
    process.stdout.write(`\nTargets missed or failures:\n- ${problems.join("\n- ")}\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write(
      `\nTargets met: library no slower than hand-written; AWS wall and peak RSS within ` +
        `${Object.entries(AWS_TARGETS)
          .map(([n, t]) => `${t.wall}x / ${t.rss}x at N=${n}`)
          .join(", ")} (sizes run); Azure peak RSS within ${AZURE_RSS_RATIO_TARGET}x` +
        (SIZES.includes(1000)
          ? `, under ${RSS_TARGET_MB} MB at N=1000.\n`
          : ` (N=1000 not run).\n`),
    );
  }
}

compile();
parent();
