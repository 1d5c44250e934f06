/**
 * Reads the provider's own schema module (imported, not parsed) into the generator's model.
 */
import * as schema from "../../lib/provider/schema";
import type {
  AttributeSchema,
  BlockSchema,
  ObjectSchema,
  Validator,
} from "../../lib/provider/schema";
import {
  camelCase,
  kebabCase,
  pascalCase,
  type AttributeModel,
  type BlockModel,
  type ElementModel,
  type ProviderModel,
} from "./model";

/** Repository path of the schema module, for the generated files' header. */
export const SCHEMA_MODULE = "lib/provider/schema.ts";

function constraint(v: Validator, collection: boolean): string {
  switch (v.kind) {
    case "one_of":
      return `Allowed values: ${v.values.map((x) => `\`${x}\``).join(", ")}.`;
    case "address":
      return "Must be an IPv4 address, an IPv6 address or a DNS name.";
    case "pattern":
      return `Must be ${v.description}.`;
    case "map_key_pattern":
      return `Keys: ${v.description}.`;
    case "int_range":
      return `A whole number from ${v.min} to ${v.max}.`;
    case "length":
      return collection
        ? `From ${v.min} to ${v.max} elements.`
        : `From ${v.min} to ${v.max} characters.`;
    default: {
      const unknown: never = v;
      throw new Error(
        `unknown validator ${JSON.stringify(unknown)}: teach the generator its words`,
      );
    }
  }
}

function attribute(a: AttributeSchema): AttributeModel {
  const collection = typeof a.type !== "string";
  return {
    name: a.name,
    prop: camelCase(a.name),
    type: a.jsonObject ? ["map", ["json", a.jsonObject]] : a.type,
    description: a.description,
    required: a.required === true,
    optional: a.optional === true,
    computed: a.computed === true,
    sensitive: a.sensitive === true,
    requiresReplace: a.requiresReplace === true,
    defaultValue: a.default,
    env: a.env,
    constraints: (a.validators ?? []).map((v) => constraint(v, collection)),
  };
}

function blocks(owner: string, b: BlockSchema): BlockModel[] {
  return (b.blocks ?? []).map((nb) => {
    if (nb.block.blocks?.length) {
      throw new Error(
        `${owner}.${nb.name}: blocks nested in blocks are not supported by the generator`,
      );
    }
    return {
      name: nb.name,
      prop: camelCase(nb.name),
      description: nb.block.description,
      nesting: nb.nesting,
      required: false,
      attributes: nb.block.attributes.map(attribute),
    };
  });
}

function element(kind: "resource" | "data", o: ObjectSchema): ElementModel {
  const base = pascalCase(o.typeName);
  const model: ElementModel = {
    kind,
    tfType: o.typeName,
    className: kind === "data" ? `Data${base}` : base,
    fileName: kind === "data" ? `data-${kebabCase(o.typeName)}` : kebabCase(o.typeName),
    description: o.block.description,
    attributes: o.block.attributes.map(attribute),
    blocks: blocks(o.typeName, o.block),
  };
  if (model.blocks.length) {
    throw new Error(`${o.typeName}: nested blocks in resources are not supported by the generator`);
  }
  return model;
}

function byName<T extends { readonly tfType: string }>(items: T[]): T[] {
  return items.sort((x, y) => (x.tfType < y.tfType ? -1 : x.tfType > y.tfType ? 1 : 0));
}

/** The provider, its resources and data sources, in a stable order. */
export function loadProviderModel(): ProviderModel {
  const name = schema.PROVIDER_TYPE;
  const provider: ElementModel = {
    kind: "provider",
    tfType: name,
    className: `${pascalCase(name)}Provider`,
    fileName: "provider",
    description: schema.PROVIDER_CONFIG_SCHEMA.description,
    attributes: schema.PROVIDER_CONFIG_SCHEMA.attributes.map(attribute),
    blocks: blocks(name, schema.PROVIDER_CONFIG_SCHEMA),
  };
  return {
    name,
    source: schema.PROVIDER_SOURCE,
    version: schema.PROVIDER_VERSION,
    schemaModule: SCHEMA_MODULE,
    elements: [
      provider,
      ...byName(Object.values(schema.RESOURCE_SCHEMAS).map((o) => element("resource", o))),
      ...byName(Object.values(schema.DATA_SOURCE_SCHEMAS).map((o) => element("data", o))),
    ],
  };
}
