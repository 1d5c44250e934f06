/**
 * Compiles the TypeScript blocks of the docs as a user's project would: each block, inside its
 * context (`doc-contexts.ts`), is one file of a project whose `node_modules/cdktf-monitoring` is
 * the built package of a fresh copy of the repository, compiled with `tsc --strict`. Diagnostics
 * point at the lines of the Markdown file.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { DocBlock } from "./doc-blocks";
import { DOC_CONTEXTS, NO_CONTEXT, type DocContext } from "./doc-contexts";

/** One block's file in the user's project. */
export interface CompiledBlock {
  readonly block: DocBlock;
  /** The compiled JavaScript file (to run `synth` blocks with node). */
  readonly script: string;
  /** tsc's errors in this block, each starting with `<file>:<line>`. */
  readonly errors: readonly string[];
}

/** Packages the user's project takes from the copy's node_modules, besides the package itself. */
const DEPENDENCIES = [
  "cdktf",
  "constructs",
  "@cdktf/provider-aws",
  "@cdktf/provider-azurerm",
  "@types/node",
];

const TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    module: "commonjs",
    moduleResolution: "node",
    lib: ["ES2022"],
    types: ["node"],
    strict: true,
    esModuleInterop: true,
    skipLibCheck: true,
    outDir: "out",
    rootDir: "src",
  },
  include: ["src"],
};

function contextOf(block: DocBlock): DocContext {
  const check = block.check;
  const name = check.kind === "typecheck" || check.kind === "synth" ? check.context : undefined;
  if (name === undefined) return NO_CONTEXT;
  const context = DOC_CONTEXTS[name];
  if (!context) {
    throw new Error(
      `${block.file}:${block.line}: unknown context "${name}"; allowed: ${Object.keys(DOC_CONTEXTS).join(", ")}`,
    );
  }
  return context;
}

function fileNameOf(block: DocBlock): string {
  return `${block.file.replace(/\.md$/i, "").replace(/[^\w]+/g, "-")}-${block.line}`;
}

/** Writes the project under `projectDir` and compiles it against the package in `packageDir`. */
export function compileDocBlocks(
  blocks: readonly DocBlock[],
  packageDir: string,
  projectDir: string,
): CompiledBlock[] {
  const link = (name: string, target: string): void => {
    const at = join(projectDir, "node_modules", name);
    mkdirSync(dirname(at), { recursive: true });
    symlinkSync(target, at, "dir");
  };
  link("cdktf-monitoring", packageDir);
  for (const dependency of DEPENDENCIES)
    link(dependency, join(packageDir, "node_modules", dependency));
  writeFileSync(join(projectDir, "tsconfig.json"), JSON.stringify(TSCONFIG, null, 2));
  mkdirSync(join(projectDir, "src"), { recursive: true });

  const files = blocks.map((block) => {
    const context = contextOf(block);
    const name = fileNameOf(block);
    writeFileSync(
      join(projectDir, "src", `${name}.ts`),
      context.before + block.text + context.after,
    );
    return { block, name, contextLines: context.before.split("\n").length - 1 };
  });

  let output = "";
  try {
    execFileSync(
      process.execPath,
      [
        join(packageDir, "node_modules", "typescript", "bin", "tsc"),
        "-p",
        ".",
        "--pretty",
        "false",
      ],
      { cwd: projectDir, encoding: "utf8", stdio: "pipe" },
    );
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    output = `${failed.stdout ?? ""}${failed.stderr ?? ""}`;
  }
  const diagnostics = output.split("\n").filter((line) => line.trim() !== "");

  const unattributed = diagnostics.filter((line) => !/^src\/[^(]+\(/.test(line));
  return files.map(({ block, name, contextLines }, index) => {
    const blockLines = block.text.split("\n").length - 1;
    const errors = diagnostics
      .filter((line) => line.startsWith(`src/${name}.ts(`))
      .map((line) => {
        const at = /^src\/[^(]+\((\d+),\d+\): (.*)$/.exec(line);
        if (!at) return `${block.file}:${block.line}: ${line}`;
        const inBlock = Number(at[1]) - contextLines;
        return inBlock >= 1 && inBlock <= blockLines
          ? `${block.file}:${block.line + inBlock}: ${at[2]}`
          : `${block.file}:${block.line}: (in the block's context, line ${at[1]}) ${at[2]}`;
      });
    return {
      block,
      script: join(projectDir, "out", `${name}.js`),
      // Diagnostics of no file (a bad tsconfig, say) are reported with the first block.
      errors: index === 0 ? [...errors, ...unattributed] : errors,
    };
  });
}
