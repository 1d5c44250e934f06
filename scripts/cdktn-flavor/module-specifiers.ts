/**
 * The module specifiers of a JavaScript, TypeScript or declaration file, found with the
 * TypeScript parser (imports, exports, `import x = require()`, `require()` and `import()` calls,
 * `import("x")` types, `declare module "x"`), and rewritten in place: only the string literals
 * are touched, so comments, other strings and formatting stay as they are.
 */
import ts from "typescript";

/** One module specifier: its text and where its string literal stands in the file. */
export interface ModuleSpecifier {
  readonly text: string;
  /** Offset of the literal's first character (the opening quote). */
  readonly start: number;
  /** Offset just past the closing quote. */
  readonly end: number;
  /** 1-based line, for messages. */
  readonly line: number;
}

/** Every module specifier written as a string literal in `text` (`fileName` picks the dialect). */
export function moduleSpecifiers(fileName: string, text: string): ModuleSpecifier[] {
  const source = ts.createSourceFile(
    fileName,
    text,
    ts.ScriptTarget.Latest,
    true,
    scriptKind(fileName),
  );
  const found: ModuleSpecifier[] = [];
  const add = (node: ts.Node | undefined): void => {
    if (!node || !ts.isStringLiteralLike(node)) return;
    const start = node.getStart(source);
    found.push({
      text: node.text,
      start,
      end: node.getEnd(),
      line: source.getLineAndCharacterOfPosition(start).line + 1,
    });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) add(node.moduleSpecifier);
    else if (ts.isExternalModuleReference(node)) add(node.expression);
    else if (ts.isModuleDeclaration(node)) add(node.name);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal);
    } else if (ts.isCallExpression(node) && isModuleCall(node)) add(node.arguments[0]);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.sort((a, b) => a.start - b.start);
}

/**
 * `text` with each module specifier replaced by `map(specifier)`; `map` returns the specifier
 * itself to keep it, and may throw to reject it.
 */
export function rewriteModuleSpecifiers(
  fileName: string,
  text: string,
  map: (specifier: ModuleSpecifier) => string,
): { readonly text: string; readonly rewritten: number } {
  let result = "";
  let from = 0;
  let rewritten = 0;
  for (const specifier of moduleSpecifiers(fileName, text)) {
    const replacement = map(specifier);
    if (replacement === specifier.text) continue;
    const quote = text[specifier.start];
    result += text.slice(from, specifier.start) + quote + replacement + quote;
    from = specifier.end;
    rewritten++;
  }
  return { text: result + text.slice(from), rewritten };
}

/** `require("x")`, `require.resolve("x")` or `import("x")`. */
function isModuleCall(call: ts.CallExpression): boolean {
  const callee = call.expression;
  if (call.arguments.length === 0) return false;
  if (callee.kind === ts.SyntaxKind.ImportKeyword) return true;
  if (ts.isIdentifier(callee)) return callee.text === "require";
  return (
    ts.isPropertyAccessExpression(callee) &&
    ts.isIdentifier(callee.expression) &&
    callee.expression.text === "require" &&
    callee.name.text === "resolve"
  );
}

function scriptKind(fileName: string): ts.ScriptKind {
  if (fileName.endsWith(".ts")) return ts.ScriptKind.TS;
  if (fileName.endsWith(".tsx")) return ts.ScriptKind.TSX;
  return ts.ScriptKind.JS;
}
