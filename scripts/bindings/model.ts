/**
 * The generator's view of a provider schema: what the emitter needs to write one binding class,
 * independent of how the provider module spells its schema.
 */

/**
 * A Terraform type constraint in cty's JSON notation, as in tfplugin6's `Schema.Attribute.type`;
 * `["json", attributes]` stands for a string holding the JSON of an object with those attributes
 * (Terraform sees a string).
 */
export type CtyType =
  | "string"
  | "number"
  | "bool"
  | readonly ["list" | "set" | "map", CtyType]
  | readonly ["json", Readonly<Record<string, CtyType>>]
  | readonly [string, ...unknown[]];

export interface AttributeModel {
  /** Terraform name, snake_case. */
  readonly name: string;
  /** TypeScript property name, camelCase. */
  readonly prop: string;
  readonly type: CtyType;
  readonly description: string;
  readonly required: boolean;
  readonly optional: boolean;
  readonly computed: boolean;
  readonly sensitive: boolean;
  /** A change replaces the object. */
  readonly requiresReplace: boolean;
  /** Value the provider uses when the attribute is not configured. */
  readonly defaultValue?: string | number | boolean;
  /** Environment variable the provider reads when the attribute is not configured. */
  readonly env?: string;
  /** Constraints on the value, in words, e.g. "Allowed values: `a`, `b`." */
  readonly constraints: readonly string[];
}

export interface BlockModel {
  readonly name: string;
  readonly prop: string;
  readonly description: string;
  /** `single`: one object; `list`: an array of objects. */
  readonly nesting: "single" | "list";
  readonly required: boolean;
  readonly attributes: readonly AttributeModel[];
}

export type ElementKind = "provider" | "resource" | "data";

export interface ElementModel {
  readonly kind: ElementKind;
  /** Terraform type name: `monitoring` for the provider, `monitoring_target` for a resource. */
  readonly tfType: string;
  readonly className: string;
  /** Output file name without extension, kebab-case. */
  readonly fileName: string;
  readonly description: string;
  readonly attributes: readonly AttributeModel[];
  readonly blocks: readonly BlockModel[];
}

export interface ProviderModel {
  /** Local name, e.g. `monitoring`. */
  readonly name: string;
  /** Registry source address, e.g. `registry.terraform.io/acme/monitoring`. */
  readonly source: string;
  /** Exact version the bindings were generated for; also written to `required_providers`. */
  readonly version: string;
  /** Where the schema came from, for the generated files' header. */
  readonly schemaModule: string;
  readonly elements: readonly ElementModel[];
}

export function camelCase(snake: string): string {
  return snake.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

export function pascalCase(snake: string): string {
  const camel = camelCase(snake);
  return camel.charAt(0).toUpperCase() + camel.slice(1);
}

export function kebabCase(snake: string): string {
  return snake.replace(/_/g, "-");
}

/**
 * Members of cdktf's base classes (and of the meta-arguments interface) that an attribute's
 * property must not shadow. The generator refuses such a schema instead of renaming silently.
 */
const RESERVED_PROPS = new Set([
  "node",
  "count",
  "provider",
  "dependsOn",
  "lifecycle",
  "forEach",
  "provisioners",
  "connection",
  "fqn",
  "friendlyUniqueId",
  "terraformResourceType",
  "terraformGeneratorMetadata",
  "terraformMetaArguments",
  "rawOverrides",
  "alias",
  "metaAttributes",
  "terraformProviderSource",
  "cdktfStack",
]);

export function checkPropName(element: string, prop: string, attr: string): void {
  if (RESERVED_PROPS.has(prop)) {
    throw new Error(
      `${element}: attribute "${attr}" maps to the property "${prop}", which cdktf's base classes ` +
        `already define; rename the attribute in the provider schema.`,
    );
  }
}
