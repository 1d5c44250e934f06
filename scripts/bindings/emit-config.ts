/** Emits the config side of a binding: config properties with their docs, and block structs. */
import {
  StructureKind,
  type InterfaceDeclarationStructure,
  type JSDocStructure,
  type OptionalKind,
  type PropertySignatureStructure,
  type SourceFile,
} from "ts-morph";
import type { AttributeModel, BlockModel, ElementModel } from "./model";
import { mapType } from "./types";

export function isConfigurable(a: AttributeModel): boolean {
  return a.required || a.optional;
}

function defaultText(a: AttributeModel): string {
  if (a.defaultValue !== undefined) return JSON.stringify(a.defaultValue);
  if (a.env) return `- read from the environment variable \`${a.env}\``;
  if (a.computed) return "- computed by the provider (see the description)";
  return "- not set";
}

function attrDoc(a: AttributeModel, withDefault: boolean): OptionalKind<JSDocStructure> {
  const lines = [a.description || `The \`${a.name}\` attribute.`, ...a.constraints];
  if (a.requiresReplace && !/replaces/.test(a.description))
    lines.push("Changing it replaces the object.");
  if (a.sensitive) {
    lines.push(
      "Sensitive: pass it from a sensitive `TerraformVariable` or the environment, never as a literal.",
    );
  }
  lines.push(`Terraform attribute: \`${a.name}\`.`);
  return {
    description: [lines[0], lines.slice(1).join("\n")].join("\n\n"),
    tags: withDefault && !a.required ? [{ tagName: "default", text: defaultText(a) }] : [],
  };
}

export function configProps(
  where: string,
  attrs: readonly AttributeModel[],
): PropertySignatureStructure[] {
  return attrs.filter(isConfigurable).map((a) => ({
    kind: StructureKind.PropertySignature,
    name: a.prop,
    isReadonly: true,
    hasQuestionToken: !a.required,
    type: mapType(`${where}.${a.name}`, a.type).tsType,
    docs: [attrDoc(a, true)],
  }));
}

export function blockProp(el: ElementModel, b: BlockModel): PropertySignatureStructure {
  const struct = blockStructName(el, b);
  return {
    kind: StructureKind.PropertySignature,
    name: b.prop,
    isReadonly: true,
    hasQuestionToken: !b.required,
    type: b.nesting === "single" ? struct : `${struct}[] | cdktf.IResolvable`,
    docs: [
      {
        description: `${b.description || `The \`${b.name}\` block.`}\n\nTerraform block: \`${b.name}\`.`,
        tags: b.required ? [] : [{ tagName: "default", text: "- the block is absent" }],
      },
    ],
  };
}

export function blockStructName(el: ElementModel, b: BlockModel): string {
  return `${el.className}${b.prop.charAt(0).toUpperCase()}${b.prop.slice(1)}`;
}

export function mapperName(el: ElementModel, b: BlockModel, hcl: boolean): string {
  const s = blockStructName(el, b);
  return `${s.charAt(0).toLowerCase()}${s.slice(1)}To${hcl ? "Hcl" : ""}Terraform`;
}

export function hclEntry(value: string, isBlock: boolean, type: string, storage: string): string {
  return `{ value: ${value}, isBlock: ${isBlock}, type: ${JSON.stringify(type)}, storageClassType: ${JSON.stringify(storage)} }`;
}

/** The struct interface and its two mapper functions for one nested block. */
export function emitBlockStruct(file: SourceFile, el: ElementModel, b: BlockModel): void {
  const where = `${el.tfType}.${b.name}`;
  const struct = blockStructName(el, b);
  const iface: InterfaceDeclarationStructure = {
    kind: StructureKind.Interface,
    name: struct,
    isExported: true,
    docs: [`The \`${b.name}\` block of {@link ${el.className}}.`],
    properties: configProps(where, b.attributes),
  };
  file.addInterface(iface);
  for (const hcl of [false, true]) {
    const entries = b.attributes.filter(isConfigurable).map((a) => {
      const t = mapType(`${where}.${a.name}`, a.type);
      const value = `${hcl ? t.toHcl : t.toTerraform}(struct.${a.prop})`;
      return `${a.name}: ${hcl ? hclEntry(value, false, t.hclType, t.storageClassType) : value},`;
    });
    file.addFunction({
      name: mapperName(el, b, hcl),
      isExported: true,
      docs: [`Converts a {@link ${struct}} to its Terraform ${hcl ? "HCL" : "JSON"} form.`],
      parameters: [
        { name: "struct", type: `${struct} | cdktf.IResolvable`, hasQuestionToken: true },
      ],
      returnType: "unknown",
      statements: [
        "if (struct === undefined || cdktf.Tokenization.isResolvable(struct)) return struct;",
        hcl
          ? `const attrs: Record<string, HclAttribute> = {\n${entries.join("\n")}\n};\nreturn Object.fromEntries(Object.entries(attrs).filter(([, v]) => v.value !== undefined));`
          : `return {\n${entries.join("\n")}\n};`,
      ],
    });
  }
}
