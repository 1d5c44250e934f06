/**
 * The docs do what they say: in a fresh copy of the repository, the shell blocks of README.md
 * and docs/*.md run as written, in order (HOME is a new empty directory; the npm cache and the
 * AWS provider mirror are this machine's), the output they show is what they print, and the
 * TypeScript blocks compile as a user's files against the built package (`synth` blocks also
 * run). How each block is checked: `test/support/doc-blocks.ts`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readDocBlocks, type DocBlock } from "../../support/doc-blocks";
import { outputMismatch } from "../../support/doc-output";
import { compileDocBlocks, type CompiledBlock } from "../../support/doc-typescript";
import { freshCopy, runShell } from "../../support/fresh-copy";
import { findAwsMirror } from "../../support/terraform";

const ROOT = resolve(__dirname, "..", "..", "..");
const DOC_FILES = [
  "README.md",
  ...readdirSync(join(ROOT, "docs"))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => `docs/${name}`),
];
const BLOCK_TIMEOUT_MS = 20 * 60_000;

const work = mkdtempSync(join(tmpdir(), "cdktf-monitoring-docs-"));
const copy = join(work, "repo");
const home = join(work, "home");
const env = userEnvironment();
let copied = false;

/** This process's environment without vitest's, with a new HOME, as a user's shell has it. */
function userEnvironment(): NodeJS.ProcessEnv {
  const result: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(VITEST|TEST$|NODE_ENV$|NODE_OPTIONS$)/.test(key)) result[key] = value;
  }
  const npmCache = execFileSync("npm", ["config", "get", "cache"], { encoding: "utf8" }).trim();
  return {
    ...result,
    HOME: home,
    npm_config_cache: npmCache,
    npm_config_update_notifier: "false",
    NO_COLOR: "1",
    CDKTF_MONITORING_AWS_MIRROR: findAwsMirror(),
  };
}

function ensureCopy(): void {
  if (copied) return;
  freshCopy(ROOT, copy);
  mkdirSync(home, { recursive: true });
  copied = true;
}

afterAll(() => {
  if (!process.env.CDKTF_MONITORING_KEEP_DOCS_CHECK) rmSync(work, { recursive: true, force: true });
});

const where = (block: DocBlock): string => `${block.file}:${block.line}`;

const FILES_WITH_OUTPUT = DOC_FILES.filter((file) =>
  readDocBlocks(join(ROOT, file)).some((block) => block.check.kind === "run"),
);

describe.each(FILES_WITH_OUTPUT)("%s", (file) => {
  const blocks = readDocBlocks(join(ROOT, file)).map((block) => ({ ...block, file }));
  let lastRun: { block: DocBlock; output: string } | undefined;

  for (const block of blocks) {
    const check = block.check;
    if (check.kind === "run") {
      it(`${where(block)} runs as written`, async () => {
        ensureCopy();
        const run = await runShell(block.text, copy, env, BLOCK_TIMEOUT_MS);
        lastRun = { block, output: run.output };
        expect(
          run.exitCode,
          `${where(block)} exited ${run.exitCode}:\n${run.output.slice(-6000)}`,
        ).toBe(0);
      });
    } else if (check.kind === "output" || check.kind === "excerpt") {
      it(`${where(block)} shows what the block before it prints (${check.kind})`, () => {
        expect(
          lastRun,
          `${where(block)}: no run block before this ${check.kind} block`,
        ).toBeDefined();
        const mismatch = outputMismatch(check.kind, block.text, lastRun!.output, block.line + 1);
        expect(
          mismatch,
          `${block.file}:${mismatch} (output of ${where(lastRun!.block)})`,
        ).toBeUndefined();
      });
    }
  }
});

describe("TypeScript blocks, compiled as a user's files against the built package", () => {
  const blocks = DOC_FILES.flatMap((file) =>
    readDocBlocks(join(ROOT, file))
      .map((block) => ({ ...block, file }))
      .filter((block) => block.check.kind === "typecheck" || block.check.kind === "synth"),
  );
  let compiled: CompiledBlock[] | undefined;
  const compiledOf = (block: DocBlock): CompiledBlock => {
    ensureCopy();
    if (!existsSync(join(copy, "dist", "lib", "index.d.ts"))) {
      throw new Error(`the copy has no built package (dist/lib): did the README's npm ci fail?`);
    }
    compiled ??= compileDocBlocks(blocks, copy, join(work, "user-project"));
    return compiled.find((entry) => entry.block === block)!;
  };

  for (const block of blocks) {
    it(`${where(block)} compiles`, () => {
      const { errors } = compiledOf(block);
      expect(errors, errors.join("\n")).toEqual([]);
    });
    if (block.check.kind === "synth") {
      it(`${where(block)} synthesizes`, () => {
        const { script } = compiledOf(block);
        const outdir = join(work, "synth", `${block.line}`);
        mkdirSync(outdir, { recursive: true });
        execFileSync(process.execPath, [script], {
          cwd: join(work, "user-project"),
          env: { ...env, CDKTF_OUTDIR: outdir },
          stdio: "pipe",
        });
        const stacks = readdirSync(join(outdir, "stacks"));
        expect(stacks.length, `${where(block)} synthesized no stack`).toBeGreaterThan(0);
        for (const stack of stacks)
          expect(existsSync(join(outdir, "stacks", stack, "cdk.tf.json"))).toBe(true);
      });
    }
  }
});
