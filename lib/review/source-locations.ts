import { isAbsolute, relative, sep } from "node:path";
import { DECLARATION_METADATA_KEY, parseStackFrame } from "../core/declaration-site";
import type { TerraformJson } from "./coverage";

/** Where a resource was declared: a file relative to the project, and a 1-based line. */
export interface SourceLocation {
  /** Path relative to the project directory, with `/` separators, e.g. `src/main.ts`. */
  readonly file: string;
  /** 1-based line number in `file`. */
  readonly line: number;
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
    const parsed = parseStackFrame(frame);
    if (!parsed || parsed.file.split(/[\\/]/).includes("node_modules")) continue;
    if (libraryDirs.some((dir) => !relative(dir, parsed.file).startsWith(".."))) continue;
    const file = relative(projectDir, parsed.file);
    if (file.startsWith("..") || isAbsolute(file)) continue;
    return { file: file.split(sep).join("/"), line: parsed.line };
  }
  return undefined;
}

/** `"//"."cdktf-monitoring".declaredAt` (`file:line`, relative to the project) as a location. */
function declaredAt(recorded: unknown): SourceLocation | undefined {
  if (typeof recorded !== "object" || recorded === null) return undefined;
  const site = (recorded as { declaredAt?: unknown }).declaredAt;
  if (typeof site !== "string") return undefined;
  const match = /^(.+):(\d+)$/.exec(site);
  if (!match || isAbsolute(match[1]!) || match[1]!.startsWith("..")) return undefined;
  return { file: match[1]!, line: Number(match[2]) };
}

/**
 * Source locations of synthesized resources by stack and address: the `file:line` the library
 * records on what a `monitorXxx()` or `watchScope()` call creates (and on the resource it
 * monitors), else the user's frame of the stack trace cdktf writes into `"//".metadata` (which
 * cdktf 0.21 leaves empty: constructs 10 records no trace by default). Resources with neither,
 * e.g. monitoring written by hand, get file-less results.
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
          const comment = config["//"] as
            | { metadata?: { stackTrace?: unknown }; [DECLARATION_METADATA_KEY]?: unknown }
            | undefined;
          const declared = declaredAt(comment?.[DECLARATION_METADATA_KEY]);
          const trace = comment?.metadata?.stackTrace;
          const location =
            declared ??
            (Array.isArray(trace)
              ? userFrame(
                  trace.filter((f): f is string => typeof f === "string"),
                  projectDir,
                  libraryDirs,
                )
              : undefined);
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
