/**
 * The package.json files of a flavor: the package's own (same version, entry points, files and
 * run-time dependencies; the flavor's name, command and peers) and each template's (the
 * flavor's packages at the flavor's ranges, its commands in the scripts).
 */
import type { FlavorSpec } from "./cdktn-flavor";
import { isCdktfPackage, leftoverCdktf, renameProse } from "./renames";

type Ranges = Readonly<Record<string, string>>;

/** The fields of the repository's package.json that a flavor reads. */
export interface PackageManifest {
  readonly name: string;
  readonly version: string;
  readonly description?: string;
  readonly bin?: string | Readonly<Record<string, string>>;
  readonly peerDependencies?: Ranges;
  readonly peerDependenciesMeta?: Readonly<Record<string, { readonly optional?: boolean }>>;
  readonly dependencies?: Ranges;
  readonly devDependencies?: Ranges;
  readonly scripts?: Ranges;
  readonly [field: string]: unknown;
}

/**
 * The flavor's package.json from the repository's: no scripts (the flavor is built already) and
 * no devDependencies; the bin under the flavor's command; every peer renamed.
 *
 * @throws Error when a peer has no rename or the package has not exactly one bin.
 */
export function flavorManifest(source: PackageManifest, flavor: FlavorSpec): PackageManifest {
  const { scripts: _scripts, devDependencies: _dev, ...kept } = source;
  const bins = typeof source.bin === "string" ? [source.bin] : Object.values(source.bin ?? {});
  if (bins.length !== 1) {
    throw new Error(`package.json: expected one bin, found ${bins.length}`);
  }
  const peer = (name: string): { readonly name: string; readonly range: string } => {
    const renamed = flavor.packages[name];
    const range = renamed?.peerRange ?? renamed?.range;
    if (!renamed || !range) {
      throw new Error(
        `package.json: peer ${name} has no ${flavor.identity.cdk} counterpart with a range`,
      );
    }
    return { name: renamed.name, range };
  };
  const manifest: PackageManifest = {
    ...kept,
    name: flavor.identity.packageName,
    description: source.description && renameProse(source.description, flavor, "description"),
    bin: { [flavor.identity.command]: bins[0]! },
    peerDependencies: Object.fromEntries(
      Object.keys(source.peerDependencies ?? {}).map((name) => {
        const renamed = peer(name);
        return [renamed.name, renamed.range];
      }),
    ),
    peerDependenciesMeta: Object.fromEntries(
      Object.entries(source.peerDependenciesMeta ?? {}).map(([name, meta]) => [
        peer(name).name,
        meta,
      ]),
    ),
  };
  assertRenamed(manifest, "package.json");
  return manifest;
}

/**
 * A template's package.json for the flavor: dependencies renamed at the flavor's ranges, scripts
 * and description in the flavor's words.
 *
 * @throws Error naming the template file for a cdktf package without a rename.
 */
export function templateManifest(
  source: PackageManifest,
  flavor: FlavorSpec,
  where: string,
): PackageManifest {
  const rename = (ranges: Ranges | undefined): Ranges | undefined => {
    if (!ranges) return undefined;
    const entries = Object.entries(ranges).map(([name, range]) => {
      const renamed = flavor.packages[name];
      if (renamed) return [renamed.name, renamed.range ?? range] as const;
      if (isCdktfPackage(name)) {
        throw new Error(`${where}: no ${flavor.identity.cdk} package for the dependency ${name}`);
      }
      return [name, range] as const;
    });
    return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
  };
  const manifest: PackageManifest = {
    ...source,
    description: source.description && renameProse(source.description, flavor, where),
    scripts:
      source.scripts &&
      Object.fromEntries(
        Object.entries(source.scripts).map(([name, command]) => [
          name,
          renameProse(command, flavor, `${where} scripts.${name}`),
        ]),
      ),
    dependencies: rename(source.dependencies),
    devDependencies: rename(source.devDependencies),
  };
  assertRenamed(manifest, where);
  return manifest;
}

function assertRenamed(manifest: PackageManifest, where: string): void {
  const left = leftoverCdktf(JSON.stringify(manifest));
  if (left) throw new Error(`${where}: "cdktf" left in "${left}"`);
}
