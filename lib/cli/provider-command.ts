/**
 * `cdktf-monitoring provider install`: puts the bundled `monitoring` provider where
 * `terraform init` finds it offline with no CLI configuration at all (Terraform's implied local
 * mirror, `$HOME/.terraform.d/plugins`), or in the filesystem mirror given with `--dir`, and
 * prints the `required_providers` entry.
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import type { Command } from "commander";
import {
  PROVIDER_HOST,
  PROVIDER_NAMESPACE,
  PROVIDER_SOURCE,
  PROVIDER_TYPE,
  PROVIDER_VERSION,
} from "../provider/schema";

const EXECUTABLE = `terraform-provider-${PROVIDER_TYPE}`;
/** Named as scripts/build-provider.ts names it (not `terraform-provider-*`, which Terraform would run). */
const BUNDLE = "monitoring-provider.js";

export interface InstallProviderOptions {
  /**
   * Root of the filesystem mirror (the directory that will contain `registry.terraform.io`).
   *
   * @default - `$HOME/.terraform.d/plugins`, Terraform's implied local mirror
   */
  readonly dir?: string;
  /**
   * Environment to read `HOME` from.
   *
   * @default process.env
   */
  readonly env?: NodeJS.ProcessEnv;
}

export interface InstalledProvider {
  /** The installed executable. */
  readonly executable: string;
  /** The `required_providers` entry, HCL. */
  readonly requiredProviders: string;
}

/** `linux_amd64`-style platform of this machine. */
export function terraformPlatform(): string {
  const arch =
    { x64: "amd64", arm64: "arm64", ia32: "386", arm: "arm" }[process.arch as string] ??
    process.arch;
  return `${process.platform}_${arch}`;
}

function packageRoot(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (
      existsSync(manifest) &&
      JSON.parse(readFileSync(manifest, "utf8")).name === "cdktf-monitoring"
    ) {
      return dir;
    }
  }
  throw new Error("cannot find the cdktf-monitoring package root above " + __dirname);
}

/**
 * The directory holding the bundled provider: rebuilt from source when this command runs from
 * source (a checkout, under tsx), the prebuilt dist/provider of an installed package otherwise.
 */
async function providerBuild(): Promise<string> {
  const root = packageRoot();
  const script = join(root, "scripts", "build-provider.ts");
  const out = join(root, "dist", "provider");
  if (__filename.endsWith(".ts") && existsSync(script)) {
    const { buildProvider } = (await import(script)) as { buildProvider(dir: string): string };
    buildProvider(out);
  }
  if (!existsSync(join(out, BUNDLE))) {
    throw new Error(
      `the bundled provider is missing (${join(out, BUNDLE)}); reinstall cdktf-monitoring`,
    );
  }
  return out;
}

export function requiredProvidersEntry(): string {
  return [
    "terraform {",
    "  required_providers {",
    `    ${PROVIDER_TYPE} = {`,
    `      source  = "${PROVIDER_SOURCE}"`,
    `      version = "${PROVIDER_VERSION}"`,
    "    }",
    "  }",
    "}",
  ].join("\n");
}

/** Installs the provider into a filesystem mirror; see {@link InstallProviderOptions}. */
export async function installProvider(
  options: InstallProviderOptions = {},
): Promise<InstalledProvider> {
  const env = options.env ?? process.env;
  const mirror = resolve(options.dir ?? join(env.HOME || homedir(), ".terraform.d", "plugins"));
  const target = join(
    mirror,
    PROVIDER_HOST,
    PROVIDER_NAMESPACE,
    PROVIDER_TYPE,
    PROVIDER_VERSION,
    terraformPlatform(),
  );
  const build = await providerBuild();
  mkdirSync(target, { recursive: true });
  // The bundles (provider and driver) sit next to the executable, which finds them there.
  for (const file of readdirSync(build).filter((f) => f.endsWith(".js"))) {
    copyFileSync(join(build, file), join(target, file));
  }
  const executable = join(target, `${EXECUTABLE}_v${PROVIDER_VERSION}`);
  copyFileSync(join(build, EXECUTABLE), executable);
  chmodSync(executable, 0o755);
  return { executable, requiredProviders: requiredProvidersEntry() };
}

/** Registers `cdktf-monitoring provider install [--dir <mirror>]`. */
export function registerProviderCommand(program: Command): void {
  const provider = program
    .command("provider")
    .description("The Terraform provider `monitoring` of this package");
  provider
    .command("install")
    .description(
      "Install the provider where `terraform init` finds it offline (default: Terraform's implied mirror $HOME/.terraform.d/plugins) and print the required_providers entry",
    )
    .option("--dir <mirror>", "filesystem mirror root to install into instead")
    .action(async (options: { dir?: string }) => {
      const installed = await installProvider({ dir: options.dir });
      process.stdout.write(
        `Installed ${EXECUTABLE} ${PROVIDER_VERSION}: ${installed.executable}\n\n` +
          `Add to your Terraform configuration:\n\n${installed.requiredProviders}\n`,
      );
    });
}
