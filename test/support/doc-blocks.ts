/**
 * The fenced code blocks of a Markdown file and what the docs check does with each.
 *
 * A block says how it is checked in an HTML comment on the line right above its fence:
 *
 * - `<!-- check: run -->` — a shell block, run as written, in order with the file's other run
 *   blocks, in a fresh copy of the repository (the default for `sh`/`bash` blocks);
 * - `<!-- check: output -->` — the exact output of the run block before it (timings such as
 *   `[  1.3 s]` masked);
 * - `<!-- check: excerpt -->` — lines of the output of the run block before it, in order (blank
 *   lines and lines the output does not have in between are allowed);
 * - `<!-- check: typecheck <context> -->` / `<!-- check: synth <context> -->` — a TypeScript
 *   block, compiled as a user's file importing the built package, after the named context
 *   (`test/support/doc-contexts.ts`) declares what it refers to; `synth` also runs it (the
 *   default for `ts` blocks is `typecheck` with no context);
 * - `<!-- check: compared-by <test file>#<id> -->` — output that a test produces and compares
 *   (the test finds the block by its id);
 * - `<!-- check: skip: <reason> -->` — not checked, for the reason given (required).
 *
 * Any other block must carry a marker: a block nothing checks has to say why.
 */
import { readFileSync } from "node:fs";

/** What the docs check does with a block. */
export type BlockCheck =
  | { readonly kind: "run" }
  | { readonly kind: "output" }
  | { readonly kind: "excerpt" }
  | { readonly kind: "typecheck"; readonly context?: string }
  | { readonly kind: "synth"; readonly context?: string }
  | { readonly kind: "compared-by"; readonly testFile: string; readonly id: string }
  | { readonly kind: "skip"; readonly reason: string };

/** One fenced code block. */
export interface DocBlock {
  /** The Markdown file, as given to {@link readDocBlocks}. */
  readonly file: string;
  /** 1-based line number of the opening fence. */
  readonly line: number;
  /** The fence's info string's first word (`sh`, `ts`, `text`, ...; "" for none). */
  readonly lang: string;
  /** The block's text, without the fences, ending with a newline. */
  readonly text: string;
  readonly check: BlockCheck;
}

const SHELL = new Set(["sh", "bash", "shell"]);
const TYPESCRIPT = new Set(["ts", "typescript"]);
const MARKER = /^<!--\s*check:\s*(.*?)\s*-->$/;

/** Error in a file's markers, naming the file and line. */
export class DocBlockError extends Error {}

/** Reads a Markdown file's fenced blocks with their checks; throws {@link DocBlockError} on a bad marker. */
export function readDocBlocks(file: string): DocBlock[] {
  return parseDocBlocks(file, readFileSync(file, "utf8"));
}

/** {@link readDocBlocks} on text already read. */
export function parseDocBlocks(file: string, markdown: string): DocBlock[] {
  const lines = markdown.split("\n");
  const blocks: DocBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)/.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence, lang] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const close = lines[j]!.trim();
      if (close.startsWith(fence!) && close.replace(/[`~]/g, "") === "") break;
      body.push(lines[j]!.slice(Math.min(indent!.length, leadingSpaces(lines[j]!))));
    }
    if (j === lines.length) throw new DocBlockError(`${file}:${i + 1}: code block never closed`);
    const where = `${file}:${i + 1}`;
    blocks.push({
      file,
      line: i + 1,
      lang: lang!.toLowerCase(),
      text: body.length === 0 ? "" : `${body.join("\n")}\n`,
      check: checkOf(where, lang!.toLowerCase(), i > 0 ? lines[i - 1]!.trim() : ""),
    });
    i = j;
  }
  return blocks;
}

function leadingSpaces(line: string): number {
  return line.length - line.trimStart().length;
}

function checkOf(where: string, lang: string, lineAbove: string): BlockCheck {
  const marker = MARKER.exec(lineAbove);
  if (!marker) {
    if (SHELL.has(lang)) return { kind: "run" };
    if (TYPESCRIPT.has(lang)) return { kind: "typecheck" };
    throw new DocBlockError(
      `${where}: a \`${lang || "plain"}\` block needs a marker on the line above its fence: ` +
        "<!-- check: output | excerpt | compared-by <test>#<id> | skip: <reason> -->",
    );
  }
  const spec = marker[1]!;
  const skip = /^skip:\s*(.*)$/.exec(spec);
  if (skip) {
    if (!skip[1]) throw new DocBlockError(`${where}: "check: skip:" needs a reason`);
    return { kind: "skip", reason: skip[1] };
  }
  const [verb, ...args] = spec.split(/\s+/);
  switch (verb) {
    case "run":
      if (!SHELL.has(lang)) throw new DocBlockError(`${where}: only shell blocks can be run`);
      return { kind: "run" };
    case "output":
    case "excerpt":
      return { kind: verb };
    case "typecheck":
    case "synth":
      if (!TYPESCRIPT.has(lang))
        throw new DocBlockError(`${where}: only TypeScript blocks can be type-checked`);
      return args[0] ? { kind: verb, context: args[0] } : { kind: verb };
    case "compared-by": {
      const target = /^([^#\s]+)#([\w-]+)$/.exec(args[0] ?? "");
      if (!target) throw new DocBlockError(`${where}: expected "compared-by <test file>#<id>"`);
      return { kind: "compared-by", testFile: target[1]!, id: target[2]! };
    }
    default:
      throw new DocBlockError(
        `${where}: unknown check "${spec}"; allowed: run, output, excerpt, typecheck [context], ` +
          "synth [context], compared-by <test>#<id>, skip: <reason>",
      );
  }
}

/** The block of `file` marked `compared-by <testFile>#<id>`; throws when there is none. */
export function comparedBlock(file: string, id: string): DocBlock {
  const block = readDocBlocks(file).find(
    (candidate) => candidate.check.kind === "compared-by" && candidate.check.id === id,
  );
  if (!block) throw new DocBlockError(`${file}: no block is marked "compared-by …#${id}"`);
  return block;
}
