/**
 * Generates the CDKTF bindings of the `monitoring` provider (lib/backend/generated/) from the
 * provider's own schema module, lib/provider/schema.ts.
 *
 *   npm run generate                      # rewrite lib/backend/generated/
 *   npx tsx scripts/generate-bindings.ts --out <dir>
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as prettier from "prettier";
import { IndentationText, Project, QuoteKind } from "ts-morph";
import { BANNER, emitElement } from "./bindings/emit";
import { loadProviderModel } from "./bindings/from-schema";
import type { ProviderModel } from "./bindings/model";

export const REPO_ROOT = path.resolve(__dirname, "..");
export const DEFAULT_OUT_DIR = path.join(REPO_ROOT, "lib", "backend", "generated");

export interface GeneratedFile {
  /** File name relative to the output directory. */
  readonly name: string;
  readonly content: string;
}

function indexFile(project: Project, model: ProviderModel): string {
  const file = project.createSourceFile("index.ts", "", { overwrite: true });
  file.addStatements([
    BANNER,
    `// Bindings of the \`${model.name}\` provider. Prefer deep imports (\`.../generated/monitoring-target\`).`,
  ]);
  for (const el of model.elements) {
    file.addExportDeclaration({ moduleSpecifier: `./${el.fileName}` });
  }
  return file.getFullText();
}

/** Renders every binding file, formatted as the repository's prettier config says. */
export async function generateBindings(
  model: ProviderModel = loadProviderModel(),
): Promise<GeneratedFile[]> {
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      quoteKind: QuoteKind.Double,
    },
  });
  const ctx = {
    providerName: model.name,
    providerVersion: model.version,
    providerSource: model.source,
    schemaModule: model.schemaModule,
  };
  const raw: GeneratedFile[] = model.elements.map((el) => {
    const file = project.createSourceFile(`${el.fileName}.ts`, "", { overwrite: true });
    emitElement(file, el, ctx);
    file.formatText({ indentSize: 2 });
    return { name: `${el.fileName}.ts`, content: file.getFullText() };
  });
  raw.push({ name: "index.ts", content: indexFile(project, model) });
  const options = (await prettier.resolveConfig(path.join(DEFAULT_OUT_DIR, "index.ts"))) ?? {};
  return Promise.all(
    raw.map(async (f) => ({
      name: f.name,
      content: await prettier.format(f.content, { ...options, parser: "typescript" }),
    })),
  );
}

/** Replaces the generated files in `outDir` (removing stale ones) and returns their names. */
export async function writeBindings(outDir: string = DEFAULT_OUT_DIR): Promise<string[]> {
  const files = await generateBindings();
  fs.mkdirSync(outDir, { recursive: true });
  const keep = new Set(files.map((f) => f.name));
  for (const existing of fs.readdirSync(outDir)) {
    if (existing.endsWith(".ts") && !keep.has(existing)) fs.rmSync(path.join(outDir, existing));
  }
  for (const f of files) fs.writeFileSync(path.join(outDir, f.name), f.content);
  return files.map((f) => f.name);
}

async function main(argv: readonly string[]): Promise<void> {
  const i = argv.indexOf("--out");
  const outDir = i >= 0 && argv[i + 1] ? path.resolve(argv[i + 1]) : DEFAULT_OUT_DIR;
  const names = await writeBindings(outDir);
  process.stdout.write(
    `wrote ${names.length} files to ${path.relative(process.cwd(), outDir) || "."}\n`,
  );
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    process.stderr.write(
      `generate-bindings: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    process.exit(1);
  });
}
