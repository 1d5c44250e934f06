/**
 * `monitoring_target_set`: many targets (Zabbix: hosts) as one resource, so that Terraform walks
 * one resource per service group instead of one per target, and the provider sends each batch of
 * `batch_size` targets (100 unless configured) in one backend call.
 *
 * A failed batch leaves the state exact. Every batch is one all-or-nothing backend call; the
 * batches before it are done and stay in the state returned with the error. After a failure the
 * provider reads the set's targets back (by the set's tag) to learn what a batch whose answer was
 * lost did. On update, Terraform saves that state as it is and the next apply does the rest. On
 * create, Terraform saves it and marks the set tainted: the next apply replaces the set, deleting
 * the targets created by the failed apply and creating all of them, each exactly once. And when
 * even the state could not be written, a create or update first adopts the set's targets it
 * finds by name and the set's tag instead of creating them again.
 */
import { BackendError, type Target, type TargetApi } from "../backend-driver";
import { errorDiagnostic, type AttributePath, type Diagnostic } from "../diagnostics";
import { UNKNOWN, isObject, type ObjectValue } from "../protocol/dynamic-value";
import { TARGET_SCHEMA, TARGET_SET_DEFAULT_BATCH, TARGET_SET_SCHEMA } from "../schema";
import { validateBlock } from "../validate";
import { backendDiagnostic } from "./backend-diagnostic";
import { stringList, stringMap } from "./crud-resource";
import type { ManagedResource, PlanResult, ProviderContext, StateResult } from "./resource";
import { OWNERSHIP_TAG } from "./target";
import {
  SET_TAG,
  chunked,
  diffEntries,
  entryFromTarget,
  entrySpec,
  madeFrom,
  type Entries,
} from "./target-set-entries";
import { decodeEntries, encodeEntry, type DecodedEntries } from "./target-set-json";

const NOUN = "target set";
const REQUIRED_IN_ENTRY = ["kind", "address", "groups"] as const;

type SetApi = Required<
  Pick<TargetApi, "createMany" | "updateMany" | "deleteMany" | "readTagged" | "readMany">
>;

function setApi(ctx: ProviderContext): SetApi {
  const t = ctx.driver.targets;
  if (!t.createMany || !t.updateMany || !t.deleteMany || !t.readTagged || !t.readMany) {
    throw new BackendError(
      "invalid",
      `the ${ctx.driver.name} backend has no batch calls for targets: use monitoring_target instead of monitoring_target_set`,
    );
  }
  return {
    createMany: t.createMany.bind(t),
    updateMany: t.updateMany.bind(t),
    deleteMany: t.deleteMany.bind(t),
    readTagged: t.readTagged.bind(t),
    readMany: t.readMany.bind(t),
  };
}

/**
 * Checks of each entry that need no backend: its JSON, the single target's validators, required
 * values.
 */
function validateEntries(decoded: DecodedEntries): Diagnostic[] {
  const diagnostics: Diagnostic[] = [...decoded.diagnostics];
  for (const [name, entry] of Object.entries(decoded.entries)) {
    const at: AttributePath = ["targets", { key: name }];
    for (const d of validateBlock(TARGET_SCHEMA.block, { ...entry, name }, at)) {
      // The key is the entry's name: point at the entry.
      diagnostics.push(d.path?.[2] === "name" ? { ...d, path: at } : d);
    }
    for (const attribute of REQUIRED_IN_ENTRY) {
      if (entry[attribute] === null) {
        diagnostics.push(
          errorDiagnostic(
            `Missing ${attribute}`,
            `Target "${name}" of the set has no ${attribute}; ${REQUIRED_IN_ENTRY.join(", ")} are required in every entry.`,
            [...at, attribute],
          ),
        );
      }
    }
    if (isObject(entry.tags)) {
      for (const reserved of [OWNERSHIP_TAG, SET_TAG]) {
        if (reserved in entry.tags) {
          diagnostics.push(
            errorDiagnostic(
              "Reserved tag",
              `The tag "${reserved}" is reserved: the provider uses it to recognize targets it created.`,
              [...at, "tags", { key: reserved }],
            ),
          );
        }
      }
    }
  }
  return diagnostics;
}

/** Checks against the backend: kinds, groups, proxies, and names of new targets already taken. */
async function checkPlan(
  setName: string,
  entries: Entries,
  added: readonly string[],
  ctx: ProviderContext,
): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  const groups = new Set<string>();
  const proxies = new Set<string>();
  for (const [name, entry] of Object.entries(entries)) {
    const at: AttributePath = ["targets", { key: name }];
    for (const g of stringList(entry.groups) ?? []) groups.add(g);
    if (typeof entry.proxy === "string") proxies.add(entry.proxy);
    if (typeof entry.kind === "string" && !ctx.driver.targetKinds.includes(entry.kind)) {
      diagnostics.push(
        errorDiagnostic(
          "Invalid kind",
          `Target "${name}": "${entry.kind}" is not a kind the ${ctx.driver.name} backend knows. Allowed values: ${ctx.driver.targetKinds.join(", ")}.`,
          [...at, "kind"],
        ),
      );
    }
    if (typeof entry.kind === "string") {
      const refused = ctx.driver.checkTarget?.({
        kind: entry.kind,
        thresholds: stringMap(entry.thresholds),
      });
      if (refused) {
        diagnostics.push(
          errorDiagnostic(
            "Monitoring backend would reject a value",
            `Target "${name}": ${refused.message}`,
            [...at, "thresholds"],
          ),
        );
      }
    }
  }
  const missingGroups = (
    await Promise.all([...groups].map(async (g) => ((await ctx.groupExists(g)) ? [] : [g])))
  ).flat();
  if (missingGroups.length > 0) {
    diagnostics.push(
      errorDiagnostic(
        "Unknown group",
        `No group with id ${missingGroups.map((g) => `"${g}"`).join(", ")} exists in ${ctx.driver.name}. Use the id of a monitoring_group (e.g. monitoring_group.ops.id).`,
        ["targets"],
      ),
    );
  }
  for (const proxy of proxies) {
    if (!(await ctx.driver.proxies.read(proxy))) {
      diagnostics.push(
        errorDiagnostic(
          "Unknown proxy",
          `No proxy with id "${proxy}" exists in ${ctx.driver.name}. Use the id of a monitoring_proxy (e.g. monitoring_proxy.site_a.id).`,
          ["targets"],
        ),
      );
    }
  }
  diagnostics.push(...duplicateNames(added, ctx));
  if (!ctx.applying) diagnostics.push(...(await takenNames(setName, added, ctx)));
  return diagnostics;
}

/** New names another target or set of this configuration also creates. */
function duplicateNames(added: readonly string[], ctx: ProviderContext): Diagnostic[] {
  const typeName = TARGET_SCHEMA.typeName;
  const seen = ctx.plannedCreates.get(typeName) ?? new Set<string>();
  ctx.plannedCreates.set(typeName, seen);
  const duplicates = added.filter((name) => seen.has(name));
  for (const name of added) seen.add(name);
  return duplicates.map((name) =>
    errorDiagnostic(
      "Duplicate target name",
      `Another monitoring_target or monitoring_target_set in this configuration also has a target named "${name}"; names must be unique.`,
      ["targets", { key: name }],
    ),
  );
}

/** New names taken in the backend by a target that is not this set's. */
async function takenNames(
  setName: string,
  added: readonly string[],
  ctx: ProviderContext,
): Promise<Diagnostic[]> {
  try {
    const api = ctx.driver.targets;
    const candidates: string[] = [];
    for (const name of added) if (await ctx.knownNames.mayBeTaken(api, name)) candidates.push(name);
    if (candidates.length === 0) return [];
    const existing = api.findManyByName
      ? await api.findManyByName(candidates)
      : (await Promise.all(candidates.map((n) => api.findByName(n)))).filter(
          (t): t is Target => t !== undefined,
        );
    return existing
      .filter((t) => t.tags[SET_TAG] !== setName)
      .map((t) =>
        errorDiagnostic(
          `target "${t.name}" already exists`,
          `A target named "${t.name}" already exists in ${ctx.driver.name} (id ${t.id}) and is not one of set "${setName}"'s. Import it as a monitoring_target, or remove it from the set.`,
          ["targets", { key: t.name }],
        ),
      );
  } catch (error) {
    return [backendDiagnostic(error, NOUN)];
  }
}

type Texts = Readonly<Record<string, string>>;

/**
 * The state of a set; each entry's text is the first of `texts` that means the same entry (what
 * Terraform planned, then what it held), otherwise its canonical JSON.
 */
function stateOf(
  name: string,
  entries: Entries,
  ids: Readonly<Record<string, string>>,
  batchSize: number | null,
  texts: readonly Texts[],
) {
  const targets: ObjectValue = {};
  const idMap: ObjectValue = {};
  for (const key of Object.keys(entries).sort()) {
    if (ids[key] === undefined) continue;
    targets[key] = encodeEntry(
      key,
      entries[key]!,
      texts.map((t) => t[key]),
    );
    idMap[key] = ids[key];
  }
  return { id: name, name, targets, batch_size: batchSize, ids: idMap };
}

/** The entries of `state` that have an id, the ids, and the entries' texts. */
function recorded(state: ObjectValue | null) {
  const ids = stringMap(state?.ids);
  const decoded = decodeEntries(state?.targets);
  const entries = Object.fromEntries(
    Object.entries(decoded.entries).filter(([k]) => ids[k] !== undefined),
  );
  return { entries, ids, texts: decoded.texts };
}

/** Names a batch in a message: its first and last target and its size. */
function batchName(step: string, keys: readonly string[]): string {
  const which = keys.length === 1 ? `"${keys[0]}"` : `"${keys[0]}" … "${keys[keys.length - 1]}"`;
  return `${step} ${keys.length} target${keys.length === 1 ? "" : "s"} (${which})`;
}

class SetApply {
  readonly entries: Record<string, ObjectValue>;
  readonly ids: Record<string, string>;
  private readonly priorTexts: Texts;
  private readonly desired: Entries;

  constructor(
    private readonly api: SetApi,
    private readonly name: string,
    prior: ObjectValue | null,
    private readonly planned: Pick<DecodedEntries, "entries" | "texts">,
    private readonly batchSize: number | null,
  ) {
    ({ entries: this.entries, ids: this.ids, texts: this.priorTexts } = recorded(prior));
    this.desired = planned.entries;
  }

  /** Takes over targets of this set that a create whose answer (or state) was lost made. */
  async adopt(added: readonly string[]): Promise<void> {
    if (added.length === 0) return;
    const tagged = new Map((await this.api.readTagged(SET_TAG, this.name)).map((t) => [t.name, t]));
    for (const key of added) {
      const target = tagged.get(key);
      if (!target) continue;
      this.ids[key] = target.id;
      const spec = entrySpec(this.name, key, this.desired[key]!);
      this.entries[key] = madeFrom(target, spec)
        ? this.desired[key]!
        : entryFromTarget(target, this.desired[key]);
    }
  }

  async remove(keys: readonly string[]): Promise<void> {
    await this.api.deleteMany(keys.map((k) => this.ids[k]!));
    for (const k of keys) this.forget(k);
  }

  async update(keys: readonly string[]): Promise<void> {
    await this.api.updateMany(
      keys.map((k) => ({ id: this.ids[k]!, spec: entrySpec(this.name, k, this.desired[k]!) })),
    );
    for (const k of keys) this.entries[k] = this.desired[k]!;
  }

  async create(keys: readonly string[]): Promise<void> {
    const made = await this.api.createMany(
      keys.map((k) => entrySpec(this.name, k, this.desired[k]!)),
    );
    keys.forEach((k, i) => {
      this.ids[k] = made[i]!.id;
      this.entries[k] = this.desired[k]!;
    });
  }

  /** After a failed batch of `keys`: the state learns from the backend what the batch did. */
  async reconcile(keys: readonly string[]): Promise<void> {
    const known = keys.map((k) => this.ids[k]).filter((id): id is string => id !== undefined);
    const [byId, tagged] = await Promise.all([
      this.api.readMany(known),
      this.api.readTagged(SET_TAG, this.name),
    ]);
    const found = new Map<string, Target>();
    for (const t of [...tagged, ...byId]) found.set(t.name, t);
    for (const k of keys) {
      const target = found.get(k);
      if (!target) {
        this.forget(k);
        continue;
      }
      this.ids[k] = target.id;
      const wanted = this.desired[k];
      this.entries[k] =
        wanted && madeFrom(target, entrySpec(this.name, k, wanted))
          ? wanted
          : entryFromTarget(target, this.entries[k] ?? wanted);
    }
  }

  private forget(key: string): void {
    delete this.entries[key];
    delete this.ids[key];
  }

  state(): ObjectValue {
    return stateOf(this.name, this.entries, this.ids, this.batchSize, [
      this.planned.texts,
      this.priorTexts,
    ]);
  }
}

type Step = "deleting" | "updating" | "creating";

/** The configured `batch_size` of a set's values, or null (the default). */
function batchSizeOf(values: ObjectValue): number | null {
  return typeof values.batch_size === "number" ? values.batch_size : null;
}

/** Runs `steps` batch by batch; on a failure, reconciles and returns the error's diagnostic. */
async function runBatches(
  run: SetApply,
  steps: ReadonlyArray<
    readonly [Step, readonly string[], (keys: readonly string[]) => Promise<void>]
  >,
  setName: string,
  batchSize: number | null,
): Promise<Diagnostic[]> {
  const size = batchSize ?? TARGET_SET_DEFAULT_BATCH;
  for (const [step, keys, send] of steps) {
    const batches = chunked(keys, size);
    for (const [i, batch] of batches.entries()) {
      try {
        await send(batch);
      } catch (error) {
        const what = `${batchName(step, batch)}, batch ${i + 1} of ${batches.length}`;
        let learned = "";
        try {
          await run.reconcile(batch);
          learned = " The state holds every target that exists now; run the apply again to finish.";
        } catch {
          learned =
            " The state holds the batches done before it; the next apply adopts what this one made.";
        }
        return [withContext(error, `target set "${setName}": ${what} failed:`, learned)];
      }
    }
  }
  return [];
}

function withContext(error: unknown, prefix: string, suffix: string): Diagnostic {
  const d = backendDiagnostic(error, NOUN);
  return { ...d, detail: `${prefix} ${d.detail}${suffix}`, path: undefined };
}

export const targetSetResource: ManagedResource = {
  schema: TARGET_SET_SCHEMA,

  validate(config) {
    return [
      ...validateBlock(TARGET_SET_SCHEMA.block, config),
      ...validateEntries(decodeEntries(config.targets)),
    ];
  },

  async plan({ prior, proposed, config }, ctx): Promise<PlanResult> {
    if (proposed === null || config === null)
      return { planned: null, requiresReplace: [], diagnostics: [] };
    const planned: ObjectValue = { ...proposed };
    const replace = prior !== null && prior.name !== planned.name;
    const kept = recorded(replace ? null : prior);
    planned.id = typeof planned.name === "string" ? planned.name : UNKNOWN;
    const targets = planned.targets ?? null;
    let added: string[] = [];
    if (!isObject(targets)) {
      planned.ids = UNKNOWN;
    } else {
      // An entry whose value is unknown yet keeps its id: its key, the target's name, is known.
      added = Object.keys(targets)
        .filter((key) => !(key in kept.entries))
        .sort();
      const ids: ObjectValue = {};
      for (const key of Object.keys(targets))
        ids[key] = key in kept.entries ? kept.ids[key]! : UNKNOWN;
      planned.ids = ids;
    }
    const decoded = decodeEntries(targets);
    const diagnostics = [
      ...validateBlock(TARGET_SET_SCHEMA.block, planned),
      ...validateEntries(decoded),
    ];
    if (ctx && diagnostics.length === 0 && isObject(targets) && typeof planned.name === "string")
      diagnostics.push(...(await checkPlan(planned.name, decoded.entries, added, ctx)));
    return { planned, requiresReplace: replace ? [["name"]] : [], diagnostics };
  },

  async apply({ prior, planned }, ctx): Promise<StateResult> {
    let api: SetApi;
    try {
      api = setApi(ctx);
    } catch (error) {
      return { state: prior, diagnostics: [backendDiagnostic(error, NOUN)] };
    }
    if (planned === null) {
      if (prior === null) return { state: null, diagnostics: [] };
      const setName = String(prior.name);
      const run = new SetApply(api, setName, prior, { entries: {}, texts: {} }, batchSizeOf(prior));
      const diagnostics = await runBatches(
        run,
        [["deleting", Object.keys(run.ids).sort(), (keys) => run.remove(keys)]],
        setName,
        batchSizeOf(prior),
      );
      return { state: diagnostics.length > 0 ? run.state() : null, diagnostics };
    }
    const setName = String(planned.name);
    const decoded = decodeEntries(planned.targets);
    if (decoded.diagnostics.length > 0) return { state: prior, diagnostics: decoded.diagnostics };
    const desired = decoded.entries;
    const run = new SetApply(api, setName, prior, decoded, batchSizeOf(planned));
    try {
      await run.adopt(diffEntries(run.entries, desired).added);
    } catch (error) {
      return { state: prior, diagnostics: [backendDiagnostic(error, NOUN, [], setName)] };
    }
    const diff = diffEntries(run.entries, desired);
    const diagnostics = await runBatches(
      run,
      [
        ["deleting", diff.removed, (keys) => run.remove(keys)],
        ["updating", diff.changed, (keys) => run.update(keys)],
        ["creating", diff.added, (keys) => run.create(keys)],
      ],
      setName,
      batchSizeOf(planned),
    );
    return { state: run.state(), diagnostics };
  },

  async read(state, ctx): Promise<StateResult> {
    try {
      const api = setApi(ctx);
      const { entries, ids, texts } = recorded(state);
      const found = new Map<string, Target>();
      for (const batch of chunked(Object.values(ids), 1000))
        for (const t of await api.readMany(batch)) found.set(t.id, t);
      const now: Record<string, ObjectValue> = {};
      for (const [key, entry] of Object.entries(entries)) {
        const target = found.get(ids[key]!);
        if (target && target.name === key) now[key] = entryFromTarget(target, entry);
      }
      return {
        state: stateOf(String(state.name), now, ids, batchSizeOf(state), [texts]),
        diagnostics: [],
      };
    } catch (error) {
      return { state, diagnostics: [backendDiagnostic(error, NOUN)] };
    }
  },

  async importState(id, ctx): Promise<StateResult> {
    try {
      const tagged = await setApi(ctx).readTagged(SET_TAG, id);
      if (tagged.length === 0) {
        return {
          state: null,
          diagnostics: [
            errorDiagnostic(
              "Cannot import monitoring_target_set",
              `No target in ${ctx.driver.name} carries the tag ${SET_TAG}="${id}". Import a set by its name.`,
            ),
          ],
        };
      }
      const entries = Object.fromEntries(
        tagged.map((t) => [t.name, entryFromTarget(t, undefined)]),
      );
      const ids = Object.fromEntries(tagged.map((t) => [t.name, t.id]));
      return { state: stateOf(id, entries, ids, null, []), diagnostics: [] };
    } catch (error) {
      return { state: null, diagnostics: [backendDiagnostic(error, NOUN)] };
    }
  },
};
