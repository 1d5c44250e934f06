/**
 * The `monitoring` provider's tfplugin6 handlers: decode the request's DynamicValues, dispatch by
 * type name to the resource or data source, encode the answer (msgpack, every attribute present)
 * with its diagnostics. Transport and handshake live in ./protocol/plugin-server.
 */
import type { BackendDriver } from "./backend-driver";
import { errorDiagnostic, toWireDiagnostic, toWirePath, type Diagnostic } from "./diagnostics";
import type { Log } from "./log";
import { resolveProviderConfig, type BackendConnection } from "./provider-config";
import {
  decodeDynamicValue,
  encodeDynamicValue,
  isObject,
  valuesEqual,
  type DynamicValue,
  type ObjectValue,
  type Value,
} from "./protocol/dynamic-value";
import type { ProviderHandlers } from "./protocol/plugin-server";
import { blockToWire, schemaToWire } from "./protocol/schema-wire";
import { withBatching } from "./resources/batched-api";
import { KnownNames } from "./resources/known-names";
import { TargetSnapshots } from "./resources/target-snapshots";
import { checkResource } from "./resources/check";
import { dashboardResource } from "./resources/dashboard";
import { mapResource } from "./resources/map";
import { groupResource } from "./resources/group";
import { maintenanceResource } from "./resources/maintenance";
import { proxyResource } from "./resources/proxy";
import type { DataSource, ManagedResource, ProviderContext } from "./resources/resource";
import { targetResource } from "./resources/target";
import { targetSetResource } from "./resources/target-set";
import { templateDataSource } from "./resources/template-data-source";
import { PROVIDER_CONFIG_SCHEMA, type ObjectSchema } from "./schema";
import { validateBlock } from "./validate";
import { backendDiagnostic } from "./resources/backend-diagnostic";

export const RESOURCES: Readonly<Record<string, ManagedResource>> = Object.fromEntries(
  [
    groupResource,
    targetResource,
    targetSetResource,
    dashboardResource,
    proxyResource,
    checkResource,
    maintenanceResource,
    mapResource,
  ].map((r) => [r.schema.typeName, r]),
);
export const DATA_SOURCES: Readonly<Record<string, DataSource>> = Object.fromEntries(
  [templateDataSource].map((d) => [d.schema.typeName, d]),
);

export interface MonitoringProviderOptions {
  readonly log: Log;
  /** Opens the backend driver for a resolved connection. */
  connect(connection: BackendConnection): Promise<BackendDriver>;
  /**
   * Environment for the `ZABBIX_*` fallbacks.
   *
   * @default process.env
   */
  readonly env?: NodeJS.ProcessEnv;
}

type Request = Record<string, unknown>;

const diags = (list: readonly Diagnostic[]) => list.map(toWireDiagnostic);
const decode = (v: unknown): Value => decodeDynamicValue(v as DynamicValue | null);
const asObject = (v: Value): ObjectValue | null => (isObject(v) ? v : null);
const sameBytes = (a: unknown, b: unknown): boolean => {
  const x = (a as DynamicValue | null)?.msgpack;
  const y = (b as DynamicValue | null)?.msgpack;
  return Boolean(x && y && x.length > 0 && Buffer.from(x.buffer, x.byteOffset, x.length).equals(y));
};

const attributeNames = new WeakMap<ObjectSchema, readonly string[]>();

/** The value with exactly the schema's attributes (absent ones null), as cty requires. */
function complete(schema: ObjectSchema, value: ObjectValue | null): Value {
  if (value === null) return null;
  let names = attributeNames.get(schema);
  if (!names) attributeNames.set(schema, (names = schema.block.attributes.map((a) => a.name)));
  const out: ObjectValue = {};
  for (const name of names) out[name] = value[name] ?? null;
  return out;
}

/** Creates the handlers of one provider process. */
export function createProviderHandlers(options: MonitoringProviderOptions): ProviderHandlers {
  const { log } = options;
  let ctx: ProviderContext | undefined;
  let configureProblem: Diagnostic | undefined;

  const resourceFor = (typeName: unknown): ManagedResource => {
    const r = RESOURCES[String(typeName)];
    if (!r) throw new Error(`unknown resource type ${String(typeName)}`);
    return r;
  };
  const configured = (): ProviderContext => {
    if (ctx) return ctx;
    throw configureProblem ?? new Error("the provider was not configured");
  };
  const guarded = async <T extends object>(
    work: () => Promise<T>,
    /** What to answer besides the error; made only when there is one. */
    fallback: () => Omit<T, "diagnostics">,
  ): Promise<T | (Omit<T, "diagnostics"> & { diagnostics: unknown[] })> => {
    try {
      return await work();
    } catch (error) {
      const d = isDiagnostic(error) ? error : backendDiagnostic(error, "provider");
      return { ...fallback(), diagnostics: diags([d]) };
    }
  };

  return {
    async GetProviderSchema() {
      return {
        provider: { version: 0, block: blockToWire(PROVIDER_CONFIG_SCHEMA) },
        resource_schemas: Object.fromEntries(
          Object.entries(RESOURCES).map(([k, r]) => [k, schemaToWire(r.schema)]),
        ),
        data_source_schemas: Object.fromEntries(
          Object.entries(DATA_SOURCES).map(([k, d]) => [k, schemaToWire(d.schema)]),
        ),
        diagnostics: [],
        // Terraform then reuses the schema it read in its first launch instead of asking again.
        server_capabilities: { plan_destroy: false, get_provider_schema_optional: true },
      };
    },

    async ValidateProviderConfig(req: Request) {
      return { diagnostics: diags(validateBlock(PROVIDER_CONFIG_SCHEMA, decode(req.config))) };
    },

    async ConfigureProvider(req: Request) {
      const resolved = resolveProviderConfig(decode(req.config), options.env ?? process.env);
      const connection = resolved.connection;
      log.redact(connection?.apiToken);
      log.redact(connection?.password);
      if (!connection) {
        configureProblem = resolved.unknown
          ? errorDiagnostic(
              "Provider configuration not known yet",
              "The `zabbix` block uses values known only after apply; configure the provider with known values.",
            )
          : resolved.diagnostics[0];
        return { diagnostics: diags(resolved.diagnostics) };
      }
      try {
        const driver = withBatching(await options.connect(connection));
        const groupChecks = new Map<string, Promise<boolean>>();
        ctx = {
          driver,
          plannedCreates: new Map(),
          applying: false,
          targetSnapshots: new TargetSnapshots(driver.targets),
          knownNames: new KnownNames(),
          groupExists(id) {
            let known = groupChecks.get(id);
            if (!known) {
              known = driver.groups.read(id).then((g) => g !== undefined);
              groupChecks.set(id, known);
            }
            return known;
          },
        };
        log.debug("configured", { backend: driver.name });
        return { diagnostics: [] };
      } catch (error) {
        configureProblem = backendDiagnostic(error, "provider");
        return { diagnostics: diags([configureProblem]) };
      }
    },

    async ValidateResourceConfig(req: Request) {
      const config = asObject(decode(req.config));
      return { diagnostics: diags(config ? resourceFor(req.type_name).validate(config) : []) };
    },

    async ValidateDataResourceConfig(req: Request) {
      const config = asObject(decode(req.config));
      const ds = DATA_SOURCES[String(req.type_name)];
      return { diagnostics: diags(config && ds ? ds.validate(config) : []) };
    },

    async UpgradeResourceState(req: Request) {
      const resource = resourceFor(req.type_name);
      const raw = (req.raw_state as { json?: Uint8Array } | null)?.json;
      const parsed: unknown =
        raw && raw.length > 0 ? JSON.parse(Buffer.from(raw).toString("utf8")) : null;
      const state = parsed && typeof parsed === "object" ? (parsed as ObjectValue) : null;
      return {
        upgraded_state: encodeDynamicValue(complete(resource.schema, state)),
        diagnostics: [],
      };
    },

    async ReadResource(req: Request) {
      const resource = resourceFor(req.type_name);
      const current = asObject(decode(req.current_state));
      return guarded(
        async () => {
          if (!current) return { new_state: encodeDynamicValue(null), diagnostics: [] };
          const result = await resource.read(current, configured());
          const state = complete(resource.schema, result.state);
          return {
            // Most refreshes find nothing changed: the state goes back as Terraform sent it.
            new_state: valuesEqual(state, current) ? req.current_state : encodeDynamicValue(state),
            diagnostics: diags(result.diagnostics),
            private: req.private,
          };
        },
        // The state as Terraform sent it.
        () => ({ new_state: req.current_state }),
      );
    },

    async PlanResourceChange(req: Request) {
      const resource = resourceFor(req.type_name);
      const prior = asObject(decode(req.prior_state));
      // With nothing to change, Terraform proposes the prior state byte for byte.
      const proposed = sameBytes(req.prior_state, req.proposed_new_state)
        ? prior
        : asObject(decode(req.proposed_new_state));
      const result = await resource.plan(
        {
          prior,
          proposed,
          config: asObject(decode(req.config)),
        },
        ctx,
      );
      const planned = complete(resource.schema, result.planned);
      return {
        planned_state:
          prior && valuesEqual(planned, prior) ? req.prior_state : encodeDynamicValue(planned),
        requires_replace: result.requiresReplace.map(toWirePath),
        planned_private: req.prior_private,
        diagnostics: diags(result.diagnostics),
      };
    },

    async ApplyResourceChange(req: Request) {
      if (ctx) ctx.applying = true;
      const resource = resourceFor(req.type_name);
      const prior = asObject(decode(req.prior_state));
      return guarded(
        async () => {
          const result = await resource.apply(
            {
              prior,
              planned: asObject(decode(req.planned_state)),
              config: asObject(decode(req.config)),
            },
            configured(),
          );
          return {
            new_state: encodeDynamicValue(complete(resource.schema, result.state)),
            diagnostics: diags(result.diagnostics),
          };
        },
        () => ({ new_state: encodeDynamicValue(complete(resource.schema, prior)) }),
      );
    },

    async ImportResourceState(req: Request) {
      const resource = resourceFor(req.type_name);
      return guarded(
        async () => {
          const result = await resource.importState(String(req.id), configured());
          const imported = result.state
            ? [
                {
                  type_name: req.type_name,
                  state: encodeDynamicValue(complete(resource.schema, result.state)),
                },
              ]
            : [];
          return { imported_resources: imported, diagnostics: diags(result.diagnostics) };
        },
        () => ({ imported_resources: [] }),
      );
    },

    async ReadDataSource(req: Request) {
      const ds = DATA_SOURCES[String(req.type_name)];
      if (!ds) throw new Error(`unknown data source ${String(req.type_name)}`);
      const config = asObject(decode(req.config)) ?? {};
      return guarded(
        async () => {
          const result = await ds.read(config, configured());
          return {
            state: encodeDynamicValue(complete(ds.schema, result.state ?? config)),
            diagnostics: diags(result.diagnostics),
          };
        },
        () => ({ state: encodeDynamicValue(complete(ds.schema, config)) }),
      );
    },

    async StopProvider() {
      log.debug("stop requested");
      return {};
    },
  };
}

function isDiagnostic(value: unknown): value is Diagnostic {
  return typeof value === "object" && value !== null && "severity" in value && "summary" in value;
}
