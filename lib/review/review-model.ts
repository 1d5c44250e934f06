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
  | {
      /** The value as it appears in the plan JSON (string, number, boolean, list, object or null). */
      readonly value: unknown;
    }
  | {
      /** Always `true`: Terraform knows the value only after apply. */
      readonly unknown: true;
    }
  | {
      /** Always `true`: the value is sensitive, so the review does not show it. */
      readonly sensitive: true;
    };

/** What kind of monitoring object a change concerns. */
export type MonitoringKind = "alarm" | "target" | "group" | "dashboard" | "channel" | "maintenance";

/** What happens to it. `replace` = destroyed and created again (either order). */
export type ReviewAction = "add" | "remove" | "replace" | "change";

/** One field that differs, before → after. `before` is absent for added objects, `after` for removed ones. */
export interface FieldChange {
  /** Terraform attribute name (dotted path for nested attributes), e.g. `threshold` or `alarm_actions`. */
  readonly field: string;
  /** The value in the current state; absent when the object is added. */
  readonly before?: ReviewValue;
  /** The planned value; absent when the object is removed. */
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
  /** What kind of monitoring object the resource is (alarm, target, group, dashboard or channel). */
  readonly kind: MonitoringKind;
  /** Name people know it by: the alarm name, target name, dashboard name, topic name. */
  readonly name: string;
  /** What the plan does to the object. */
  readonly action: ReviewAction;
  /** Service group the object belongs to; `(ungrouped)` when none is declared. */
  readonly group: string;
  /** Severity (alarms), from the `severity` tag, when declared. */
  readonly severity?: string;
  /** Fields that matter for monitoring; for add/remove, the object's main settings. */
  readonly fields: readonly FieldChange[];
  /** Dashboards: widgets added, removed and changed, by title (or type and position when untitled). */
  readonly widgets?: {
    /** Widgets only in the planned dashboard. */
    readonly added: readonly string[];
    /** Widgets only in the current dashboard. */
    readonly removed: readonly string[];
    /** Widgets in both whose settings differ. */
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
  /** Stable code of the risk, as `--fail-on` takes it. */
  readonly code: RiskCode;
  /** Stack (plan file) the flagged change comes from. */
  readonly stack: string;
  /** Service group of the flagged object; `(ungrouped)` when none is declared. */
  readonly group: string;
  /** Address of the resource the flag is about (the watched resource for `COVERAGE_LOSS`). */
  readonly address: string;
  /** One sentence for the reviewer. */
  readonly message: string;
}

/** The plans that were read. */
export interface ReviewedStack {
  /** Stack name: the plan file's name without extension (its directory for `plan.json`), `stdin` for `-`, or the path when names collide. */
  readonly name: string;
  /** Path the plan was read from, as given (`-` for standard input). */
  readonly source: string;
  /** Terraform version that wrote the plan (`terraform_version`), when the plan says. */
  readonly terraformVersion?: string;
  /** Plan JSON format version (`format_version`), e.g. `1.2`. */
  readonly formatVersion: string;
  /** Resource changes in the plan (all types, no-ops excluded). */
  readonly resourceChanges: number;
}

/** Changes of one service group. */
export interface ReviewGroup {
  /** Service group name; `(ungrouped)` for objects without one. */
  readonly name: string;
  /** The group's monitoring changes, sorted by kind, then name. */
  readonly changes: readonly MonitoringChange[];
}

/** The whole review (`schemaVersion` 1). */
export interface MonitoringReview {
  /** Version of this document's schema, {@link REVIEW_SCHEMA_VERSION}. */
  readonly schemaVersion: typeof REVIEW_SCHEMA_VERSION;
  /** One line: how many monitoring changes and which risk flags. */
  readonly verdict: string;
  /** The plans that were read, in the order given. */
  readonly stacks: readonly ReviewedStack[];
  /** Number of monitoring changes by action; every action is present, zero when none. */
  readonly counts: Readonly<Record<ReviewAction, number>>;
  /** Groups sorted by name, `(ungrouped)` last; changes sorted by kind, then name. */
  readonly groups: readonly ReviewGroup[];
  /** Flags sorted by code, then group, then address. */
  readonly flags: readonly RiskFlag[];
}

/** Group name used when nothing declares one. */
export const UNGROUPED = "(ungrouped)";
