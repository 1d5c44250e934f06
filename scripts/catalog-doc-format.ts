/**
 * What the generated default-alarm tables (`docs/aws-default-alarms.md`,
 * `docs/azure-default-alarms.md`) share: operator symbols, table cells, and formatting the
 * document as `prettier --check` expects.
 */
import { join } from "node:path";
import * as prettier from "prettier";
import type { ComparisonOperator } from "../lib/catalog/alarm-default";

/** The symbol a table shows for each comparison operator. */
export const OPERATOR_SYMBOL: Readonly<Record<ComparisonOperator, string>> = {
  GreaterThanThreshold: ">",
  GreaterThanOrEqualToThreshold: ">=",
  LessThanThreshold: "<",
  LessThanOrEqualToThreshold: "<=",
};

/** Text made safe for one Markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

/** The lines as one Markdown document, formatted with the project's prettier settings for `docPath`. */
export async function formatDoc(lines: readonly string[], docPath: string): Promise<string> {
  const file = join(__dirname, "..", docPath);
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(`${lines.join("\n")}\n`, { ...options, parser: "markdown" });
}
