/**
 * Loads the provider's CommonJS bundles with V8's code cache, so a launch does not compile half a
 * megabyte of JavaScript again (node 20 has no `module.enableCompileCache`).
 *
 * The cache lives outside the provider's directory: Terraform checks that directory against the
 * checksums in `.terraform.lock.hcl`, so nothing may be written there after installation. One file
 * per bundle, named after a hash of the bundle's text, the node version and the architecture;
 * written atomically (temporary file, then rename) and only when missing or rejected by V8. A cache
 * that cannot be read, is rejected or cannot be written costs the compile, never the launch.
 */
import { createHash } from "node:crypto";
import {
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import Module, { createRequire } from "node:module";
import { homedir } from "node:os";
import { basename, dirname, join } from "node:path";
import { Script } from "node:vm";

/** Directory of the code cache files. */
export const CACHE_DIR_ENV = "CDKTF_MONITORING_CACHE_DIR";
/**
 * Set to `1`, the launcher writes the caches right after the handshake and exits (`provider
 * install` warms the cache so that even the first launch by Terraform is fast).
 */
export const WARM_UP_ENV = "CDKTF_MONITORING_WARM_UP";
/** Cache files kept per bundle name (builds and node versions in use side by side). */
const KEPT_PER_BUNDLE = 8;

/**
 * `$CDKTF_MONITORING_CACHE_DIR`, else `$XDG_CACHE_HOME/cdktf-monitoring/provider`, else
 * `~/.cache/cdktf-monitoring/provider`.
 */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env[CACHE_DIR_ENV]) return env[CACHE_DIR_ENV];
  const base = env.XDG_CACHE_HOME || join(env.HOME || homedir(), ".cache");
  return join(base, "cdktf-monitoring", "provider");
}

/** What V8 made of the cache when a bundle was loaded. */
export type CodeCacheState = "missing" | "accepted" | "rejected";

export interface LoadedBundle {
  /** The bundle's `module.exports`. */
  readonly exports: unknown;
  /** The cache file for this bundle's text, node version and architecture. */
  readonly cacheFile: string;
  readonly cacheState: CodeCacheState;
  /**
   * Writes the code cache, including the functions compiled since loading, when it was missing or
   * rejected; does nothing otherwise or when the directory is not writable. Returns whether it wrote.
   */
  saveCache(): boolean;
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Runs the CommonJS file `file` as node would (its `require` resolves next to it), compiled with
 * the code cache from `cacheDir`.
 */
export function loadBundle(file: string, cacheDir: string = codeCacheDir()): LoadedBundle {
  const text = readFileSync(file);
  const key = createHash("sha256")
    .update(`${process.version} ${process.arch}\0`)
    .update(text)
    .digest("hex")
    .slice(0, 24);
  const name = basename(file, ".js");
  const cacheFile = join(cacheDir, `${name}-${key}.v8cache`);
  const cachedData = readOrUndefined(cacheFile);
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) {${text.toString("utf8")}\n})`,
    { filename: file, cachedData },
  );
  const cacheState: CodeCacheState = !cachedData
    ? "missing"
    : script.cachedDataRejected
      ? "rejected"
      : "accepted";
  const bundle = new Module(file, module);
  bundle.filename = file;
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(bundle.exports, bundle.exports, createRequire(file), bundle, file, dirname(file));
  bundle.loaded = true;
  let saved = cacheState === "accepted";
  return {
    get exports() {
      return bundle.exports;
    },
    cacheFile,
    cacheState,
    saveCache() {
      if (saved) return false;
      saved = true;
      return writeCache(cacheFile, `${name}-`, script.createCachedData());
    },
  };
}

function writeCache(cacheFile: string, prefix: string, data: Buffer): boolean {
  const dir = dirname(cacheFile);
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temporary, data);
    renameSync(temporary, cacheFile);
  } catch {
    try {
      unlinkSync(temporary);
    } catch {
      // Never written.
    }
    return false;
  }
  // Caches of other builds and node versions may still be in use (several projects, several
  // nodes): only the oldest beyond the newest KEPT_PER_BUNDLE go.
  try {
    const others = readdirSync(dir)
      .filter((f) => f.startsWith(prefix) && f.endsWith(".v8cache"))
      .map((f) => ({ path: join(dir, f), mtime: statSync(join(dir, f)).mtimeMs }))
      .sort((a, b) => b.mtime - a.mtime);
    for (const { path } of others.slice(KEPT_PER_BUNDLE)) unlinkSync(path);
  } catch {
    // Another process may be pruning too.
  }
  return true;
}
