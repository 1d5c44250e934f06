/**
 * The subset of Terraform's machine-readable plan (`terraform show -json <planfile>`, format 1.x)
 * that the review reads. Field names follow Terraform's JSON output format documentation.
 */

/** A JSON value as it appears in `before`/`after`. */
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** What Terraform will do to one resource instance. Replacement is `["delete","create"]` or `["create","delete"]`. */
export type PlanAction = "no-op" | "create" | "read" | "update" | "delete" | "forget";

/** `change` of one entry of `resource_changes`. */
export interface PlanChange {
  readonly actions: readonly PlanAction[];
  readonly before: Record<string, JsonValue> | null;
  readonly after: Record<string, JsonValue> | null;
  /** Mirrors `after`: `true` where the value is only known after apply. */
  readonly after_unknown?: JsonValue;
  readonly before_sensitive?: JsonValue;
  readonly after_sensitive?: JsonValue;
}

/** One entry of `resource_changes`. */
export interface PlanResourceChange {
  readonly address: string;
  readonly module_address?: string;
  readonly mode: "managed" | "data";
  readonly type: string;
  readonly name: string;
  readonly index?: string | number;
  readonly provider_name: string;
  readonly change: PlanChange;
}

/** One resource of `configuration.*.resources`: the expressions as written, with their references. */
export interface PlanConfigResource {
  readonly address: string;
  readonly type: string;
  readonly name: string;
  readonly expressions?: Record<string, JsonValue>;
}

/** A parsed and validated plan. */
export interface TerraformPlan {
  readonly format_version: string;
  readonly terraform_version?: string;
  readonly resource_changes: readonly PlanResourceChange[];
  readonly configuration?: {
    readonly root_module?: { readonly resources?: readonly PlanConfigResource[] };
  };
  readonly errored?: boolean;
}
