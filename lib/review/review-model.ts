/**
 * The monitoring review of one or more plans: the document `review --format json` prints.
 *
 * The schema is stable: fields are only added, never renamed or removed, within a
 * `schemaVersion`. Consumers should ignore fields they do not know.
 */

/** Version of the JSON document; bumped only on incompatible changes. */
export const REVIEW_SCHEMA_VERSION = 1;

/**
 * A value in the review. Known values are `{ "value": <json> }`; values Terraform knows only
 * after apply are `{ "unknown": true }`; sensitive values are `{ "sensitive": true }`.
 */
export type ReviewValue =
  { readonly value: unknown } | { readonly unknown: true } | { readonly sensitive: true };

/** What kind of monitoring object a change concerns. */
export type MonitoringKind = "alarm" | "target" | "group" | "dashboard" | "channel" | "maintenance";

/** What happens to it. `replace` = destroyed and created again (either order). */
export type ReviewAction = "add" | "remove" | "replace" | "change";

/** One field that differs, before → after. `before` is absent for added objects, `after` for removed ones. */
export interface FieldChange {
  readonly field: string;
  readonly before?: ReviewValue;
  readonly after?: ReviewValue;
}

/** A monitoring object that the plan adds, removes, replaces or changes. */
export interface MonitoringChange {
  /** Stack (plan file) the change comes from. */
  readonly stack: string;
  /** Terraform address, e.g. `aws_cloudwatch_metric_alarm.orders_age`. */
  readonly address: string;
  /** Terraform resource type. */
  readonly type: string;
  readonly kind: MonitoringKind;
  /** Name people know it by: the alarm name, target name, dashboard name, topic name. */
  readonly name: string;
  readonly action: ReviewAction;
  /** Service group the object belongs to; `(ungrouped)` when none is declared. */
  readonly group: string;
  /** Severity (alarms), from the `severity` tag, when declared. */
  readonly severity?: string;
  /** Fields that matter for monitoring; for add/remove, the object's main settings. */
  readonly fields: readonly FieldChange[];
  /** Dashboards: widgets added, removed and changed, by title (or type and position when untitled). */
  readonly widgets?: {
    readonly added: readonly string[];
    readonly removed: readonly string[];
    readonly changed: readonly string[];
  };
  /** Terraform's reason when the change is a replacement, e.g. attributes that force it. */
  readonly replaceBecause?: readonly string[];
}

/** Stable codes of risk flags. */
export const RISK_CODES = [
  "COVERAGE_LOSS",
  "THRESHOLD_LOOSENED",
  "ACTIONS_REMOVED",
  "ALARM_DISABLED",
  "SEVERITY_UNNOTIFIED",
  "TARGET_DISABLED",
  "ALERTS_SUPPRESSED",
] as const;

/** One of {@link RISK_CODES}. */
export type RiskCode = (typeof RISK_CODES)[number];

/** A change that makes monitoring weaker, with a stable code for CI gates (`--fail-on`). */
export interface RiskFlag {
  readonly code: RiskCode;
  readonly stack: string;
  readonly group: string;
  /** Address of the resource the flag is about (the watched resource for `COVERAGE_LOSS`). */
  readonly address: string;
  /** One sentence for the reviewer. */
  readonly message: string;
}

/** The plans that were read. */
export interface ReviewedStack {
  readonly name: string;
  readonly source: string;
  readonly terraformVersion?: string;
  readonly formatVersion: string;
  /** Resource changes in the plan (all types, no-ops excluded). */
  readonly resourceChanges: number;
}

/** Changes of one service group. */
export interface ReviewGroup {
  readonly name: string;
  readonly changes: readonly MonitoringChange[];
}

/** The whole review (`schemaVersion` 1). */
export interface MonitoringReview {
  readonly schemaVersion: typeof REVIEW_SCHEMA_VERSION;
  /** One line: how many monitoring changes and which risk flags. */
  readonly verdict: string;
  readonly stacks: readonly ReviewedStack[];
  readonly counts: Readonly<Record<ReviewAction, number>>;
  /** Groups sorted by name, `(ungrouped)` last; changes sorted by kind, then name. */
  readonly groups: readonly ReviewGroup[];
  /** Flags sorted by code, then group, then address. */
  readonly flags: readonly RiskFlag[];
}

/** Group name used when nothing declares one. */
export const UNGROUPED = "(ungrouped)";
