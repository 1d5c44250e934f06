/**
 * Renders the Azure default-alert catalog (`lib/catalog/azure/`) as `docs/azure-default-alarms.md`,
 * a table per resource type a reviewer can read next to AMBA's pages. The unit tests fail when the
 * file is stale.
 *
 * Regenerate: `npx tsx scripts/azure-default-alarms-doc.ts`
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { AlarmDefault } from "../lib/catalog/alarm-default";
import { AZURE_ALARM_CATALOG } from "../lib/catalog/azure/all-services";
import { isoDuration } from "../lib/azure/azure-monitor-alarm-rules";

import { cell, formatDoc, OPERATOR_SYMBOL } from "./catalog-doc-format";
/** Where the generated file lives, relative to the repository root. */
export const AZURE_DOC_PATH = join("docs", "azure-default-alarms.md");

function row(entry: AlarmDefault): string {
  const op = OPERATOR_SYMBOL[entry.comparisonOperator];
  const threshold = (value: unknown) =>
    typeof value === "number" ? `${op} ${value.toLocaleString("en-US")} ${entry.unit}`.trim() : "–";
  const dimensions = Object.entries(entry.extraDimensions ?? {})
    .map(([name, value]) => `${name}=${typeof value === "string" ? value : value.join(" or ")}`)
    .join(", ");
  return `| ${[
    `\`${entry.key}\`${entry.enabledByDefault ? "" : " (off)"}`,
    `${entry.metricName}${dimensions ? ` [${dimensions}]` : ""}`,
    entry.statistic,
    threshold(entry.thresholds.warning),
    threshold(entry.thresholds.critical),
    `${isoDuration(entry.period)} / ${isoDuration(entry.frequency ?? entry.period)}`,
    `[${entry.source.ref}](${entry.source.url}): ${entry.source.note ?? ""}`,
  ]
    .map(cell)
    .join(" | ")} |`;
}

/** The whole document, deterministic and formatted as `prettier --check` expects. */
export async function renderAzureDefaultAlarms(): Promise<string> {
  const lines = [
    "<!-- Generated from lib/catalog/azure/ by scripts/azure-default-alarms-doc.ts; do not edit. -->",
    "# Azure default alerts",
    "",
    "What the facade's Azure `monitorXxx()` methods create when you say nothing, per resource " +
      "type: one Azure Monitor metric alert per threshold. *(off)* alerts exist only when you set " +
      "their option. AMBA severities 0-1 became `critical`, 2-4 `warning`; each source note says " +
      "which AMBA row an entry comes from and what was decided about it.",
  ];
  for (const [resource, entries] of Object.entries(AZURE_ALARM_CATALOG)) {
    lines.push(
      "",
      `## ${resource}`,
      "",
      `Namespace \`${entries[0]?.namespace ?? ""}\`.`,
      "",
      "| Option | Metric | Aggregation | Warning | Critical | Window / frequency | Source |",
      "|---|---|---|---|---|---|---|",
      ...entries.map(row),
    );
  }
  return formatDoc(lines, AZURE_DOC_PATH);
}

if (require.main === module) {
  void renderAzureDefaultAlarms().then((text) =>
    writeFileSync(join(__dirname, "..", AZURE_DOC_PATH), text),
  );
}
