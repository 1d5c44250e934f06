import { ACTION_SYMBOL, formatFieldChange } from "./format-value";
import type { MonitoringChange, MonitoringReview, ReviewAction } from "./review-model";

/** Options of {@link formatText}. */
export interface TextFormatOptions {
  /**
   * Use ANSI colours.
   *
   * @default false
   */
  readonly color?: boolean;
}

const ANSI = { red: 31, green: 32, yellow: 33, magenta: 35, bold: 1, dim: 2 } as const;
const ACTION_COLOR: Record<ReviewAction, keyof typeof ANSI> = {
  add: "green",
  remove: "red",
  replace: "magenta",
  change: "yellow",
};

/** The review as aligned plain text (coloured when asked), for terminals and logs. */
export function formatText(review: MonitoringReview, options: TextFormatOptions = {}): string {
  const paint = (style: keyof typeof ANSI, text: string) =>
    options.color ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text;
  const multiStack = review.stacks.length > 1;
  const lines: string[] = [paint("bold", `Monitoring review: ${review.verdict}`)];
  lines.push(`Plans: ${review.stacks.map((s) => `${s.name} (${s.source})`).join(", ")}`);
  const all = review.groups.flatMap((g) => g.changes);
  const kindWidth = Math.max(0, ...all.map((c) => c.kind.length));
  const nameWidth = Math.min(60, Math.max(0, ...all.map((c) => c.name.length)));
  const severityWidth = Math.max(0, ...all.map((c) => (c.severity ? c.severity.length + 3 : 0)));
  for (const group of review.groups) {
    lines.push("", paint("bold", group.name));
    for (const change of group.changes) {
      const symbol = paint(ACTION_COLOR[change.action], ACTION_SYMBOL[change.action].padStart(3));
      const where = multiStack ? `${change.stack}: ${change.address}` : change.address;
      const severity = (change.severity ? `[${change.severity}] ` : "").padEnd(severityWidth);
      lines.push(
        `${symbol} ${change.kind.padEnd(kindWidth)}  ${change.name.padEnd(nameWidth)}  ${severity}${paint("dim", where)}`,
      );
      lines.push(...detailLines(change, paint));
    }
  }
  if (review.flags.length > 0) {
    lines.push("", paint("bold", `Risk flags (${review.flags.length})`));
    const codeWidth = Math.max(...review.flags.map((f) => f.code.length));
    for (const flag of review.flags) {
      const where = multiStack ? `${flag.stack}: ${flag.address}` : flag.address;
      lines.push(
        `  ${paint("red", flag.code.padEnd(codeWidth))}  ${flag.group}  ${where}: ${flag.message}`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

function detailLines(
  change: MonitoringChange,
  paint: (style: keyof typeof ANSI, text: string) => string,
): string[] {
  const indent = "        ";
  const width = Math.max(0, ...change.fields.map((f) => f.field.length));
  const lines = change.fields.map(
    (f) => `${indent}${f.field.padEnd(width)}  ${formatFieldChange(f.before, f.after)}`,
  );
  const widgets = change.widgets;
  if (widgets) {
    for (const w of widgets.added) lines.push(`${indent}${paint("green", "+")} widget ${w}`);
    for (const w of widgets.removed) lines.push(`${indent}${paint("red", "-")} widget ${w}`);
    for (const w of widgets.changed) lines.push(`${indent}${paint("yellow", "~")} widget ${w}`);
  }
  if (change.replaceBecause)
    lines.push(`${indent}replaced because of: ${change.replaceBecause.join(", ")}`);
  return lines;
}
