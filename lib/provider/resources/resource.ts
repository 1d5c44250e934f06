/**
 * What a managed resource or data source does for each tfplugin6 RPC, in terms of decoded values.
 * The provider server decodes requests, dispatches here by type name and encodes the answers.
 */
import type { BackendDriver } from "../backend-driver";
import type { KnownNames } from "./known-names";
import type { TargetSnapshots } from "./target-snapshots";
import type { AttributePath, Diagnostic } from "../diagnostics";
import type { ObjectValue } from "../protocol/dynamic-value";
import type { ObjectSchema } from "../schema";

/** State shared by the resources of one provider process (one Terraform walk). */
export interface ProviderContext {
  readonly driver: BackendDriver;
  /** Names planned for creation in this process, by type: duplicates are an error. */
  readonly plannedCreates: Map<string, Set<string>>;
  /** Targets read a group at a time during a refresh. */
  readonly targetSnapshots: TargetSnapshots;
  /** Names taken in the backend, read once for the collision checks of planned creates. */
  readonly knownNames: KnownNames;
  /** Whether a group id exists, cached for the process. */
  groupExists(id: string): Promise<boolean>;
  /**
   * Set at the first ApplyResourceChange. Terraform applies only in the apply walk, with a
   * provider process of its own, so later plans in this process are the apply walk's re-plans:
   * their name-collision lookups would repeat the plan's, and a create reports a collision
   * that appeared since with the same error.
   */
  applying: boolean;
}

export interface PlanRequest {
  readonly prior: ObjectValue | null;
  /** Terraform's proposal: configuration merged with prior state for unset computed attributes. */
  readonly proposed: ObjectValue | null;
  readonly config: ObjectValue | null;
}

export interface PlanResult {
  readonly planned: ObjectValue | null;
  readonly requiresReplace: readonly AttributePath[];
  readonly diagnostics: readonly Diagnostic[];
}

export interface ApplyRequest {
  readonly prior: ObjectValue | null;
  /** Null for a destroy. */
  readonly planned: ObjectValue | null;
  readonly config: ObjectValue | null;
}

export interface StateResult {
  /** Null when the object does not exist (read) or was deleted (apply). */
  readonly state: ObjectValue | null;
  readonly diagnostics: readonly Diagnostic[];
}

export interface ManagedResource {
  readonly schema: ObjectSchema;
  /** Checks the configuration without the backend (unknown values are skipped). */
  validate(config: ObjectValue): readonly Diagnostic[];
  /** `ctx` is undefined when the provider could not be configured (e.g. values known after apply). */
  plan(request: PlanRequest, ctx: ProviderContext | undefined): Promise<PlanResult>;
  apply(request: ApplyRequest, ctx: ProviderContext): Promise<StateResult>;
  read(state: ObjectValue, ctx: ProviderContext): Promise<StateResult>;
  /** Imports by backend id or by `name:<name>`. */
  importState(id: string, ctx: ProviderContext): Promise<StateResult>;
}

export interface DataSource {
  readonly schema: ObjectSchema;
  validate(config: ObjectValue): readonly Diagnostic[];
  read(config: ObjectValue, ctx: ProviderContext): Promise<StateResult>;
}
