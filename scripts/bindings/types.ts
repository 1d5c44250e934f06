import type { CtyType } from "./model";

/** How one attribute type is spelled in TypeScript and converted by cdktf's runtime helpers. */
export interface TypeMapping {
  /** Type of the config property and of the setter's value. */
  readonly tsType: string;
  /** Type of the attribute reference a resource or data source getter returns. */
  readonly readType: string;
  /** Expression reading the attribute from a resource or data source (`this.` prefixed). */
  readonly getter: (tfName: string) => string;
  /** Expression of a mapper function for `synthesizeAttributes`. */
  readonly toTerraform: string;
  /** Expression of a mapper function for `synthesizeHclAttributes`. */
  readonly toHcl: string;
  /** `simple`, `list`, `set` or `map`, as cdktf's HCL renderer expects. */
  readonly hclType: string;
  readonly storageClassType: string;
  /**
   * Top-level statements the file needs for this type (an entry interface, its encoder).
   *
   * @default - none
   */
  readonly declarations?: readonly string[];
}

interface Primitive {
  readonly ts: string;
  readonly name: string;
  readonly mapper: string;
  readonly hclMapper: string;
}

const PRIMITIVES: Readonly<Record<string, Primitive>> = {
  string: {
    ts: "string",
    name: "string",
    mapper: "cdktf.stringToTerraform",
    hclMapper: "cdktf.stringToHclTerraform",
  },
  number: {
    ts: "number",
    name: "number",
    mapper: "cdktf.numberToTerraform",
    hclMapper: "cdktf.numberToHclTerraform",
  },
  bool: {
    ts: "boolean | cdktf.IResolvable",
    name: "boolean",
    mapper: "cdktf.booleanToTerraform",
    hclMapper: "cdktf.booleanToHclTerraform",
  },
};

const SCALAR_GETTERS: Readonly<Record<string, string>> = {
  string: "getStringAttribute",
  number: "getNumberAttribute",
  bool: "getBooleanAttribute",
};

const LIST_GETTERS: Readonly<Record<string, string>> = {
  string: "getListAttribute",
  number: "getNumberListAttribute",
};

const MAP_GETTERS: Readonly<Record<string, string>> = {
  string: "getStringMapAttribute",
  number: "getNumberMapAttribute",
  bool: "getBooleanMapAttribute",
};

function unsupported(where: string, type: CtyType): Error {
  return new Error(
    `${where}: attribute type ${JSON.stringify(type)} is not supported by the bindings generator ` +
      `(supported: string, number, bool, list/set/map of those, and map of JSON-encoded objects of those).`,
  );
}

export function mapType(where: string, type: CtyType): TypeMapping {
  if (typeof type === "string") {
    const p = PRIMITIVES[type];
    if (!p) throw unsupported(where, type);
    const getter = SCALAR_GETTERS[type];
    return {
      tsType: p.ts,
      readType: type === "bool" ? "cdktf.IResolvable" : p.ts,
      getter: (n) => `this.${getter}(${JSON.stringify(n)})`,
      toTerraform: p.mapper,
      toHcl: p.hclMapper,
      hclType: "simple",
      storageClassType: p.name,
    };
  }
  const [collection, element] = type;
  if (collection === "map" && Array.isArray(element) && element[0] === "json")
    return mapOfJsonObjects(where, element[1] as Readonly<Record<string, CtyType>>);
  const p = typeof element === "string" ? PRIMITIVES[element] : undefined;
  if (!p || typeof element !== "string") throw unsupported(where, type);
  const elemTs = element === "bool" ? "boolean | cdktf.IResolvable" : p.ts;
  if (collection === "list" || collection === "set") {
    const getter = LIST_GETTERS[element];
    if (!getter) throw unsupported(where, type);
    return {
      tsType: `${elemTs}[]`,
      readType: `${p.ts}[]`,
      getter: (n) =>
        collection === "set"
          ? `cdktf.Fn.tolist(this.${getter}(${JSON.stringify(n)}))`
          : `this.${getter}(${JSON.stringify(n)})`,
      toTerraform: `cdktf.listMapper(${p.mapper}, false)`,
      toHcl: `cdktf.listMapperHcl(${p.hclMapper}, false)`,
      hclType: collection,
      storageClassType: `${p.name}List`,
    };
  }
  if (collection === "map") {
    const getter = MAP_GETTERS[element];
    if (!getter) throw unsupported(where, type);
    return {
      tsType: `{ [key: string]: ${elemTs} }`,
      readType: `{ [key: string]: ${p.name} }`,
      getter: (n) => `this.${getter}(${JSON.stringify(n)})`,
      toTerraform: `cdktf.hashMapper(${p.mapper})`,
      toHcl: `cdktf.hashMapperHcl(${p.hclMapper})`,
      hclType: "map",
      storageClassType: `${p.name}Map`,
    };
  }
  throw unsupported(where, type);
}

/** `monitoring_target_set.targets` → `MonitoringTargetSetTargets`. */
function pascalName(where: string): string {
  return where
    .split(/[._]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");
}

/**
 * A map whose values are JSON text of objects: each value an exported entry interface with the
 * attributes' Terraform names (every attribute optional; unset ones are left out), encoded at
 * synth by a generated function: `JSON.stringify` when the entry holds no token, so the text is
 * readable in `cdk.tf.json`, and `jsonencode()` in Terraform when it refers to other resources. A
 * string value is taken as the JSON text itself. The reference is the whole map.
 */
function mapOfJsonObjects(
  where: string,
  attributes: Readonly<Record<string, CtyType>>,
): TypeMapping {
  const entry = `${pascalName(where)}Entry`;
  const encoder = `${entry.charAt(0).toLowerCase()}${entry.slice(1)}ToJson`;
  const fields = Object.entries(attributes).map(
    ([name, t]) =>
      `/** Attribute \`${name}\`; null or absent: unset. */\n` +
      `readonly ${name}?: ${mapType(`${where}.${name}`, t).tsType} | null;`,
  );
  const keys = JSON.stringify(Object.keys(attributes));
  return {
    tsType: `{ [key: string]: ${entry} | string }`,
    readType: "{ [key: string]: string }",
    getter: (n) => `this.getStringMapAttribute(${JSON.stringify(n)})`,
    toTerraform: `cdktf.hashMapper(${encoder})`,
    toHcl: `cdktf.hashMapperHcl(${encoder})`,
    hclType: "map",
    storageClassType: "stringMap",
    declarations: [
      `/** One value of \`${where}\`, written to Terraform as its JSON text. */\n` +
        `export interface ${entry} {\n${fields.join("\n")}\n}`,
      `/** The JSON text of one value of \`${where}\`: an entry's set attributes in schema order, through \`jsonencode()\` when one is a token; a string is the text itself. */\n` +
        `function ${encoder}(entry: ${entry} | string): string {\n` +
        `if (typeof entry === "string") return entry;\n` +
        `const e = entry as Readonly<Record<string, unknown>>;\n` +
        `const value = Object.fromEntries(${keys}.filter((k) => e[k] !== undefined && e[k] !== null).map((k) => [k, e[k]]));\n` +
        `const text = JSON.stringify(value);\n` +
        `return cdktf.Token.isUnresolved(text) ? cdktf.Fn.jsonencode(value) : text;\n}`,
    ],
  };
}
