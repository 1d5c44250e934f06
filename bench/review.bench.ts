/**
 * Review benchmark: a plan with 10,000 resource changes, made by scaling the real update plan
 * of the review tests (terraform with the mirrored AWS provider; generated first, ≈1–2 min)
 * into module copies with distinct names, so every change, reference and coverage link keeps
 * its real shape. Measures `review` end to end (read, parse, validate, summarize, format text,
 * markdown and json) against reading and `JSON.parse` of the same file, median of 5.
 *
 * `npm run bench -- review`; `BENCH_REVIEW_CHANGES=20000` changes the size.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { formatJson } from "../lib/review/format-json";
import { formatMarkdown } from "../lib/review/format-markdown";
import { formatText } from "../lib/review/format-text";
import { readPlanFiles } from "../lib/review/read-plan-file";
import { reviewPlans } from "../lib/review/review-plans";
import { realAwsPlans } from "../test/fixtures/review/real-plans";

const CHANGES = Number(process.env.BENCH_REVIEW_CHANGES ?? 10_000);
const RUNS = 5;
const TARGET_MS = 2000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const NAME_KEYS = new Set(["name", "alarm_name", "dashboard_name", "QueueName", "endpoint"]);

/** Gives every name-like string a copy suffix, so copies never link to each other. */
function rename(value: Json, copy: number, key = ""): Json {
  if (typeof value === "string")
    return NAME_KEYS.has(key) ? `${value}-${copy}` : value.replace(/:(ops-[a-z]+)$/, `:$1-${copy}`);
  if (Array.isArray(value)) return value.map((v) => rename(v, copy, key));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rename(v, copy, k)]));
  }
  return value;
}

/** The real plan's resource changes copied into modules `copy0..copyN` until `CHANGES` are reached. */
function scalePlan(text: string): { json: string; changes: number } {
  const plan = JSON.parse(text) as {
    resource_changes: Record<string, Json>[];
    configuration: { root_module: Record<string, Json> };
  };
  const base = plan.resource_changes;
  const copies = Math.ceil(CHANGES / base.length);
  const changes: Record<string, Json>[] = [];
  const moduleCalls: Record<string, Json> = {};
  for (let i = 0; i < copies && changes.length < CHANGES; i++) {
    moduleCalls[`copy${i}`] = { source: "./copy", module: plan.configuration.root_module };
    for (const rc of base) {
      if (changes.length === CHANGES) break;
      changes.push({
        ...rc,
        address: `module.copy${i}.${String(rc.address)}`,
        module_address: `module.copy${i}`,
        change: rename(rc.change!, i),
      });
    }
  }
  const scaled = {
    ...plan,
    resource_changes: changes,
    configuration: { ...plan.configuration, root_module: { module_calls: moduleCalls } },
  };
  return { json: JSON.stringify(scaled), changes: changes.length };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(fn: () => unknown): number[] {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times;
}

async function main(): Promise<void> {
  const plans = await realAwsPlans();
  const dir = mkdtempSync(join(tmpdir(), "cdktf-monitoring-review-bench-"));
  try {
    const { json, changes } = scalePlan(plans.text.update);
    const file = join(dir, "plan.json");
    writeFileSync(file, json);
    const baseline = median(time(() => JSON.parse(readFileSync(file, "utf8"))));
    const steps = {
      read: [] as number[],
      review: [] as number[],
      text: [] as number[],
      markdown: [] as number[],
      json: [] as number[],
    };
    let verdict = "";
    const cpu: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const cpuStart = process.cpuUsage();
      let t = performance.now();
      const inputs = readPlanFiles([file]);
      steps.read.push(performance.now() - t);
      t = performance.now();
      const result = reviewPlans(inputs);
      steps.review.push(performance.now() - t);
      for (const [step, format] of [
        ["text", formatText],
        ["markdown", formatMarkdown],
        ["json", formatJson],
      ] as const) {
        t = performance.now();
        format(result);
        steps[step].push(performance.now() - t);
      }
      const used = process.cpuUsage(cpuStart);
      cpu.push((used.user + used.system) / 1000);
      verdict = result.verdict;
    }
    const m = Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, median(v)])) as Record<
      keyof typeof steps,
      number
    >;
    const review = m.read + m.review + m.text;
    const first = steps.read[0]! + steps.review[0]! + steps.text[0]!;
    const mb = statSync(file).size / 1024 / 1024;
    const row = (label: string, ms: number) =>
      `${label.padEnd(46)}${ms.toFixed(0).padStart(7)} ms  ${(ms / baseline).toFixed(2).padStart(6)}x`;
    process.stdout.write(
      [
        `plan: ${changes} resource changes (${mb.toFixed(1)} MB), scaled from ${plans.files.update}`,
        `verdict: ${verdict}`,
        `${"step (median of " + RUNS + ")".padEnd(46)}${"time".padStart(10)}  vs baseline`,
        row("baseline: read file + JSON.parse", baseline),
        row("read + parse + validate plan", m.read),
        row("summarize (changes, flags)", m.review),
        row("format text", m.text),
        row("format markdown", m.markdown),
        row("format json", m.json),
        row("review (read..text, the default command)", review),
        row("  same, first iteration (cold, one CLI run)", first),
        `CPU time of one whole iteration (all formats): ${median(cpu).toFixed(0)} ms; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`,
        `target < ${TARGET_MS} ms for the default command: ${review < TARGET_MS ? "met" : "MISSED"}`,
        "",
      ].join("\n"),
    );
    if (review >= TARGET_MS) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
