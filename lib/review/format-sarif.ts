import type { MonitoringReview } from "./review-model";
import { RISK_CODES } from "./review-model";
import { RISK_DESCRIPTIONS } from "./risk-descriptions";
import type { SourceLocation } from "./source-locations";

/** Finds where a flagged resource was declared; undefined when unknown. */
export type LocateFlag = (stack: string, address: string) => SourceLocation | undefined;

const noLocation: LocateFlag = () => undefined;

/**
 * The review's risk flags as a SARIF 2.1.0 log: one run of the `cdktf-monitoring` tool with one
 * rule per risk flag code; a result per flag, located at the line that declared the resource when
 * `locate` knows it, else without a location.
 */
export function formatSarif(
  review: MonitoringReview,
  locate: LocateFlag = noLocation,
  version?: string,
): string {
  const rules = RISK_CODES.map((code) => ({
    id: code,
    name: code,
    shortDescription: { text: RISK_DESCRIPTIONS[code].title },
    fullDescription: { text: RISK_DESCRIPTIONS[code].help },
    help: { text: RISK_DESCRIPTIONS[code].help },
    defaultConfiguration: { level: RISK_DESCRIPTIONS[code].level },
  }));
  const results = review.flags.map((flag) => {
    const where = locate(flag.stack, flag.address);
    return {
      ruleId: flag.code,
      ruleIndex: RISK_CODES.indexOf(flag.code),
      level: RISK_DESCRIPTIONS[flag.code].level,
      message: { text: `${flag.address}: ${flag.message}` },
      ...(where
        ? {
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: where.file },
                  region: { startLine: where.line },
                },
              },
            ],
          }
        : {}),
      properties: { stack: flag.stack, group: flag.group, address: flag.address },
    };
  });
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "cdktf-monitoring",
            ...(version ? { version } : {}),
            informationUri: "https://www.npmjs.com/package/cdktf-monitoring",
            rules,
          },
        },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
