import { isAbsolute, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { TerraformJson } from "./coverage";

/** Where a resource was declared: a file relative to the project, and a 1-based line. */
export interface SourceLocation {
  /** Path relative to the project directory, with `/` separators, e.g. `src/main.ts`. */
  readonly file: string;
  /** 1-based line number in `file`. */
  readonly line: number;
}

/** `[at] fn (/abs/file.ts:12:5)`, `/abs/file.ts:12:5` or `file:///abs/file.ts:12:5` → file and line. */
export function parseFrame(frame: string): { file: string; line: number } | undefined {
  const match = /\(?((?:file:\/\/)?[^()\s][^()]*?):(\d+):\d+\)?$/.exec(
    frame.trim().replace(/^at\s+/, ""),
  );
  if (!match) return undefined;
  const file = match[1]!.startsWith("file://") ? fileURLToPath(match[1]!) : match[1]!;
  return isAbsolute(file) ? { file, line: Number(match[2]) } : undefined;
}

/**
 * The first frame of a cdktf stack trace (`"//".metadata.stackTrace`) that is the user's code:
 * outside `node_modules`, outside `libraryDirs` and inside `projectDir`; undefined when none is.
 */
export function userFrame(
  stackTrace: readonly string[],
  projectDir: string,
  libraryDirs: readonly string[],
): SourceLocation | undefined {
  for (const frame of stackTrace) {
    const parsed = parseFrame(frame);
    if (!parsed || parsed.file.split(/[\\/]/).includes("node_modules")) continue;
    if (libraryDirs.some((dir) => !relative(dir, parsed.file).startsWith(".."))) continue;
    const file = relative(projectDir, parsed.file);
    if (file.startsWith("..") || isAbsolute(file)) continue;
    return { file: file.split(sep).join("/"), line: parsed.line };
  }
  return undefined;
}

/**
 * Source locations of synthesized resources by stack and address, from the stack trace cdktf
 * writes into each resource's `"//".metadata`. cdktf 0.21 writes that field only when the
 * construct's `stacktrace` metadata entry carries a trace (constructs 10 records none by
 * default), so most resources have no location and reviews fall back to file-less results.
 */
export class SourceLocations {
  private readonly byStack = new Map<string, Map<string, SourceLocation>>();

  constructor(
    stacks: ReadonlyMap<string, TerraformJson>,
    projectDir: string,
    libraryDirs: readonly string[],
  ) {
    for (const [stack, json] of stacks) {
      const found = new Map<string, SourceLocation>();
      for (const [type, blocks] of Object.entries(json.resource ?? {})) {
        for (const [name, config] of Object.entries(blocks)) {
          const trace = (config["//"] as { metadata?: { stackTrace?: unknown } } | undefined)
            ?.metadata?.stackTrace;
          if (!Array.isArray(trace)) continue;
          const location = userFrame(
            trace.filter((f): f is string => typeof f === "string"),
            projectDir,
            libraryDirs,
          );
          if (location) found.set(`${type}.${name}`, location);
        }
      }
      this.byStack.set(stack, found);
    }
  }

  /** The location of `address` in `stack`; else in the only stack that has it; else undefined. */
  of(stack: string, address: string): SourceLocation | undefined {
    const own = this.byStack.get(stack);
    if (own) return own.get(address);
    const holders = [...this.byStack.values()].filter((m) => m.has(address));
    return holders.length === 1 ? holders[0]!.get(address) : undefined;
  }
}
