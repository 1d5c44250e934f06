/** `monitoring_target`: a monitored thing (Zabbix: host). */
import { createHash } from "node:crypto";
import type { Target, TargetSpec } from "../backend-driver";
import { errorDiagnostic, type Diagnostic } from "../diagnostics";
import { UNKNOWN, containsUnknown, isObject, type ObjectValue } from "../protocol/dynamic-value";
import { TARGET_DEFAULT_PORT, TARGET_DEFAULT_PORTS, TARGET_SCHEMA } from "../schema";
import { backendDiagnostic } from "./backend-diagnostic";
import { crudResource, stateMap, stringList, stringMap } from "./crud-resource";
import { checkGroupsExist } from "./group-references";

/**
 * Tag written on every target this provider creates or updates; its value fingerprints the
 * specification sent. It is hidden from the `tags` attribute and reserved.
 */
export const OWNERSHIP_TAG = "terraform-provider-monitoring";

/** A stable fingerprint of a spec (without the ownership tag). */
export function specFingerprint(spec: TargetSpec): string {
  const tags = Object.fromEntries(
    Object.entries(spec.tags)
      .filter(([k]) => k !== OWNERSHIP_TAG)
      .sort(),
  );
  const canonical = {
    ...spec,
    templates: [...spec.templates].sort(),
    groups: [...spec.groups].sort(),
    thresholds: Object.fromEntries(Object.entries(spec.thresholds).sort()),
    tags,
  };
  const ordered = Object.fromEntries(
    Object.entries(canonical).sort(([a], [b]) => a.localeCompare(b)),
  );
  return createHash("sha256").update(JSON.stringify(ordered)).digest("hex").slice(0, 32);
}

/** `spec` with the ownership tag this provider writes on what it creates or updates. */
export function markOwned(spec: TargetSpec): TargetSpec {
  return {
    ...spec,
    tags: { ...withoutOwnership(spec.tags), [OWNERSHIP_TAG]: specFingerprint(spec) },
  };
}

export function withoutOwnership(tags: Readonly<Record<string, string>>): Record<string, string> {
  const { [OWNERSHIP_TAG]: _owner, ...rest } = tags;
  return rest;
}

/** The thresholds read, with the prior values of secret ones (the backend never returns them). */
function withKnownSecrets(target: Target, prior: ObjectValue | null): Record<string, string> {
  const known = stringMap(prior?.thresholds);
  const thresholds = { ...target.thresholds };
  for (const name of target.secretThresholds ?? []) {
    if (name in known) thresholds[name] = known[name]!;
  }
  return thresholds;
}

const ATTRIBUTE_NAMES = TARGET_SCHEMA.block.attributes.map((a) => a.name);

export const targetResource = crudResource<TargetSpec, Target>({
  schema: TARGET_SCHEMA,
  noun: "target",
  api: (driver) => driver.targets,

  toSpec: (planned, config) => ({
    name: String(planned.name),
    displayName:
      typeof planned.display_name === "string" ? planned.display_name : String(planned.name),
    kind: String(planned.kind),
    // Unconfigured templates follow the kind (the driver picks them).
    templates: (config && stringList(config.templates)) ?? [],
    address: String(planned.address),
    port: Number(planned.port),
    groups: stringList(planned.groups) ?? [],
    thresholds: stringMap(planned.thresholds),
    tags: stringMap(planned.tags),
    enabled: planned.enabled !== false,
    ...(typeof planned.proxy === "string" ? { proxy: planned.proxy } : {}),
  }),

  toState: (target, prior) => ({
    id: target.id,
    url: target.url,
    name: target.name,
    display_name: target.displayName,
    kind: target.kind,
    templates: [...target.templates].sort(),
    address: target.address,
    port: target.port,
    groups: [...target.groups].sort(),
    thresholds: stateMap(withKnownSecrets(target, prior), prior?.thresholds),
    tags: stateMap(withoutOwnership(target.tags), prior?.tags),
    enabled: target.enabled,
    proxy: target.proxy ?? null,
  }),

  planDefaults(planned: ObjectValue, config: ObjectValue, prior: ObjectValue | null) {
    if (config.display_name === null) planned.display_name = planned.name ?? null;
    if (config.port === null) {
      planned.port =
        typeof planned.kind === "string"
          ? (TARGET_DEFAULT_PORTS[planned.kind] ?? TARGET_DEFAULT_PORT)
          : UNKNOWN;
    }
    if (config.templates === null && (prior === null || prior.kind !== planned.kind))
      planned.templates = UNKNOWN;
  },

  validateExtra(config: ObjectValue): Diagnostic[] {
    return isObject(config.tags) && OWNERSHIP_TAG in config.tags
      ? [
          errorDiagnostic(
            "Reserved tag",
            `The tag "${OWNERSHIP_TAG}" is reserved: the provider uses it to recognize targets it created.`,
            ["tags", { key: OWNERSHIP_TAG }],
          ),
        ]
      : [];
  },

  async checkPlan(planned, ctx) {
    const diagnostics = await checkGroupsExist(planned, ctx);
    if (typeof planned.kind === "string" && !ctx.driver.targetKinds.includes(planned.kind)) {
      diagnostics.push(
        errorDiagnostic(
          "Invalid kind",
          `"${planned.kind}" is not a kind the ${ctx.driver.name} backend knows. Allowed values: ${ctx.driver.targetKinds.join(", ")}.`,
          ["kind"],
        ),
      );
    }
    if (typeof planned.proxy === "string" && !(await ctx.driver.proxies.read(planned.proxy))) {
      diagnostics.push(
        errorDiagnostic(
          "Unknown proxy",
          `No proxy with id "${planned.proxy}" exists in ${ctx.driver.name}. Use the id of a monitoring_proxy (e.g. monitoring_proxy.site_a.id).`,
          ["proxy"],
        ),
      );
    }
    const thresholds = planned.thresholds ?? null;
    if (typeof planned.kind === "string" && !containsUnknown(thresholds)) {
      const refused = ctx.driver.checkTarget?.({
        kind: planned.kind,
        thresholds: stringMap(thresholds),
      });
      if (refused) diagnostics.push(backendDiagnostic(refused, "target", ATTRIBUTE_NAMES));
    }
    return diagnostics;
  },

  readForRefresh: (id, state, ctx) => ctx.targetSnapshots.read(id, stringList(state.groups)),

  ownership: {
    mark: markOwned,
    isOwned: (existing) => OWNERSHIP_TAG in existing.tags,
    matches: (existing, spec) => existing.tags[OWNERSHIP_TAG] === specFingerprint(spec),
  },
});
