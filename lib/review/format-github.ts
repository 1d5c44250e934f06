import type { LocateFlag } from "./format-sarif";
import type { MonitoringReview } from "./review-model";
import { RISK_DESCRIPTIONS } from "./risk-descriptions";

/** Escapes a workflow command's message: `%`, CR and LF. */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a workflow command's property value: as data, plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/**
 * The review's risk flags as GitHub Actions workflow commands (`::error` / `::warning`), one line
 * each, with `file` and `line` when `locate` knows where the resource was declared.
 */
export function formatGithub(
  review: MonitoringReview,
  locate: LocateFlag = () => undefined,
): string {
  const lines = review.flags.map((flag) => {
    const { level, title } = RISK_DESCRIPTIONS[flag.code];
    const where = locate(flag.stack, flag.address);
    const properties = [
      ...(where ? [`file=${escapeProperty(where.file)}`, `line=${where.line}`] : []),
      `title=${escapeProperty(`${flag.code}: ${title}`)}`,
    ];
    return `::${level} ${properties.join(",")}::${escapeData(`${flag.address}: ${flag.message}`)}`;
  });
  return lines.map((line) => `${line}\n`).join("");
}
