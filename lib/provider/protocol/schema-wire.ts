/** The schema data ({@link ../schema}) in tfplugin6's `Schema` form. */
import type { AttributeSchema, BlockSchema, ObjectSchema } from "../schema";

const MARKDOWN = 1;
const NESTING_SINGLE = 1;

function attributeToWire(a: AttributeSchema): Record<string, unknown> {
  return {
    name: a.name,
    type: Buffer.from(JSON.stringify(a.type)),
    description: a.description,
    description_kind: MARKDOWN,
    required: a.required ?? false,
    optional: a.optional ?? false,
    computed: a.computed ?? false,
    sensitive: a.sensitive ?? false,
  };
}

export function blockToWire(block: BlockSchema, version = 0): Record<string, unknown> {
  return {
    version,
    description: block.description,
    description_kind: MARKDOWN,
    attributes: block.attributes.map(attributeToWire),
    block_types: (block.blocks ?? []).map((b) => ({
      type_name: b.name,
      nesting: NESTING_SINGLE,
      block: blockToWire(b.block),
    })),
  };
}

export function schemaToWire(schema: ObjectSchema): Record<string, unknown> {
  return { version: schema.version, block: blockToWire(schema.block, schema.version) };
}
