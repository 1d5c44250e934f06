import { ACTION_SYMBOL, ACTION_WORD, formatFieldChange } from "./format-value";
import type { MonitoringChange, MonitoringReview } from "./review-model";

/** Escapes text for a Markdown table cell inside a code span. */
const code = (text: string) =>
  text === "" ? "" : `\`${text.replace(/`/g, "'").replace(/\|/g, "\\|")}\``;
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/</g, "&lt;");

/**
 * The review as a pull-request comment: a heading with the one-line verdict, the risk flags,
 * then one collapsible section per service group.
 */
export function formatMarkdown(review: MonitoringReview): string {
  const icon = review.flags.length > 0 ? ":warning:" : ":white_check_mark:";
  const out: string[] = [`### ${icon} Monitoring review: ${review.verdict}`, ""];
  if (review.flags.length > 0) {
    out.push("| Risk flag | Group | Resource | Why |", "|---|---|---|---|");
    for (const flag of review.flags) {
      const where = review.stacks.length > 1 ? `${flag.stack}: ${flag.address}` : flag.address;
      out.push(
        `| \`${flag.code}\` | ${cell(flag.group)} | ${code(where)} | ${cell(flag.message)} |`,
      );
    }
    out.push("");
  }
  for (const group of review.groups) {
    const counts = (["add", "remove", "replace", "change"] as const)
      .map((a) => [a, group.changes.filter((c) => c.action === a).length] as const)
      .filter(([, n]) => n > 0)
      .map(([a, n]) => `${n} ${ACTION_WORD[a]}`)
      .join(", ");
    out.push(`<details><summary><b>${cell(group.name)}</b>: ${counts}</summary>`, "");
    out.push("| | Kind | Name | Field | Before → after |", "|---|---|---|---|---|");
    for (const change of group.changes) out.push(...changeRows(change, review.stacks.length > 1));
    out.push("", "</details>", "");
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
