/**
 * The AWS provider block for offline plans, and the parts of `terraform show -json` output that
 * tests and the example's summary read.
 */

/**
 * The `provider "aws"` block for offline plans: dummy keys, every account/credential lookup
 * skipped. Spread it into a configuration's `provider.aws` list.
 */
export function dummyAwsProvider(region = "eu-west-1", alias?: string): Record<string, unknown> {
  return {
    region,
    access_key: "AKIAIOSFODNN7EXAMPLE",
    secret_key: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    skip_credentials_validation: true,
    skip_requesting_account_id: true,
    skip_metadata_api_check: true,
    ...(alias ? { alias } : {}),
  };
}

/** The parts of `terraform show -json` output the tests read. */
export interface TerraformPlanJson {
  readonly format_version: string;
  readonly resource_changes?: readonly ResourceChange[];
  readonly planned_values?: unknown;
  readonly configuration?: unknown;
  readonly values?: unknown;
}

/** One entry of a plan's `resource_changes`. */
export interface ResourceChange {
  readonly address: string;
  readonly type: string;
  readonly name: string;
  readonly mode: "managed" | "data";
  readonly provider_name: string;
  readonly change: {
    readonly actions: readonly string[];
    readonly before: Record<string, unknown> | null;
    readonly after: Record<string, unknown> | null;
    readonly after_unknown?: Record<string, unknown>;
  };
}

/** Number of managed resources per type that the plan creates (actions include "create"). */
export function plannedCreates(plan: TerraformPlanJson): Map<string, number> {
  const counts = new Map<string, number>();
  for (const rc of plan.resource_changes ?? []) {
    if (rc.mode !== "managed" || !rc.change.actions.includes("create")) continue;
    counts.set(rc.type, (counts.get(rc.type) ?? 0) + 1);
  }
  return counts;
}
