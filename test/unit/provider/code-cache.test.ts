import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CACHE_DIR_ENV, codeCacheDir, loadBundle } from "../../../lib/provider/code-cache";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "code-cache-test-"));
  dirs.push(dir);
  return dir;
}

/** A CommonJS bundle that requires a sibling and returns a value computed by a function. */
function writeBundle(dir: string, factor: number): string {
  writeFileSync(join(dir, "helper.js"), "module.exports = { base: 40 };\n");
  const file = join(dir, "bundle.js");
  writeFileSync(
    file,
    `const { base } = require("./helper");
function answer(n) { return base + n * ${factor}; }
exports.answer = answer;
exports.where = __dirname;
exports.self = module.filename;
`,
  );
  return file;
}

type BundleExports = { answer(n: number): number; where: string; self: string };

const CODE_CACHE = join(__dirname, "..", "..", "..", "lib", "provider", "code-cache.ts");

/**
 * Loads the bundle in a fresh node, as a launch does (within one process V8 reuses what it
 * compiled and never looks at the cache).
 */
function loadInFreshProcess(file: string, cache: string) {
  const script = `
    const { loadBundle } = require(${JSON.stringify(CODE_CACHE)});
    const b = loadBundle(${JSON.stringify(file)}, ${JSON.stringify(cache)});
    const answer = b.exports.answer(2);
    console.log(JSON.stringify({ state: b.cacheState, answer, saved: b.saveCache() }));`;
  const result = spawnSync(process.execPath, ["--import", "tsx", "-e", script], {
    encoding: "utf8",
  });
  expect(result.stderr).toBe("");
  return JSON.parse(result.stdout) as { state: string; answer: number; saved: boolean };
}

/** A bundle loaded once, with its cache written. */
function bundleWithCache() {
  const dir = tempDir();
  const cache = join(dir, "cache");
  const file = writeBundle(dir, 1);
  const first = loadBundle(file, cache);
  first.saveCache();
  return { dir, cache, file, first };
}

describe("loadBundle", () => {
  it("runs a CommonJS file as node would: exports, sibling require, __dirname, module.filename", () => {
    const dir = tempDir();
    const file = writeBundle(dir, 1);
    const loaded = loadBundle(file, join(dir, "cache"));
    const exports = loaded.exports as BundleExports;
    expect(exports.answer(2)).toBe(42);
    expect(exports.where).toBe(dir);
    expect(exports.self).toBe(file);
  });

  it("writes the cache once, then V8 accepts it and the bundle behaves the same", () => {
    const dir = tempDir();
    const cache = join(dir, "cache");
    const file = writeBundle(dir, 1);
    const first = loadBundle(file, cache);
    expect(first.cacheState).toBe("missing");
    (first.exports as BundleExports).answer(1);
    expect(first.saveCache()).toBe(true);
    expect(first.saveCache()).toBe(false);
    expect(readdirSync(cache)).toEqual([first.cacheFile.slice(cache.length + 1)]);

    expect(loadInFreshProcess(file, cache)).toEqual({
      state: "accepted",
      answer: 42,
      saved: false,
    });
  });

  it("never runs a cache made for other text, even of the same length", () => {
    const { dir, cache, file } = bundleWithCache();
    writeBundle(dir, 3); // same length, other code
    expect(loadInFreshProcess(file, cache)).toEqual({ state: "missing", answer: 46, saved: true });
  });

  it("survives a corrupt cache (rejected, then rewritten) and an unwritable cache directory", () => {
    const { dir, cache, file, first } = bundleWithCache();
    writeFileSync(first.cacheFile, Buffer.alloc(2000, 7));
    expect(loadInFreshProcess(file, cache)).toEqual({ state: "rejected", answer: 42, saved: true });
    expect(loadInFreshProcess(file, cache)).toEqual({
      state: "accepted",
      answer: 42,
      saved: false,
    });

    const blocked = join(dir, "not-a-dir");
    writeFileSync(blocked, "");
    const unwritable = loadBundle(file, join(blocked, "cache"));
    expect((unwritable.exports as BundleExports).answer(2)).toBe(42);
    expect(unwritable.saveCache()).toBe(false);
  });
});

describe("cache pruning", () => {
  it("keeps the newest 8 caches of a bundle (other builds, other nodes) when it writes one", () => {
    const dir = tempDir();
    const cache = join(dir, "cache");
    mkdirSync(cache);
    const old = Date.now() / 1000 - 3600;
    for (let i = 0; i < 10; i++) {
      const stale = join(cache, `bundle-old${i}.v8cache`);
      writeFileSync(stale, "x");
      utimesSync(stale, old + i, old + i);
    }
    writeFileSync(join(cache, "other-bundle-old.v8cache"), "x");
    const loaded = loadBundle(writeBundle(dir, 1), cache);
    expect(loaded.saveCache()).toBe(true);
    const left = readdirSync(cache).sort();
    expect(left).toHaveLength(9);
    expect(left).toContain(basename(loaded.cacheFile));
    expect(left).toContain("other-bundle-old.v8cache");
    expect(left).not.toContain("bundle-old0.v8cache");
    expect(left).not.toContain("bundle-old2.v8cache");
    expect(left).toContain("bundle-old3.v8cache");
  });
});

describe("codeCacheDir", () => {
  it("is $CDKTF_MONITORING_CACHE_DIR, else under $XDG_CACHE_HOME, else under ~/.cache", () => {
    expect(codeCacheDir({ [CACHE_DIR_ENV]: "/c", XDG_CACHE_HOME: "/x", HOME: "/h" })).toBe("/c");
    expect(codeCacheDir({ XDG_CACHE_HOME: "/x", HOME: "/h" })).toBe(
      join("/x", "cdktf-monitoring", "provider"),
    );
    expect(codeCacheDir({ HOME: "/h" })).toBe(join("/h", ".cache", "cdktf-monitoring", "provider"));
  });
});
