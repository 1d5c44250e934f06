/**
 * Builds the CDK Terrain flavor of the package, `cdktn-monitoring`, into dist/cdktn/: a package
 * directory for `npm pack`, made from the built package (dist/lib, dist/provider; run
 * `npm run prepare` first) and the templates. Every module specifier of its .js and .d.ts files
 * and of the templates' sources is renamed from the flavor's package table
 * (scripts/cdktn-flavor/cdktn-flavor.ts): `cdktf` → `cdktn`, `@cdktf/provider-aws/lib/x` →
 * `@cdktn/provider-aws/lib/x`, and so on; a cdktf package without a rename fails the build.
 * Each renamed specifier is resolved against the repository's node_modules when the package is
 * installed here; the build lists the ones it could not check.
 *
 *   npx tsx scripts/build-cdktn-flavor.ts [--out <dir>]
 */
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { PROVIDER_LAUNCHER } from "../lib/provider/bundle-layout";
import { CDKTN_FLAVOR, type FlavorSpec } from "./cdktn-flavor/cdktn-flavor";
import { withIdentity } from "./cdktn-flavor/flavor-identity";
import { flavorManifest, templateManifest, type PackageManifest } from "./cdktn-flavor/manifests";
import { moduleSpecifiers, rewriteModuleSpecifiers } from "./cdktn-flavor/module-specifiers";
import {
  isCdktfPackage,
  renameProse,
  renameSpecifier,
  splitSpecifier,
} from "./cdktn-flavor/renames";

const ROOT = resolve(__dirname, "..");

/** What {@link buildCdktnFlavor} wrote. */
export interface FlavorBuild {
  /** The package directory. */
  readonly dir: string;
  /** Renamed module specifiers, by the flavor's package they now name. */
  readonly renamed: Readonly<Record<string, number>>;
  /** Flavor packages not installed in the repository, so their specifiers were not resolved. */
  readonly unverified: readonly string[];
}

/** Builds the flavor from the built package at `root` into `out` (emptied first). */
export function buildCdktnFlavor(
  root: string = ROOT,
  out: string = join(root, "dist", "cdktn"),
  flavor: FlavorSpec = CDKTN_FLAVOR,
): FlavorBuild {
  for (const built of [
    join("dist", "lib", "index.js"),
    join("dist", "provider", PROVIDER_LAUNCHER),
  ]) {
    if (!existsSync(join(root, built))) {
      throw new Error(`${built} is missing: build the package first (npm run prepare)`);
    }
  }
  rmSync(out, { recursive: true, force: true });
  const renamed = new Map<string, Set<string>>();
  const renameModules = (file: string, text: string): string =>
    rewriteModuleSpecifiers(file, text, (specifier) => {
      const to = renameSpecifier(specifier.text, flavor);
      if (to !== specifier.text) {
        const { name } = splitSpecifier(to);
        renamed.set(name, (renamed.get(name) ?? new Set()).add(to));
      }
      return to;
    }).text;
  const failWith = (file: string) => (error: unknown) => {
    throw new Error(
      `${relative(root, file)}: ${error instanceof Error ? error.message : String(error)}`,
    );
  };

  for (const tree of [join("dist", "lib"), join("dist", "provider")]) {
    copyTree(join(root, tree), join(out, tree), (file, text) => {
      if (!isModuleFile(file)) return text;
      try {
        const result = renameModules(file, text);
        return file.endsWith(join("cli", "flavor.js"))
          ? withIdentity(result, flavor.identity)
          : result;
      } catch (error) {
        return failWith(file)(error);
      }
    });
  }
  for (const template of flavor.templates) {
    copyTree(join(root, "templates", template), join(out, "templates", template), (file, text) => {
      const where = relative(root, file);
      try {
        if (file.endsWith("package.json")) {
          const manifest = JSON.parse(text) as PackageManifest;
          return `${JSON.stringify(templateManifest(manifest, flavor, where), null, 2)}\n`;
        }
        return renameProse(isModuleFile(file) ? renameModules(file, text) : text, flavor, where);
      } catch (error) {
        return failWith(file)(error);
      }
    });
  }

  const source = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as PackageManifest;
  writeFileSync(
    join(out, "package.json"),
    `${JSON.stringify(flavorManifest(source, flavor), null, 2)}\n`,
  );
  writeFileSync(
    join(out, "README.md"),
    flavorReadme(flavor, readFileSync(join(root, "README.md"), "utf8")),
  );
  copyFileSync(join(root, "CHANGELOG.md"), join(out, "CHANGELOG.md"));

  assertNoCdktfSpecifier(out);
  return {
    dir: out,
    renamed: Object.fromEntries([...renamed].map(([name, specifiers]) => [name, specifiers.size])),
    unverified: resolveAll(
      root,
      new Map([...renamed].filter(([name]) => name !== flavor.identity.packageName)),
    ),
  };
}

/** The package's README, after a note on what the flavor renames. */
function flavorReadme(flavor: FlavorSpec, readme: string): string {
  const { identity } = flavor;
  return (
    `> **The ${identity.cdkName} flavor.** \`${identity.packageName}\` is cdktf-monitoring built for ` +
    `${identity.cdkName} (\`${identity.cdk}\`): the same library and command line, importing ` +
    `\`${identity.cdk}\` and \`@${identity.cdk}/provider-*\`. Read the guide below with \`${identity.cdk}\` for ` +
    `\`cdktf\`, \`@${identity.cdk}/provider-aws\` for \`@cdktf/provider-aws\` and \`npx ${identity.command}\` ` +
    `for \`npx cdktf-monitoring\`. Its templates: ${flavor.templates.map((t) => `\`${t}\``).join(", ")}.\n\n` +
    readme
  );
}

/**
 * Resolves each renamed specifier from `root`, as Node would from an app that installed the
 * packages; returns the packages not installed there. The flavor's own name (the templates
 * import it) is left out by the caller.
 *
 * @throws Error listing the specifiers of installed packages that do not resolve.
 */
function resolveAll(root: string, renamed: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const unverified: string[] = [];
  const broken: string[] = [];
  for (const [name, specifiers] of renamed) {
    if (!existsSync(join(root, "node_modules", name, "package.json"))) {
      unverified.push(name);
      continue;
    }
    for (const specifier of specifiers) {
      try {
        require.resolve(specifier, { paths: [root] });
      } catch {
        broken.push(specifier);
      }
    }
  }
  if (broken.length > 0) {
    throw new Error(`renamed specifiers that do not resolve: ${broken.sort().join(", ")}`);
  }
  return unverified.sort();
}

function assertNoCdktfSpecifier(dir: string): void {
  const left: string[] = [];
  for (const file of walk(dir)) {
    if (!isModuleFile(file)) continue;
    for (const specifier of moduleSpecifiers(file, readFileSync(file, "utf8"))) {
      if (isCdktfPackage(splitSpecifier(specifier.text).name)) {
        left.push(`${relative(dir, file)}:${specifier.line} "${specifier.text}"`);
      }
    }
  }
  if (left.length > 0) throw new Error(`cdktf specifiers left in the flavor: ${left.join(", ")}`);
}

function isModuleFile(file: string): boolean {
  return /\.(?:[cm]?js|ts)$/.test(file);
}

/** Copies `from` into `to`, each file's text through `transform`, modes kept. */
function copyTree(
  from: string,
  to: string,
  transform: (file: string, text: string) => string,
): void {
  for (const file of walk(from)) {
    const target = join(to, relative(from, file));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, transform(file, readFileSync(file, "utf8")));
    chmodSync(target, statSync(file).mode & 0o777);
  }
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

if (require.main === module) {
  const at = process.argv.indexOf("--out");
  const build = buildCdktnFlavor(ROOT, at > 0 ? resolve(process.argv[at + 1]!) : undefined);
  const counts = Object.entries(build.renamed).map(([name, count]) => `${name} ${count}`);
  process.stdout.write(
    `${CDKTN_FLAVOR.identity.packageName}: ${relative(process.cwd(), build.dir) || "."} (renamed specifiers: ${counts.join(", ")})\n` +
      (build.unverified.length > 0
        ? `not installed here, so not resolved: ${build.unverified.join(", ")}\n`
        : ""),
  );
}
