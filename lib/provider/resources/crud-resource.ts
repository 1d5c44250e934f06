/**
 * The lifecycle shared by the provider's resources, over one {@link ObjectApi} of the driver:
 * schema-driven validation, unknown-aware planning (computed attributes unknown on create, kept
 * from state on update, defaults enforced, requires-replace), create / update / delete, read
 * (a missing object is null state, so Terraform plans its re-creation) and import by id or name.
 *
 * Creates that collide with an existing object never take it over silently: an object is adopted
 * only when it carries the ownership mark this provider would have written for the very same
 * specification (the answer to an earlier create was lost); otherwise the diagnostic says how to
 * import it.
 */
import { BackendError, type BackendDriver, type ObjectApi } from "../backend-driver";
import {
  errorDiagnostic,
  warningDiagnostic,
  type AttributePath,
  type Diagnostic,
} from "../diagnostics";
import {
  UNKNOWN,
  containsUnknown,
  valuesEqual,
  type ObjectValue,
  type Value,
} from "../protocol/dynamic-value";
import type { AttributeSchema, ObjectSchema } from "../schema";
import { validateBlock } from "../validate";
import type {
  ApplyRequest,
  ManagedResource,
  PlanRequest,
  PlanResult,
  ProviderContext,
  StateResult,
} from "./resource";
import { backendDiagnostic } from "./backend-diagnostic";

/** Prefix of an import id that names the object instead of giving its id. */
export const IMPORT_BY_NAME_PREFIX = "name:";

export interface CrudDefinition<
  Spec extends { readonly name: string },
  T extends Spec & { readonly id: string },
> {
  readonly schema: ObjectSchema;
  /** Noun for messages, e.g. `target`. */
  readonly noun: string;
  api(driver: BackendDriver): ObjectApi<Spec, T>;
  /** The backend specification from a fully known planned state (and the configuration). */
  toSpec(planned: ObjectValue, config: ObjectValue | null): Spec;
  /** The state of a backend object; `prior` decides null-versus-empty for optional collections. */
  toState(object: T, prior: ObjectValue | null): ObjectValue;
  /**
   * Resource-specific defaults, applied to the planned state in place.
   *
   * @default - the schema's defaults only
   */
  planDefaults?(planned: ObjectValue, config: ObjectValue, prior: ObjectValue | null): void;
  /**
   * Checks that need the backend (existence of referenced objects, backend-specific values).
   *
   * @default - none
   */
  checkPlan?(planned: ObjectValue, ctx: ProviderContext): Promise<Diagnostic[]>;
  /**
   * Reads the object for a refresh, given its prior state.
   *
   * @default - `api.read(id)`
   */
  readForRefresh?(id: string, state: ObjectValue, ctx: ProviderContext): Promise<T | undefined>;
  /**
   * Extra configuration checks beyond the schema's validators.
   *
   * @default - none
   */
  validateExtra?(config: ObjectValue): Diagnostic[];
  /**
   * Marks a spec as created by this provider, and recognizes the mark.
   *
   * @default - no mark: a colliding create always fails with the import hint
   */
  readonly ownership?: {
    mark(spec: Spec): Spec;
    isOwned(existing: T): boolean;
    /** The existing object is exactly what `spec` would have created. */
    matches(existing: T, spec: Spec): boolean;
  };
}

/** Builds a {@link ManagedResource} from a {@link CrudDefinition}. */
export function crudResource<
  Spec extends { readonly name: string },
  T extends Spec & { readonly id: string },
>(def: CrudDefinition<Spec, T>): ManagedResource {
  const attributes = def.schema.block.attributes;
  const typeName = def.schema.typeName;
  const names = attributes.map((a) => a.name);

  const importHint = (name: string) =>
    `To manage it with Terraform, import it: \`terraform import ${typeName}.<resource name> ${IMPORT_BY_NAME_PREFIX}${name}\`, ` +
    `or add an import block: import { to = ${typeName}.<resource name>, id = "${IMPORT_BY_NAME_PREFIX}${name}" }.`;

  /** Known planned/config values win; unknowns are filled from the backend object. */
  function stateAfterApply(planned: ObjectValue, object: T): ObjectValue {
    const fromBackend = def.toState(object, planned);
    const state: ObjectValue = {};
    for (const a of attributes) {
      const p = planned[a.name] ?? null;
      state[a.name] = containsUnknown(p) ? (fromBackend[a.name] ?? null) : p;
    }
    return state;
  }

  async function create(
    spec: Spec,
    ctx: ProviderContext,
  ): Promise<{ object: T; diagnostics: Diagnostic[] }> {
    const api = def.api(ctx.driver);
    const marked = def.ownership ? def.ownership.mark(spec) : spec;
    try {
      return { object: await api.create(marked), diagnostics: [] };
    } catch (error) {
      if (!(error instanceof BackendError) || error.kind !== "conflict") throw error;
      // A conflict on another unique attribute (a target's visible name) is no name collision.
      if (error.details.field !== undefined && error.details.field !== "name") throw error;
      const existing = error.details.existingId
        ? await api.read(error.details.existingId)
        : await api.findByName(spec.name);
      if (existing && def.ownership?.matches(existing, marked)) {
        const object = await api.update(existing.id, marked);
        const detail = `${def.noun} "${spec.name}" (id ${existing.id}) already existed with this provider's mark for exactly this configuration: an earlier create succeeded but its answer was lost. It was adopted instead of created again.`;
        return {
          object,
          diagnostics: [warningDiagnostic(`Adopted existing ${def.noun}`, detail, ["name"])],
        };
      }
      const where = existing ? ` (id ${existing.id})` : "";
      throw new BackendError(
        "conflict",
        `A ${def.noun} named "${spec.name}" already exists in ${ctx.driver.name}${where}. ${importHint(spec.name)}`,
        { ...error.details, field: "name" },
      );
    }
  }

  async function deleteObject(id: string, ctx: ProviderContext): Promise<void> {
    const api = def.api(ctx.driver);
    try {
      await api.delete(id);
    } catch (error) {
      if (error instanceof BackendError && error.kind !== "transient" && !(await api.read(id)))
        return;
      throw error;
    }
  }

  return {
    schema: def.schema,

    validate(config) {
      return [...validateBlock(def.schema.block, config), ...(def.validateExtra?.(config) ?? [])];
    },

    async plan(request: PlanRequest, ctx): Promise<PlanResult> {
      const { prior, proposed, config } = request;
      if (proposed === null || config === null)
        return { planned: null, requiresReplace: [], diagnostics: [] };
      const planned: ObjectValue = { ...proposed };
      for (const a of attributes) {
        if (!a.computed) continue;
        if (a.optional && config[a.name] === null && a.default !== undefined)
          planned[a.name] = a.default;
        else if (!a.optional) planned[a.name] = prior ? (prior[a.name] ?? null) : UNKNOWN;
        else if (prior === null && planned[a.name] === null) planned[a.name] = UNKNOWN;
      }
      def.planDefaults?.(planned, config, prior);

      const requiresReplace: AttributePath[] = prior
        ? attributes
            .filter(
              (a) =>
                a.requiresReplace &&
                !valuesEqual(prior[a.name] ?? null, planned[a.name] ?? null, isSet(a)),
            )
            .map((a) => [a.name])
        : [];
      if (requiresReplace.length > 0) {
        for (const a of attributes) if (a.computed && !a.optional) planned[a.name] = UNKNOWN;
      }

      const diagnostics: Diagnostic[] = [
        ...validateBlock(def.schema.block, planned),
        ...(def.validateExtra?.(planned) ?? []),
      ];
      if (ctx && diagnostics.length === 0) {
        diagnostics.push(...((await def.checkPlan?.(planned, ctx)) ?? []));
        if (prior === null) diagnostics.push(...(await checkCreate(planned, ctx)));
      }
      return { planned, requiresReplace, diagnostics };
    },

    async apply(request: ApplyRequest, ctx): Promise<StateResult> {
      const { prior, planned, config } = request;
      try {
        if (planned === null) {
          if (prior && typeof prior.id === "string") await deleteObject(prior.id, ctx);
          return { state: null, diagnostics: [] };
        }
        const spec = def.toSpec(planned, config);
        if (prior === null) {
          const { object, diagnostics } = await create(spec, ctx);
          return { state: stateAfterApply(planned, object), diagnostics };
        }
        const marked = def.ownership ? def.ownership.mark(spec) : spec;
        const object = await def.api(ctx.driver).update(String(prior.id), marked);
        return { state: stateAfterApply(planned, object), diagnostics: [] };
      } catch (error) {
        // A failed update or delete keeps the prior state; a failed create leaves none.
        const name = (planned ?? prior)?.name;
        const named = typeof name === "string" ? name : undefined;
        return { state: prior, diagnostics: [backendDiagnostic(error, def.noun, names, named)] };
      }
    },

    async read(state, ctx): Promise<StateResult> {
      try {
        const id = String(state.id);
        const object = def.readForRefresh
          ? await def.readForRefresh(id, state, ctx)
          : await def.api(ctx.driver).read(id);
        return { state: object ? def.toState(object, state) : null, diagnostics: [] };
      } catch (error) {
        return { state, diagnostics: [backendDiagnostic(error, def.noun, names)] };
      }
    },

    async importState(id, ctx): Promise<StateResult> {
      try {
        const api = def.api(ctx.driver);
        const byName = id.startsWith(IMPORT_BY_NAME_PREFIX);
        const object = byName
          ? await api.findByName(id.slice(IMPORT_BY_NAME_PREFIX.length))
          : await api.read(id);
        if (!object) {
          const detail = `No ${def.noun} with ${byName ? `name "${id.slice(IMPORT_BY_NAME_PREFIX.length)}"` : `id "${id}"`} exists in ${ctx.driver.name}. Import by id (e.g. "10084") or by name (e.g. "${IMPORT_BY_NAME_PREFIX}web-01").`;
          return {
            state: null,
            diagnostics: [errorDiagnostic(`Cannot import ${typeName}`, detail)],
          };
        }
        return { state: def.toState(object, null), diagnostics: [] };
      } catch (error) {
        return { state: null, diagnostics: [backendDiagnostic(error, def.noun, names)] };
      }
    },
  };

  /** Duplicate names in the configuration, and collisions with objects the provider does not own. */
  async function checkCreate(planned: ObjectValue, ctx: ProviderContext): Promise<Diagnostic[]> {
    const name = planned.name;
    if (typeof name !== "string") return [];
    const seen = ctx.plannedCreates.get(typeName) ?? new Set<string>();
    ctx.plannedCreates.set(typeName, seen);
    if (seen.has(name)) {
      return [
        errorDiagnostic(
          `Duplicate ${def.noun} name`,
          `Another ${typeName} in this configuration also has name "${name}"; names must be unique.`,
          ["name"],
        ),
      ];
    }
    seen.add(name);
    if (ctx.applying) return [];
    try {
      const api = def.api(ctx.driver);
      if (!(await ctx.knownNames.mayBeTaken(api, name))) return [];
      const existing = await api.findByName(name);
      if (existing && !def.ownership?.isOwned(existing)) {
        return [
          errorDiagnostic(
            `${def.noun} "${name}" already exists`,
            `A ${def.noun} named "${name}" already exists in ${ctx.driver.name} (id ${existing.id}). ${importHint(name)}`,
            ["name"],
          ),
        ];
      }
      return [];
    } catch (error) {
      return [backendDiagnostic(error, def.noun, names)];
    }
  }
}

function isSet(a: AttributeSchema): boolean {
  return Array.isArray(a.type) && a.type[0] === "set";
}

/** A known string list (set) value, or undefined. */
export function stringList(v: Value | undefined): string[] | undefined {
  return Array.isArray(v) && v.every((x) => typeof x === "string") ? (v as string[]) : undefined;
}

/** A known map(string) value, or an empty map. */
export function stringMap(v: Value | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (v && typeof v === "object" && !Array.isArray(v)) {
    for (const [k, x] of Object.entries(v)) if (typeof x === "string") out[k] = x;
  }
  return out;
}

/** A map for the state: null when empty and the prior value was null (not configured). */
export function stateMap(map: Readonly<Record<string, string>>, prior: Value | undefined): Value {
  return Object.keys(map).length === 0 && (prior === null || prior === undefined)
    ? null
    : { ...map };
}
