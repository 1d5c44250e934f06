/**
 * Zod pieces shared by the backend target constructs. Constraints the provider also enforces are
 * read from its schema (lib/provider/schema.ts), so synth rejects exactly what plan would.
 */
import { TerraformProvider, TerraformVariable, Token } from "cdktf";
import { z } from "zod";
import { GROUP_SCHEMA, TARGET_SCHEMA, type Validator } from "../../provider/schema";
import { KIND_TAG } from "../../provider/zabbix/target-params";
import { isSite, type SiteHandle } from "./site-assignments";

function validatorsOf(attributes: typeof TARGET_SCHEMA.block.attributes, name: string) {
  const attribute = attributes.find((a) => a.name === name);
  if (!attribute) throw new Error(`provider schema has no attribute ${name}`);
  return attribute.validators ?? [];
}

function find<K extends Validator["kind"]>(
  validators: readonly Validator[],
  kind: K,
): Extract<Validator, { kind: K }> | undefined {
  return validators.find((v): v is Extract<Validator, { kind: K }> => v.kind === kind);
}

const isToken = (v: string): boolean => Token.isUnresolved(v);

/** A string that is either an unresolved token (checked later, by the provider) or passes `check`. */
function literalChecked(
  check: (v: string) => boolean,
  describe: (v: string) => string,
  required = "required",
) {
  return z
    .string({ error: (i) => (i.input === undefined ? required : "must be a string") })
    .refine((v) => isToken(v) || check(v), { error: (i) => describe(String(i.input)) });
}

const TARGET_NAME = (() => {
  const validators = validatorsOf(TARGET_SCHEMA.block.attributes, "name");
  const length = find(validators, "length");
  const pattern = find(validators, "pattern");
  const re = pattern ? new RegExp(pattern.pattern) : /.*/;
  const min = length?.min ?? 1;
  const max = length?.max ?? 255;
  return {
    check: (v: string) => v.length >= min && v.length <= max && re.test(v),
    allowed: `${min}-${max} characters: ${pattern?.description ?? "any"}`,
  };
})();

/** The target's unique technical name. */
export const targetNameSchema = literalChecked(
  TARGET_NAME.check,
  (v) => `${JSON.stringify(v)} is not a valid target name; allowed: ${TARGET_NAME.allowed}`,
);

export function isValidTargetName(name: string): boolean {
  return TARGET_NAME.check(name);
}

export const TARGET_NAME_ALLOWED = TARGET_NAME.allowed;

const GROUP_MAX = find(validatorsOf(GROUP_SCHEMA.block.attributes, "name"), "length")?.max ?? 255;

/**
 * Zabbix host group names: not empty, at most 255 characters, `/` only between parts
 * (no leading or trailing `/`, no `//`) — what Zabbix 6.0's CHostGroupNameParser accepts.
 */
export function isValidGroupName(name: string): boolean {
  return (
    name.trim().length > 0 &&
    name.length <= GROUP_MAX &&
    !name.startsWith("/") &&
    !name.endsWith("/") &&
    !name.includes("//")
  );
}

export const groupNameSchema = literalChecked(
  isValidGroupName,
  (v) =>
    `${JSON.stringify(v)} is a group name the backend rejects; allowed: 1-${GROUP_MAX} characters, ` +
    `not blank, "/" only between parts (no leading or trailing "/", no "//"), e.g. "payments" or "payments/db"`,
);

const MACRO_KEY = find(
  validatorsOf(TARGET_SCHEMA.block.attributes, "thresholds"),
  "map_key_pattern",
);
const MACRO_RE = new RegExp(MACRO_KEY?.pattern ?? "^[A-Z0-9_.]+$");
/** Zabbix 6.0 column sizes: `hostmacro.macro` (with `{$…}`), `hostmacro.value`, `host_tag.*`. */
const MACRO_NAME_MAX = 255 - 3;
const MACRO_VALUE_MAX = 2048;
const TAG_MAX = 255;

/** A literal string of at most `max` characters (tokens are checked by the provider). */
const upTo = (max: number, what: string) =>
  z.string({ error: `must be a string (${what})` }).refine((v) => isToken(v) || v.length <= max, {
    error: `at most ${max} characters (${what})`,
  });

/** Threshold macros: name without `{$…}` to value. */
export const macroMapSchema = z.record(
  z.string().refine((k) => MACRO_RE.test(k) && k.length <= MACRO_NAME_MAX, {
    error: (i) =>
      `${JSON.stringify(i.input)} is not a macro name; allowed: ${MACRO_KEY?.description ?? MACRO_RE.source}, at most ${MACRO_NAME_MAX} characters`,
  }),
  z.union(
    [
      upTo(MACRO_VALUE_MAX, "a macro value"),
      z.number().refine(Number.isFinite, "must be a finite number"),
    ],
    { error: "must be a string or a number" },
  ),
);

/** Tags: name to value; the provider reserves its kind tag. */
export const tagMapSchema = z.record(
  z.string().refine((k) => k.trim().length > 0 && k.length <= TAG_MAX && k !== KIND_TAG, {
    error: (i) =>
      `${JSON.stringify(i.input)} is not an allowed tag name; allowed: 1-${TAG_MAX} characters, not blank, not "${KIND_TAG}" (reserved for the target's kind)`,
  }),
  upTo(TAG_MAX, "a tag value"),
);

const DISPLAY_NAME = find(validatorsOf(TARGET_SCHEMA.block.attributes, "display_name"), "length");

const DNS_LABEL_DIGITS = /^[0-9]+$/;

/** An IPv4 address, an IPv6 address or a DNS name (a name ending in a numeric label must be IPv4). */
export function isAddress(v: string): boolean {
  if (z.ipv4().safeParse(v).success || z.ipv6().safeParse(v).success) return true;
  const labels = v.replace(/\.$/, "").split(".");
  return z.hostname().safeParse(v).success && !DNS_LABEL_DIGITS.test(labels[labels.length - 1]!);
}

/** A required address; `what` says whose address it is, for the "missing" message. */
export function addressSchema(what: string) {
  return literalChecked(
    (v) => v.length > 0 && isAddress(v),
    (v) =>
      `${JSON.stringify(v)} is not an address; allowed: an IPv4 address, an IPv6 address or a DNS name`,
    `required: the address of ${what} (an IPv4 address, an IPv6 address or a DNS name)`,
  );
}

/** A whole number in [min, max]; every failure says `message`. */
export function wholeNumber(min: number, max: number, message: string) {
  return z
    .number({ error: message })
    .int({ error: message })
    .min(min, { error: message })
    .max(max, { error: message });
}

export const portSchema = wholeNumber(1, 65535, "must be a whole number from 1 to 65535");

/** A {@link TerraformVariable} declared with `sensitive: true`. */
export const sensitiveVariableSchema = z.custom<TerraformVariable>(
  (v) => v instanceof TerraformVariable && v.sensitive === true,
  {
    error: (i) =>
      i.input instanceof TerraformVariable
        ? `variable ${i.input.node.id} must be declared with sensitive: true`
        : "must be a TerraformVariable declared with sensitive: true (never a literal secret)",
  },
);

/** A number within [min, max], for a threshold whose unit is `unit`. */
export function thresholdNumber(min: number, max: number, unit: string) {
  const message = `must be a number from ${min} to ${max} (${unit})`;
  return z.number({ error: message }).min(min, { error: message }).max(max, { error: message });
}

/** Options every backend target declaration accepts (see `BackendTargetOptions`). */
export const commonOptionsShape = {
  group: z.union([groupNameSchema, z.array(groupNameSchema).min(1, "at least one group")], {
    error: "required: a service group name or a non-empty list of them",
  }),
  name: targetNameSchema.optional(),
  displayName: literalChecked(
    (v) => v.length >= (DISPLAY_NAME?.min ?? 1) && v.length <= (DISPLAY_NAME?.max ?? 128),
    () => `allowed: ${DISPLAY_NAME?.min ?? 1}-${DISPLAY_NAME?.max ?? 128} characters`,
  ).optional(),
  thresholdMacros: macroMapSchema.optional(),
  tags: tagMapSchema.optional(),
  enabled: z.boolean({ error: "must be true or false" }).optional(),
  templates: z.array(z.string().min(1)).min(1, "at least one template, or leave it out").optional(),
  site: z.custom<SiteHandle>(isSite, { error: "must be a MonitoringSite" }).optional(),
  provider: z
    .custom<TerraformProvider>((v) => TerraformProvider.isTerraformProvider(v), {
      error: "must be a MonitoringProvider",
    })
    .optional(),
};
