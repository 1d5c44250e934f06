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
  /** What Terraform will do, in order; `["no-op"]` when nothing changes. */
  readonly actions: readonly PlanAction[];
  /** Attribute values in the prior state; null when the instance is created. */
  readonly before: Record<string, JsonValue> | null;
  /** Planned attribute values (unknown ones are left out); null when the instance is deleted. */
  readonly after: Record<string, JsonValue> | null;
  /** Mirrors `after`: `true` where the value is only known after apply. */
  readonly after_unknown?: JsonValue;
  /** Mirrors `before`: `true` where the prior value is sensitive. */
  readonly before_sensitive?: JsonValue;
  /** Mirrors `after`: `true` where the planned value is sensitive. */
  readonly after_sensitive?: JsonValue;
}

/** One entry of `resource_changes`. */
export interface PlanResourceChange {
  /** Full address of the instance, e.g. `module.app.aws_sqs_queue.orders[0]`. */
  readonly address: string;
  /** Address of the module holding it; absent in the root module. */
  readonly module_address?: string;
  /** `managed` for resources, `data` for data sources. */
  readonly mode: "managed" | "data";
  /** Resource type, e.g. `aws_sqs_queue`. */
  readonly type: string;
  /** Name given in the configuration (the address's last part, without index). */
  readonly name: string;
  /** `count` index (number) or `for_each` key (string); absent for single instances. */
  readonly index?: string | number;
  /** Provider source address, e.g. `registry.terraform.io/hashicorp/aws`. */
  readonly provider_name: string;
  /** The planned change of the instance. */
  readonly change: PlanChange;
}

/** One resource of `configuration.*.resources`: the expressions as written, with their references. */
export interface PlanConfigResource {
  /** Address of the resource in its module (no instance index), e.g. `aws_sqs_queue.orders`. */
  readonly address: string;
  /** Resource type, e.g. `aws_sqs_queue`. */
  readonly type: string;
  /** Name given in the configuration. */
  readonly name: string;
  /** Argument expressions by attribute name: `constant_value` for literals, `references` for the addresses they refer to. */
  readonly expressions?: Record<string, JsonValue>;
}

/** A parsed and validated plan. */
export interface TerraformPlan {
  /** Plan JSON format version; the reader accepts 1.x ({@link SUPPORTED_PLAN_FORMAT}). */
  readonly format_version: string;
  /** Version of Terraform that wrote the plan. */
  readonly terraform_version?: string;
  /** One entry per resource instance the plan considers, including no-ops. */
  readonly resource_changes: readonly PlanResourceChange[];
  /** The configuration as written, which the review reads for references between resources. */
  readonly configuration?: {
    /** The root module's configuration. */
    readonly root_module?: {
      /** Resources declared in the root module. */
      readonly resources?: readonly PlanConfigResource[];
    };
  };
  /** `true` when planning failed part-way; such a plan is incomplete. */
  readonly errored?: boolean;
}
