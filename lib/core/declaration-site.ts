/**
 * Where the user's program declared a piece of monitoring: the first stack frame outside this
 * package and outside `node_modules`, as `file:line` relative to the working directory (the
 * project directory `cdktf synth` runs the app in).
 *
 * cdktf 0.21 declares a `stackTrace` field in every resource's `"//".metadata` but never fills it
 * (constructs 10 records a trace only on request), so the library records its own, once per
 * `monitorXxx()` or `watchScope()` call, under `"//"."cdktf-monitoring".declaredAt` of what the
 * call creates. `review --synth` reads it to put risk flags on the line that declared them.
 * Terraform ignores `"//"` keys, so plans do not change.
 *
 * The stack is captured when the call is made (a few microseconds) and read at synth, as
 * structured frames: formatting whole stack strings, with source maps, costs ten times more.
 */
import { findSourceMap, type SourceMap } from "node:module";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { TerraformResource } from "cdktf";

/** The key below `"//"` that holds what the library records about a resource. */
export const DECLARATION_METADATA_KEY = "cdktf-monitoring";

/** The package's own compiled or source tree (`lib/` or `dist/lib/`): frames in it are skipped. */
const LIBRARY_PREFIX = resolve(__dirname, "..") + sep;
/** Frames kept: the user's call is a few library frames below the capture, discovery a few more. */
const FRAMES = 12;

/**
 * `[at] fn (/abs/file.ts:12:5)`, `/abs/file.ts:12:5` or `file:///abs/file.ts:12:5` (one line of a
 * V8 stack) → absolute file and line; undefined for other lines (`node:` internals, native).
 */
export function parseStackFrame(frame: string): { file: string; line: number } | undefined {
  const match = /\(?((?:file:\/\/)?[^()\s][^()]*?):(\d+):\d+\)?$/.exec(
    frame.trim().replace(/^at\s+/, ""),
  );
  if (!match) return undefined;
  const file = toPath(match[1]!);
  return isAbsolute(file) ? { file, line: Number(match[2]) } : undefined;
}

function toPath(file: string): string {
  return file.startsWith("file://") ? fileURLToPath(file) : file;
}

function isUserFile(file: string): boolean {
  return (
    isAbsolute(file) && !file.startsWith(LIBRARY_PREFIX) && !/[\\/]node_modules[\\/]/.test(file)
  );
}

function siteOf(file: string, line: number): string {
  return `${relative(process.cwd(), file).split(sep).join("/")}:${line}`;
}

const sourceMaps = new Map<string, SourceMap | undefined>();

/** node's source map of `file` (parsing one is costly: once per file). */
function sourceMapOf(file: string): SourceMap | undefined {
  if (!sourceMaps.has(file)) sourceMaps.set(file, findSourceMap(file));
  return sourceMaps.get(file);
}

/** The line in the user's source of a frame node ran from generated code it has a source map of. */
function originalLine(site: NodeJS.CallSite, file: string): number | undefined {
  const line = site.getLineNumber();
  if (line === null) return undefined;
  const map = sourceMapOf(file);
  if (!map) return line;
  const entry = map.findEntry(line - 1, (site.getColumnNumber() ?? 1) - 1) as {
    originalLine?: number;
  };
  return entry.originalLine === undefined ? line : entry.originalLine + 1;
}

/**
 * The user's `file:line` among `sites`. A TypeScript file that node has no source map of was
 * transformed by a loader that maps stacks in its own `Error.prepareStackTrace` (vitest): its
 * frames are formatted by that function and read back as text.
 */
function userSiteAmong(
  error: object,
  sites: readonly NodeJS.CallSite[],
  formatter: typeof Error.prepareStackTrace,
): string | undefined {
  for (const [index, site] of sites.entries()) {
    const raw = site.getFileName();
    if (!raw) continue;
    const file = toPath(raw);
    if (!isUserFile(file)) continue;
    if (/\.[cm]?tsx?$/.test(file) && !sourceMapOf(file) && formatter) {
      const lines = String(formatter(error as Error, [...sites])).split("\n");
      const parsed = parseStackFrame(lines[index + 1] ?? "");
      if (parsed) return siteOf(parsed.file, parsed.line);
    }
    const line = originalLine(site, file);
    return line === undefined ? undefined : siteOf(file, line);
  }
  return undefined;
}

/** A call into the library, captured cheaply; `resolve()` finds the user's line once, at synth. */
export class DeclarationSite {
  private readonly holder: { stack?: unknown } = {};
  private resolved?: { readonly site: string | undefined };

  private constructor() {
    const limit = Error.stackTraceLimit;
    try {
      Error.stackTraceLimit = FRAMES;
      Error.captureStackTrace(this.holder, DeclarationSite.capture);
    } finally {
      Error.stackTraceLimit = limit;
    }
  }

  /** Captures the current call stack (without formatting it). */
  static capture(): DeclarationSite {
    return new DeclarationSite();
  }

  /** `file:line` of the user's code relative to the working directory, or undefined. */
  resolve(): string | undefined {
    if (!this.resolved) {
      const formatter = Error.prepareStackTrace;
      let site: string | undefined;
      try {
        // V8 formats a captured stack on first access, with the function installed then.
        Error.prepareStackTrace = (error, sites) => {
          site = userSiteAmong(error, sites, formatter);
          return "";
        };
        void this.holder.stack;
      } finally {
        Error.prepareStackTrace = formatter;
      }
      this.resolved = { site };
    }
    return this.resolved.site;
  }
}

const pending: Array<readonly [TerraformResource, DeclarationSite]> = [];
const recorded = new WeakSet<TerraformResource>();

/** Notes that `site` declared `resource`, unless an earlier call did (the first one wins). */
export function recordDeclarationSite(resource: TerraformResource, site: DeclarationSite): void {
  if (recorded.has(resource)) return;
  recorded.add(resource);
  pending.push([resource, site]);
}

/** Writes the noted sites into the resources' `"//"` metadata; called when a facade finalizes. */
export function writeDeclarationSites(): void {
  for (const [resource, site] of pending.splice(0)) {
    const at = site.resolve();
    if (at !== undefined) resource.addOverride(`//.${DECLARATION_METADATA_KEY}.declaredAt`, at);
  }
}
