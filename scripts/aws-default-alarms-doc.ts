/**
 * Renders the AWS default-alarm catalog (`lib/catalog/aws/`) as `docs/aws-default-alarms.md`, a
 * table per resource type a reviewer can read next to the vendors' pages. The unit tests fail
 * when the file is stale.
 *
 * Regenerate: `npx tsx scripts/aws-default-alarms-doc.ts`
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { AlarmDefault, DefaultThreshold } from "../lib/catalog/alarm-default";
import { AWS_ALARM_CATALOG } from "../lib/catalog/aws/all-services";

import { cell, formatDoc, OPERATOR_SYMBOL } from "./catalog-doc-format";
/** Where the generated file lives, relative to the repository root. */
export const DOC_PATH = join("docs", "aws-default-alarms.md");

function threshold(op: string, value: DefaultThreshold | undefined, unit: string): string {
  if (value === undefined) return "–";
  if (typeof value === "number") return `${op} ${value.toLocaleString("en-US")} ${unit}`;
  return `${op} ${value.percent}% of \`${value.percentOf}\``;
}

/** The metric, or for a metric-math alarm its expression with what each id stands for. */
function metric(entry: AlarmDefault): string {
  if (!entry.math) return `${entry.namespace} ${entry.metricName}`;
  const ids = entry.math.metrics.map((m) => `${m.id} = ${m.metricName}`).join(", ");
  return `${entry.namespace} \`${entry.math.expression}\` (${ids})`;
}

function row(entry: AlarmDefault): string {
  const op = OPERATOR_SYMBOL[entry.comparisonOperator];
  const source = entry.source.note
    ? `[${entry.source.ref}](${entry.source.url}): ${entry.source.note}`
    : `[${entry.source.ref}](${entry.source.url})`;
  return `| ${[
    `\`${entry.key}\`${entry.enabledByDefault ? "" : " (off)"}`,
    metric(entry),
    entry.statistic,
    threshold(op, entry.thresholds.warning, entry.unit),
    threshold(op, entry.thresholds.critical, entry.unit),
    `${entry.datapointsToAlarm}/${entry.evaluationPeriods} × ${entry.period} s`,
    entry.treatMissingData,
    source,
  ]
    .map(cell)
    .join(" | ")} |`;
}

/** The whole document, deterministic and formatted as `prettier --check` expects. */
export async function renderAwsDefaultAlarms(): Promise<string> {
  const lines = [
    "<!-- Generated from lib/catalog/aws/ by scripts/aws-default-alarms-doc.ts; do not edit. -->",
    "# AWS default alarms",
    "",
    "What `monitorXxx()` and `watchScope()` create when you say nothing, per resource type. " +
      "*(off)* alarms exist only when you set their option. `N% of input` thresholds are computed " +
      "from the resource at synth. D/N × period: datapoints to alarm / evaluation periods × period.",
  ];
  for (const [resource, entries] of Object.entries(AWS_ALARM_CATALOG)) {
    lines.push(
      "",
      `## ${resource}`,
      "",
      "| Option | Metric | Statistic | Warning | Critical | D/N × period | Missing data | Source |",
      "|---|---|---|---|---|---|---|---|",
      ...entries.map(row),
    );
  }
  return formatDoc(lines, DOC_PATH);
}

if (require.main === module) {
  void renderAwsDefaultAlarms().then((text) =>
    writeFileSync(join(__dirname, "..", DOC_PATH), text),
  );
}
