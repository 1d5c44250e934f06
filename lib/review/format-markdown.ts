import { ACTION_SYMBOL, ACTION_WORD, formatFieldChange } from "./format-value";
import type { MonitoringChange, MonitoringReview } from "./review-model";

/** Escapes text for a Markdown table cell inside a code span. */
const code = (text: string) =>
  text === "" ? "" : `\`${text.replace(/`/g, "'").replace(/\|/g, "\\|")}\``;
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/</g, "&lt;");

/** Options of {@link formatMarkdown}. */
export interface MarkdownFormatOptions {
  /**
   * Longest comment to write, in characters; rows that do not fit are left out and counted
   * (risk flags take at most half). GitHub rejects comments over 65,536 characters.
   *
   * @default 60000
   */
  readonly maxLength?: number;
}

/** Room kept for the closing tags, the note on left-out rows and the footer. */
const RESERVE = 1000;

/**
 * The review as a pull-request comment: a heading with the one-line verdict, the risk flags,
 * then one collapsible section per service group. Rows beyond `maxLength` are left out and
 * the comment says how many.
 */
export function formatMarkdown(
  review: MonitoringReview,
  options: MarkdownFormatOptions = {},
): string {
  const budget = (options.maxLength ?? 60_000) - RESERVE;
  const multiStack = review.stacks.length > 1;
  const icon = review.flags.length > 0 ? ":warning:" : ":white_check_mark:";
  const out: string[] = [`### ${icon} Monitoring review: ${review.verdict}`, ""];
  let length = out[0]!.length + 1;
  let leftOutFlags = 0;
  let leftOutChanges = 0;
  const add = (lines: readonly string[], limit = budget): boolean => {
    const size = lines.reduce((n, l) => n + l.length + 1, 0);
    if (length + size > limit) return false;
    out.push(...lines);
    length += size;
    return true;
  };
  if (review.flags.length > 0) {
    add(["| Risk flag | Group | Resource | Why |", "|---|---|---|---|"]);
    for (const flag of review.flags) {
      const where = multiStack ? `${flag.stack}: ${flag.address}` : flag.address;
      const row = `| \`${flag.code}\` | ${cell(flag.group)} | ${code(where)} | ${cell(flag.message)} |`;
      if (leftOutFlags > 0 || !add([row], budget / 2)) leftOutFlags++;
    }
    out.push("");
  }
  for (const group of review.groups) {
    const counts = (["add", "remove", "replace", "change"] as const)
      .map((a) => [a, group.changes.filter((c) => c.action === a).length] as const)
      .filter(([, n]) => n > 0)
      .map(([a, n]) => `${n} ${ACTION_WORD[a]}`)
      .join(", ");
    const opened =
      leftOutChanges === 0 &&
      add([
        `<details><summary><b>${cell(group.name)}</b>: ${counts}</summary>`,
        "",
        "| | Kind | Name | Field | Before → after |",
        "|---|---|---|---|---|",
      ]);
    for (const change of group.changes) {
      if (!opened || leftOutChanges > 0 || !add(changeRows(change, multiStack))) leftOutChanges++;
    }
    if (opened) out.push("", "</details>", "");
  }
  if (leftOutFlags + leftOutChanges > 0) {
    out.push(
      `**Left out to stay under ${options.maxLength ?? 60_000} characters: ${leftOutFlags} risk flag(s) and ${leftOutChanges} change(s).** Run \`cdktf-monitoring review --format text\` for all of them.`,
      "",
    );
  }
  out.push(
    `<sub>Plans: ${review.stacks.map((s) => `${cell(s.name)} (${code(s.source)})`).join(", ")}</sub>`,
    "",
  );
  return out.join("\n");
}

function changeRows(change: MonitoringChange, multiStack: boolean): string[] {
  const name = `${code(change.name)}${change.severity ? ` ${change.severity}` : ""}<br><sub>${cell(
    multiStack ? `${change.stack}: ${change.address}` : change.address,
  )}</sub>`;
  const details: [string, string][] = change.fields.map((f) => [
    f.field,
    formatFieldChange(f.before, f.after),
  ]);
  for (const w of change.widgets?.added ?? []) details.push(["+ widget", w]);
  for (const w of change.widgets?.removed ?? []) details.push(["- widget", w]);
  for (const w of change.widgets?.changed ?? []) details.push(["~ widget", w]);
  if (change.replaceBecause)
    details.push(["replaced because of", change.replaceBecause.join(", ")]);
  if (details.length === 0) details.push(["", ""]);
  return details.map(([field, value], i) =>
    i === 0
      ? `| ${ACTION_SYMBOL[change.action]} | ${change.kind} | ${name} | ${cell(field)} | ${code(value)} |`
      : `| | | | ${cell(field)} | ${code(value)} |`,
  );
}
