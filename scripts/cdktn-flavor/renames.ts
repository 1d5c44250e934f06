/**
 * The two renames a flavor applies: module specifiers (exact, from the package table; an
 * unknown cdktf package is an error) and prose (commands and package names in READMEs, scripts,
 * comments), where cdktf's file names `cdktf.json` and `cdktf.out`, which CDK Terrain keeps, and
 * the `cdktf-monitoring/monitoring` Terraform provider address stay as they are.
 */
import type { FlavorSpec } from "./cdktn-flavor";

/** A specifier's package and the path after it: `@a/b/lib/c` → `@a/b`, `/lib/c`. */
export function splitSpecifier(specifier: string): {
  readonly name: string;
  readonly rest: string;
} {
  const parts = specifier.split("/");
  const length = specifier.startsWith("@") ? 2 : 1;
  const name = parts.slice(0, length).join("/");
  return { name, rest: specifier.slice(name.length) };
}

/** Whether `name` is a package of the cdktf world (`cdktf`, `cdktf-*`, `@cdktf/*`). */
export function isCdktfPackage(name: string): boolean {
  return name === "cdktf" || name.startsWith("cdktf-") || name.startsWith("@cdktf/");
}

/**
 * The flavor's specifier for `specifier`: its package renamed, the path after it kept;
 * specifiers outside the cdktf world unchanged.
 *
 * @throws Error naming the package when it is a cdktf package the flavor has no rename for.
 */
export function renameSpecifier(specifier: string, flavor: FlavorSpec): string {
  const { name, rest } = splitSpecifier(specifier);
  if (!isCdktfPackage(name)) return specifier;
  const renamed = flavor.packages[name];
  if (!renamed) {
    throw new Error(
      `"${specifier}": no ${flavor.identity.cdk} package for ${name}; add it to the flavor's packages (renamed: ${Object.keys(flavor.packages).join(", ")})`,
    );
  }
  return renamed.name + rest;
}

/** `cdktf` at a word start, unless it begins one of the names CDK Terrain keeps. */
const CDKTF_WORD = /(?<![\w@.-])(@?)cdktf(?!\.(?:json|out)\b|-monitoring\/monitoring\b)/g;

/** Occurrences of `cdktf` that {@link renameProse} keeps on purpose. */
const KEPT = /cdktf\.(?:json|out)\b|cdktf-monitoring\/monitoring\b/g;

/**
 * `text` with cdktf's names and commands renamed for the flavor: `cdktf` → `cdktn`, `@cdktf/` →
 * `@cdktn/`, `cdktf-monitoring` → the flavor's package name, `CDK for Terraform` → its CDK's name.
 *
 * @throws Error when a `cdktf` remains that is none of the kept names (inside another word).
 */
export function renameProse(text: string, flavor: FlavorSpec, where: string): string {
  const { identity } = flavor;
  const renamed = text
    .replaceAll("CDK for Terraform", identity.cdkName)
    .replaceAll(/(?<![\w@.-])cdktf-monitoring(?![\w/-])/g, identity.packageName)
    .replace(CDKTF_WORD, (_match, at: string) => `${at}${identity.cdk}`);
  const left = leftoverCdktf(renamed);
  if (left) throw new Error(`${where}: cannot rename "cdktf" in "${left}"`);
  return renamed;
}

/** The first `cdktf` in `text` (with a little context) that is none of the kept names. */
export function leftoverCdktf(text: string): string | undefined {
  return text.replace(KEPT, "").match(/.{0,20}cdktf.{0,20}/)?.[0];
}
