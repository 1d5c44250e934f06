import {
  Scope,
  StructureKind,
  type ClassDeclarationStructure,
  type GetAccessorDeclarationStructure,
  type MethodDeclarationStructure,
  type PropertyDeclarationStructure,
  type SetAccessorDeclarationStructure,
  type SourceFile,
} from "ts-morph";
import {
  blockProp,
  blockStructName,
  configProps,
  emitBlockStruct,
  hclEntry,
  isConfigurable,
  mapperName,
} from "./emit-config";
import { checkPropName, type AttributeModel, type ElementModel } from "./model";
import { mapType } from "./types";

/** Type of the entries `synthesizeHclAttributes` returns, declared once per file. */
const HCL_ATTRIBUTE_TYPE =
  "\n/** One attribute as cdktf's HCL renderer expects it. */\ninterface HclAttribute {\n  value: unknown;\n  isBlock: boolean;\n  type: string;\n  storageClassType: string;\n}";

export const BANNER = "// generated — do not edit; run npm run generate";

interface EmitContext {
  readonly providerName: string;
  readonly providerVersion: string;
  readonly providerSource: string;
  readonly schemaModule: string;
}

const BASE_CLASS = {
  provider: "cdktf.TerraformProvider",
  resource: "cdktf.TerraformResource",
  data: "cdktf.TerraformDataSource",
} as const;

function superCall(el: ElementModel, ctx: EmitContext): string {
  const meta = `terraformGeneratorMetadata: { providerName: ${JSON.stringify(ctx.providerName)}, providerVersion: ${JSON.stringify(ctx.providerVersion)} },`;
  const type = `terraformResourceType: ${JSON.stringify(el.tfType)},`;
  if (el.kind === "provider") {
    return `super(scope, id, {\n${type}\n${meta}\nterraformProviderSource: ${JSON.stringify(ctx.providerSource)},\n});`;
  }
  const metaArgs = [
    "provider",
    "dependsOn",
    "count",
    "lifecycle",
    "provisioners",
    "connection",
    "forEach",
  ]
    .map((m) => `${m}: config.${m},`)
    .join("\n");
  return `super(scope, id, {\n${type}\n${meta}\n${metaArgs}\n});`;
}

function accessors(
  el: ElementModel,
  a: AttributeModel,
): {
  gets: GetAccessorDeclarationStructure[];
  sets: SetAccessorDeclarationStructure[];
  methods: MethodDeclarationStructure[];
} {
  const t = mapType(`${el.tfType}.${a.name}`, a.type);
  const field = `this._${a.prop}`;
  const readsState = el.kind !== "provider";
  const doc = a.description || `The \`${a.name}\` attribute.`;
  const gets: GetAccessorDeclarationStructure[] = [
    {
      kind: StructureKind.GetAccessor,
      name: a.prop,
      scope: Scope.Public,
      docs: [readsState ? `${doc}\n\nA reference to the attribute's value after apply.` : doc],
      returnType: readsState ? t.readType : `${t.tsType} | undefined`,
      statements: [`return ${readsState ? t.getter(a.name) : field};`],
    },
  ];
  const sets: SetAccessorDeclarationStructure[] = [];
  const methods: MethodDeclarationStructure[] = [];
  if (!isConfigurable(a)) return { gets, sets, methods };
  sets.push({
    kind: StructureKind.SetAccessor,
    name: a.prop,
    scope: Scope.Public,
    docs: [
      `${doc}\n\nAssigning replaces the configured value of \`${a.name}\`` +
        (a.required ? "." : "; `undefined` removes it."),
    ],
    parameters: [{ name: "value", type: a.required ? t.tsType : `${t.tsType} | undefined` }],
    statements: [`${field} = value;`],
  });
  gets.push({
    kind: StructureKind.GetAccessor,
    name: `${a.prop}Input`,
    scope: Scope.Public,
    docs: [`The value given in the configuration for \`${a.name}\`, if any.`],
    returnType: `${t.tsType} | undefined`,
    statements: [`return ${field};`],
  });
  if (!a.required) {
    methods.push({
      kind: StructureKind.Method,
      name: `reset${a.prop.charAt(0).toUpperCase()}${a.prop.slice(1)}`,
      scope: Scope.Public,
      docs: [`Removes \`${a.name}\` from the configuration.`],
      returnType: "void",
      statements: [`${field} = undefined;`],
    });
  }
  return { gets, sets, methods };
}

function synthMethods(el: ElementModel): MethodDeclarationStructure[] {
  const json: string[] = [];
  const hcl: string[] = [];
  for (const a of el.attributes.filter(isConfigurable)) {
    const t = mapType(`${el.tfType}.${a.name}`, a.type);
    json.push(`${a.name}: ${t.toTerraform}(this._${a.prop}),`);
    hcl.push(
      `${a.name}: ${hclEntry(`${t.toHcl}(this._${a.prop})`, false, t.hclType, t.storageClassType)},`,
    );
  }
  for (const b of el.blocks) {
    const field = `this._${b.prop}`;
    const one = (h: boolean): string => mapperName(el, b, h);
    json.push(
      b.nesting === "single"
        ? `${b.name}: ${one(false)}(${field}),`
        : `${b.name}: cdktf.listMapper(${one(false)}, true)(${field}),`,
    );
    const value =
      b.nesting === "single"
        ? `${one(true)}(${field})`
        : `cdktf.listMapperHcl(${one(true)}, true)(${field})`;
    hcl.push(
      `${b.name}: ${hclEntry(value, true, b.nesting === "single" ? "struct" : "list", blockStructName(el, b))},`,
    );
  }
  if (el.kind === "provider") {
    json.push("alias: cdktf.stringToTerraform(this._alias),");
    hcl.push(
      `alias: ${hclEntry("cdktf.stringToHclTerraform(this._alias)", false, "simple", "string")},`,
    );
  }
  return [
    {
      kind: StructureKind.Method,
      name: "synthesizeAttributes",
      scope: Scope.Protected,
      docs: [
        "Renders the configured arguments as Terraform JSON, keyed by attribute name; cdktf calls it during synthesis.",
      ],
      hasOverrideKeyword: true,
      returnType: "Record<string, unknown>",
      statements: [`return {\n${json.join("\n")}\n};`],
    },
    {
      kind: StructureKind.Method,
      name: "synthesizeHclAttributes",
      scope: Scope.Protected,
      docs: [
        "Renders the configured arguments for cdktf's HCL output (`cdktf synth --hcl`), leaving out the unset ones.",
      ],
      hasOverrideKeyword: true,
      returnType: "Record<string, unknown>",
      statements: [
        `const attrs: Record<string, HclAttribute> = {\n${hcl.join("\n")}\n};`,
        "return Object.fromEntries(Object.entries(attrs).filter(([, v]) => v.value !== undefined));",
      ],
    },
  ];
}

function classDocs(el: ElementModel, ctx: EmitContext): string {
  const what =
    el.kind === "provider"
      ? `The \`${el.tfType}\` provider (source \`${ctx.providerSource}\`, version \`${ctx.providerVersion}\`).`
      : `The \`${el.tfType}\` ${el.kind === "data" ? "data source" : "resource"} of the \`${ctx.providerName}\` provider.`;
  return el.description ? `${el.description}\n\n${what}` : what;
}

function emitClass(file: SourceFile, el: ElementModel, ctx: EmitContext): void {
  const configName = `${el.className}Config`;
  const fields: PropertyDeclarationStructure[] = [];
  const getAccessors: GetAccessorDeclarationStructure[] = [];
  const setAccessors: SetAccessorDeclarationStructure[] = [];
  const methods: MethodDeclarationStructure[] = [];
  const ctorAssign: string[] = [];
  for (const a of el.attributes) {
    checkPropName(el.tfType, a.prop, a.name);
    const acc = accessors(el, a);
    getAccessors.push(...acc.gets);
    setAccessors.push(...acc.sets);
    methods.push(...acc.methods);
    if (!isConfigurable(a)) continue;
    const t = mapType(`${el.tfType}.${a.name}`, a.type);
    fields.push({
      kind: StructureKind.Property,
      name: `_${a.prop}`,
      scope: Scope.Private,
      hasQuestionToken: true,
      type: t.tsType,
    });
    ctorAssign.push(`this._${a.prop} = config.${a.prop};`);
  }
  for (const b of el.blocks) {
    checkPropName(el.tfType, b.prop, b.name);
    const struct = blockStructName(el, b);
    const type = b.nesting === "single" ? struct : `${struct}[] | cdktf.IResolvable`;
    fields.push({
      kind: StructureKind.Property,
      name: `_${b.prop}`,
      scope: Scope.Private,
      hasQuestionToken: true,
      type,
    });
    ctorAssign.push(`this._${b.prop} = config.${b.prop};`);
    getAccessors.push({
      kind: StructureKind.GetAccessor,
      name: b.prop,
      scope: Scope.Public,
      docs: [b.description || `The \`${b.name}\` block.`],
      returnType: `${type} | undefined`,
      statements: [`return this._${b.prop};`],
    });
    setAccessors.push({
      kind: StructureKind.SetAccessor,
      name: b.prop,
      scope: Scope.Public,
      docs: [
        `${b.description || `The \`${b.name}\` block.`}\n\nAssigning replaces the configured \`${b.name}\` block; \`undefined\` removes it.`,
      ],
      parameters: [{ name: "value", type: `${type} | undefined` }],
      statements: [`this._${b.prop} = value;`],
    });
  }
  if (el.kind === "provider") {
    fields.push({
      kind: StructureKind.Property,
      name: "_alias",
      scope: Scope.Private,
      hasQuestionToken: true,
      type: "string",
    });
    ctorAssign.push("this._alias = config.alias;");
  }
  const statics: PropertyDeclarationStructure[] = [
    {
      kind: StructureKind.Property,
      name: "tfResourceType",
      isStatic: true,
      isReadonly: true,
      scope: Scope.Public,
      docs: [`The Terraform type name: \`${el.tfType}\`.`],
      initializer: JSON.stringify(el.tfType),
    },
  ];
  const staticMethods: MethodDeclarationStructure[] =
    el.kind === "resource"
      ? [
          {
            kind: StructureKind.Method,
            name: "generateConfigForImport",
            isStatic: true,
            scope: Scope.Public,
            docs: [
              `Declares an import of an existing \`${el.tfType}\`; \`cdktf plan\` then generates its configuration.\n\n` +
                "@param scope - scope of the import declaration\n" +
                "@param importToId - construct id of the generated configuration\n" +
                "@param importFromId - id (or name) of the object in the backend\n" +
                "@param provider - provider configuration to import with",
            ],
            parameters: [
              { name: "scope", type: "Construct" },
              { name: "importToId", type: "string" },
              { name: "importFromId", type: "string" },
              { name: "provider", type: "cdktf.TerraformProvider", hasQuestionToken: true },
            ],
            returnType: "cdktf.ImportableResource",
            statements: [
              `return new cdktf.ImportableResource(scope, importToId, {\nterraformResourceType: ${JSON.stringify(el.tfType)},\nimportId: importFromId,\nprovider,\n});`,
            ],
          },
        ]
      : [];

  const allOptional = !el.attributes.some((a) => a.required) && !el.blocks.some((b) => b.required);
  const cls: ClassDeclarationStructure = {
    kind: StructureKind.Class,
    name: el.className,
    isExported: true,
    extends: BASE_CLASS[el.kind],
    docs: [classDocs(el, ctx)],
    properties: [...statics, ...fields],
    ctors: [
      {
        scope: Scope.Public,
        docs: [
          `@param scope - the scope in which to define this construct\n@param id - construct id, unique among its siblings\n@param config - the ${el.kind === "provider" ? "provider" : "resource"}'s arguments`,
        ],
        parameters: [
          { name: "scope", type: "Construct" },
          { name: "id", type: "string" },
          { name: "config", type: configName, initializer: allOptional ? "{}" : undefined },
        ],
        statements: [superCall(el, ctx), ...ctorAssign],
      },
    ],
    getAccessors,
    setAccessors,
    methods: [...staticMethods, ...methods, ...synthMethods(el)],
  };
  const decl = file.addClass(cls);
  if (el.kind === "provider") {
    // ts-morph's accessor structures cannot carry `override`, which the base class requires here.
    decl.insertMember(
      decl.getMembers().findIndex((m) => m.getText().includes("synthesizeAttributes")),
      [
        "/** Alias of this provider configuration, for using several at once. */",
        "public override get alias(): string | undefined {\nreturn this._alias;\n}",
        "\n/** Sets the alias; resources select this configuration with `provider`. `undefined` makes it the default configuration. */",
        "public override set alias(value: string | undefined) {\nthis._alias = value;\n}",
      ].join("\n"),
    );
  }
}

/** Writes one element's binding (config interface, block structs, class) into `file`. */
export function emitElement(file: SourceFile, el: ElementModel, ctx: EmitContext): void {
  const kindText = el.kind === "data" ? "data source" : el.kind;
  file.addStatements([
    BANNER,
    `// Binding of the ${kindText} \`${el.tfType}\`, from the schema in ${ctx.schemaModule}.`,
    'import type { Construct } from "constructs";',
    'import * as cdktf from "cdktf";',
  ]);
  const props = configProps(el.tfType, el.attributes);
  props.push(...el.blocks.map((b) => blockProp(el, b)));
  if (el.kind === "provider") {
    props.push({
      kind: StructureKind.PropertySignature,
      name: "alias",
      isReadonly: true,
      hasQuestionToken: true,
      type: "string",
      docs: [
        {
          description: "Alias of this provider configuration, for using several at once.",
          tags: [{ tagName: "default", text: "- the default configuration (no alias)" }],
        },
      ],
    });
  }
  file.addStatements(HCL_ATTRIBUTE_TYPE);
  for (const a of el.attributes.filter(isConfigurable))
    file.addStatements([...(mapType(`${el.tfType}.${a.name}`, a.type).declarations ?? [])]);
  file.addInterface({
    name: `${el.className}Config`,
    isExported: true,
    extends: el.kind === "provider" ? [] : ["cdktf.TerraformMetaArguments"],
    docs: [`Arguments of {@link ${el.className}}.`],
    properties: props,
  });
  for (const b of el.blocks) emitBlockStruct(file, el, b);
  emitClass(file, el, ctx);
}
