/**
 * The import graph of the TypeScript files below a directory (or of the compiled `.js` files of a
 * package), read with the TypeScript parser: every `import` and `export … from` (type-only ones
 * too, and `import("…")` types) and `require("…")`, relative ones resolved to files, package ones
 * kept as they are written.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

/** One file's imports: files (relative to the graph's root) and package specifiers. */
export interface FileImports {
  readonly files: readonly string[];
  readonly packages: readonly string[];
}

/** File (relative to `root`, with `/`) → what it imports. */
export type ImportGraph = ReadonlyMap<string, FileImports>;

/** Which files a graph is made of: TypeScript sources, or compiled JavaScript. */
export type SourceKind = ".ts" | ".js";

function sourceFiles(dir: string, kind: SourceKind): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path, kind);
    return entry.endsWith(kind) && !entry.endsWith(".d.ts") ? [path] : [];
  });
}

function specifiersOf(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, "utf8"),
    ts.ScriptTarget.ES2022,
    true,
  );
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push(node.argument.literal.text);
    } else if (
      ts.isCallExpression(node) &&
      node.arguments.length === 1 &&
      ts.isStringLiteral(node.arguments[0]!) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === "require"))
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function resolveRelative(from: string, specifier: string, kind: SourceKind): string {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [`${base}${kind}`, join(base, `index${kind}`), base]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next candidate
    }
  }
  throw new Error(`${from}: cannot resolve "${specifier}"`);
}

/** Reads the import graph of every `.ts` (or, with `kind`, `.js`) file below `root`. */
export function importGraph(root: string, kind: SourceKind = ".ts"): ImportGraph {
  const graph = new Map<string, FileImports>();
  const key = (path: string): string => relative(root, path).split("\\").join("/");
  for (const file of sourceFiles(root, kind).sort()) {
    const files: string[] = [];
    const packages: string[] = [];
    for (const specifier of specifiersOf(file)) {
      if (specifier.startsWith(".")) files.push(key(resolveRelative(file, specifier, kind)));
      else packages.push(specifier);
    }
    graph.set(key(file), { files, packages });
  }
  return graph;
}

/** The import cycles of `graph`, each as the files of one strongly connected component. */
export function importCycles(graph: ImportGraph): string[][] {
  // Tarjan's algorithm (recursive; lib's import depth is small), over the files in sorted order.
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const strongConnect = (file: string): void => {
    index.set(file, next);
    low.set(file, next++);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file)?.files ?? []) {
      if (!graph.has(target)) continue;
      if (!index.has(target)) {
        strongConnect(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file)!, index.get(target)!));
      }
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      const selfImport = graph.get(file)?.files.includes(file) ?? false;
      if (component.length > 1 || selfImport) cycles.push(component.sort());
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) strongConnect(file);
  return cycles;
}
