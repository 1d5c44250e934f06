/**
 * The package as a user installs it: a fresh copy of the repository packed with `npm pack`
 * (which builds it), unpacked into projects as npm would install it. Dependencies come from the
 * repository's node_modules by symlink (no registry), so a check sees exactly the packages it links.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { freshCopy } from "./fresh-copy";

export const REPOSITORY = resolve(__dirname, "..", "..");

/** The packed tarball and the paths it holds. */
export interface PackedPackage {
  readonly tarball: string;
  readonly files: readonly string[];
}

interface PackResult {
  readonly filename: string;
  readonly files: readonly { readonly path: string }[];
}

/** Packs a fresh copy of the repository into `work`. */
export function packFreshCopy(work: string): PackedPackage {
  const copy = join(work, "repo");
  freshCopy(REPOSITORY, copy);
  symlinkSync(join(REPOSITORY, "node_modules"), join(copy, "node_modules"), "dir");
  const packed = execFileSync("npm", ["pack", "--json", "--pack-destination", work], {
    cwd: copy,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, npm_config_update_notifier: "false" },
  });
  // npm prints the prepare scripts' output before the JSON.
  const result = (JSON.parse(packed.slice(packed.indexOf("[\n"))) as PackResult[])[0];
  if (!result) throw new Error(`npm pack printed no result:\n${packed}`);
  return {
    tarball: join(work, result.filename),
    files: result.files.map((file) => file.path).sort(),
  };
}

/**
 * Installs the tarball into `project`'s node_modules (creating both) under the name in its
 * package.json (`cdktf-monitoring`, or a flavor's), with the package's own run-time
 * dependencies and `packages` linked from the repository's node_modules, and the linked
 * packages' executables in node_modules/.bin.
 */
export function installInto(project: string, tarball: string, packages: readonly string[]): void {
  const modules = join(project, "node_modules");
  const { name } = JSON.parse(
    execFileSync("tar", ["xzfO", tarball, "package/package.json"], { encoding: "utf8" }),
  ) as { name: string };
  const installed = join(modules, name);
  mkdirSync(installed, { recursive: true });
  execFileSync("tar", ["xzf", tarball, "-C", installed, "--strip-components=1"]);
  const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as {
    dependencies: Record<string, string>;
  };
  for (const name of [...Object.keys(manifest.dependencies), ...packages]) {
    const at = join(modules, name);
    if (existsSync(at)) continue;
    mkdirSync(dirname(at), { recursive: true });
    symlinkSync(join(REPOSITORY, "node_modules", name), at, "dir");
  }
  linkExecutables(modules, [name, ...packages]);
  if (!existsSync(join(project, "package.json"))) {
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "user", private: true }));
  }
}

function linkExecutables(modules: string, packages: readonly string[]): void {
  const bin = join(modules, ".bin");
  mkdirSync(bin, { recursive: true });
  for (const name of packages) {
    const manifest = JSON.parse(readFileSync(join(modules, name, "package.json"), "utf8")) as {
      bin?: string | Record<string, string>;
    };
    const entries =
      typeof manifest.bin === "string"
        ? { [name.split("/").pop()!]: manifest.bin }
        : (manifest.bin ?? {});
    for (const [command, file] of Object.entries(entries)) {
      const link = join(bin, command);
      if (!existsSync(link)) symlinkSync(join(modules, name, file), link);
    }
  }
}
