/**
 * Gives the compiled lib/cli/flavor.js the flavor's identity: the string values of the object
 * assigned to `exports.FLAVOR` are replaced, property by property, using the TypeScript parser.
 */
import ts from "typescript";
import type { Flavor } from "../../lib/cli/flavor";

/**
 * `compiled` (tsc's CommonJS output of lib/cli/flavor.ts) with `identity`'s values.
 *
 * @throws Error when the file has no `exports.FLAVOR = {...}` or its properties differ from
 * `identity`'s (the module changed and this script must follow).
 */
export function withIdentity(compiled: string, identity: Flavor): string {
  const source = ts.createSourceFile("flavor.js", compiled, ts.ScriptTarget.Latest, true);
  const literal = flavorLiteral(source);
  if (!literal) throw new Error("lib/cli/flavor.js: no `exports.FLAVOR = { ... }` found");
  const values: Record<string, string> = { ...identity };
  const edits: { start: number; end: number; value: string }[] = [];
  for (const property of literal.properties) {
    const key = property.name && ts.isIdentifier(property.name) ? property.name.text : undefined;
    if (
      !ts.isPropertyAssignment(property) ||
      key === undefined ||
      !ts.isStringLiteral(property.initializer) ||
      !(key in values)
    ) {
      throw new Error(
        `lib/cli/flavor.js: unexpected FLAVOR property "${property.getText(source)}"; expected ${Object.keys(identity).join(", ")}`,
      );
    }
    edits.push({
      start: property.initializer.getStart(source),
      end: property.initializer.getEnd(),
      value: JSON.stringify(values[key]),
    });
    delete values[key];
  }
  const missing = Object.keys(values);
  if (missing.length > 0) {
    throw new Error(`lib/cli/flavor.js: FLAVOR lacks ${missing.join(", ")}`);
  }
  let text = compiled;
  for (const edit of edits.reverse()) {
    text = text.slice(0, edit.start) + edit.value + text.slice(edit.end);
  }
  return text;
}

function flavorLiteral(source: ts.SourceFile): ts.ObjectLiteralExpression | undefined {
  let found: ts.ObjectLiteralExpression | undefined;
  const visit = (node: ts.Node): void => {
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      ts.isIdentifier(node.left.expression) &&
      node.left.expression.text === "exports" &&
      node.left.name.text === "FLAVOR" &&
      ts.isObjectLiteralExpression(node.right)
    ) {
      found = node.right;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
