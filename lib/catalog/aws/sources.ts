import type { CatalogSource } from "../alarm-default";

/**
 * Where the AWS defaults come from. Repository links are pinned to the commit that was read, so
 * a reviewer sees the same text we did. Full references: `../shared/catalog/default-thresholds.md`.
 */
const SOURCE_URLS = {
  /** AWS "Recommended alarms" (CloudWatch user guide). Gives no severity and no TreatMissingData. */
  RA: "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Best_Practice_Recommended_Alarms_AWS_Services.html",
  /** fourTheorem/slic-watch global and per-service defaults. */
  SLIC: "https://github.com/fourTheorem/slic-watch/blob/128bac27fbe46958cfc50a086e7fe7b564c66d0e/core/inputs/default-config.ts",
  /** truemark/autoalarm warning/critical pairs. */
  AA: "https://github.com/truemark/autoalarm/blob/7a05dd7ea76816db5bc382210bff2c186f86047c/README.md",
  /** guardian/cdk EC2 application alarms (ALB 5xx percentage, unhealthy hosts). */
  GU: "https://github.com/guardian/cdk/blob/0e4089b7789a7671b9dfaef4796bfe23c106724b/src/constructs/cloudwatch/ec2-alarms.ts",
  /** getlift/lift queue construct (DLQ alarm). */
  LIFT: "https://github.com/getlift/lift/blob/7b1a3f76522eef7bfaba311c1860bf531b9eb0fd/src/constructs/aws/Queue.ts",
  /** RenovoSolutions/cdk-library-cloudwatch-alarms, which mirrors RA and fills a few defaults. */
  REN: "https://github.com/RenovoSolutions/cdk-library-cloudwatch-alarms",
  /** AWS billing alarm guide (EstimatedCharges). */
  BILL: "https://github.com/awsdocs/amazon-cloudwatch-user-guide/blob/077ceea7063ca452d3ad5075dd6ca10fe03bb105/doc_source/monitor_estimated_charges_with_cloudwatch.md",
  /** Azure Monitor Baseline Alerts, used only as an analogue where AWS gives no number. */
  AMBA: "https://azure.github.io/azure-monitor-baseline-alerts/services/",
} as const;

/** Short reference code of a source, e.g. `RA` for AWS Recommended alarms. */
export type SourceRef = keyof typeof SOURCE_URLS;

/**
 * A catalog entry's `source`: `refs` joined with `+` when a default combines sources (the first
 * one supplies the URL), and a note saying what was decided and why.
 */
export function sourceOf(refs: SourceRef | readonly SourceRef[], note?: string): CatalogSource {
  const list: readonly SourceRef[] = typeof refs === "string" ? [refs] : refs;
  return { ref: list.join("+"), url: SOURCE_URLS[list[0]], ...(note ? { note } : {}) };
}
