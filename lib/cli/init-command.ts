/**
 * `cdktf-monitoring init <dir> --template <name>`: a new, already-monitored cdktf project from a
 * template the installed package ships (`templates/<name>`), offline: files are copied, nothing
 * is downloaded or installed.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from "node:fs";
import { basename, join, resolve } from "node:path";
import { Option, type Command } from "commander";
import { FLAVOR } from "./flavor";
import { packageRoot } from "./package-root";

/** Files stored under another name in a template, because npm leaves the real name out of a package. */
const RENAMED: Readonly<Record<string, string>> = { gitignore: ".gitignore" };
/** The hook `cdktf init --template <zip url>` runs (sscaff); this command does its work itself. */
const CDKTF_INIT_HOOKS = ".hooks.sscaff.js";

/** What {@link initProject} did. */
export interface InitializedProject {
  readonly dir: string;
  readonly template: string;
  /** The range of this package (`cdktf-monitoring`) the project depends on: its version. */
  readonly dependency: string;
  /** The commands to run next, in order. */
  readonly nextCommands: readonly string[];
}

/** The template names this package ships (its `templates/` folders). */
export function templateNames(root: string = packageRoot()): string[] {
  const dir = join(root, "templates");
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** An npm package name made from a directory name: lower case, `-` for anything else. */
export function packageNameOf(dir: string, fallback: string): string {
  const name = basename(resolve(dir))
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[._-]+|[-]+$/g, "");
  return name.length > 0 && name.length <= 214 ? name : fallback;
}

/** Creates a project in `dir` from `template`; throws a one-line error on bad input. */
export function initProject(
  dir: string,
  template: string,
  options: { readonly force?: boolean; readonly root?: string } = {},
): InitializedProject {
  const root = options.root ?? packageRoot();
  const names = templateNames(root);
  if (!names.includes(template)) {
    throw new Error(`unknown template "${template}"; allowed: ${names.join(", ")}`);
  }
  const target = resolve(dir);
  if (existsSync(target)) {
    const entries = readdirSync(target);
    if (entries.length > 0 && !options.force) {
      throw new Error(
        `${dir} is not empty (${entries.length} ${entries.length === 1 ? "entry" : "entries"}); choose an empty or new directory, or pass --force to write the template's files into it`,
      );
    }
  }
  copyTree(join(root, "templates", template), target);

  const version = (
    JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }
  ).version;
  const dependency = `^${version}`;
  const manifestPath = join(target, "package.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as {
    name: string;
    dependencies: Record<string, string>;
  };
  manifest.name = packageNameOf(target, manifest.name);
  manifest.dependencies[FLAVOR.packageName] = dependency;
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);

  return {
    dir: target,
    template,
    dependency,
    nextCommands: [
      `cd ${/\s/.test(dir) ? JSON.stringify(dir) : dir}`,
      "npm install",
      `npm test && npx ${FLAVOR.cdk} synth`,
    ],
  };
}

function copyTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.name === CDKTF_INIT_HOOKS) continue;
    const source = join(from, entry.name);
    const destination = join(to, RENAMED[entry.name] ?? entry.name);
    if (entry.isDirectory()) copyTree(source, destination);
    else copyFileSync(source, destination);
  }
}

/** Registers `cdktf-monitoring init <dir> --template <name> [--force]`. */
export function registerInitCommand(program: Command): void {
  program
    .command("init")
    .description(`Create a new, already-monitored ${FLAVOR.cdk} project from a template, offline`)
    .argument("<dir>", "directory of the new project (created if missing; must be empty)")
    .addOption(
      new Option("--template <name>", "project template")
        .choices(templateNames())
        .makeOptionMandatory(),
    )
    .option("--force", "write into a directory that is not empty (template files overwrite)")
    .action((dir: string, options: { template: string; force?: boolean }) => {
      const created = initProject(dir, options.template, { force: options.force });
      process.stdout.write(
        `Created ${dir} from the ${created.template} template (${FLAVOR.packageName} ${created.dependency}).\n\n` +
          `Next:\n${created.nextCommands.map((command) => `  ${command}\n`).join("")}`,
      );
    });
}
