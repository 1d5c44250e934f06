/**
 * `cdktf-monitoring provider install`: puts the bundled `monitoring` provider where
 * `terraform init` finds it offline with no CLI configuration at all (Terraform's implied local
 * mirror, `$HOME/.terraform.d/plugins`), or in the filesystem mirror given with `--dir`, and
 * prints the `required_providers` entry.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import type { Command } from "commander";
import { PROVIDER_EXECUTABLE, PROVIDER_LAUNCHER } from "../provider/bundle-layout";
import { WARM_UP_ENV, codeCacheDir } from "../provider/code-cache";
import { createSelfSignedCertificate } from "../provider/protocol/certificate";
import { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from "../provider/protocol/magic-cookie";
import {
  PROVIDER_HOST,
  PROVIDER_NAMESPACE,
  PROVIDER_SOURCE,
  PROVIDER_TYPE,
  PROVIDER_VERSION,
} from "../provider/schema";
import { FLAVOR } from "./flavor";
import { packageRoot } from "./package-root";

const EXECUTABLE = PROVIDER_EXECUTABLE;

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
  /** Where the provider's code cache was written; `undefined` when the warm-up launch failed. */
  readonly codeCache: string | undefined;
}

/** `linux_amd64`-style platform of this machine. */
export function terraformPlatform(): string {
  const arch =
    { x64: "amd64", arm64: "arm64", ia32: "386", arm: "arm" }[process.arch as string] ??
    process.arch;
  return `${process.platform}_${arch}`;
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
  if (!existsSync(join(out, PROVIDER_LAUNCHER))) {
    throw new Error(
      `the bundled provider is missing (${join(out, PROVIDER_LAUNCHER)}); reinstall ${FLAVOR.packageName}`,
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
  return {
    executable,
    requiredProviders: requiredProvidersEntry(),
    codeCache: warmUp(executable, env),
  };
}

/**
 * Launches the installed provider once as Terraform would, in warm-up mode: it writes its V8 code
 * caches (lib/provider/code-cache.ts) and exits, so that Terraform's first launch is fast too.
 * Returns the cache directory, or `undefined` when the warm-up failed (the first launch by
 * Terraform then writes the caches).
 */
function warmUp(executable: string, env: NodeJS.ProcessEnv): string | undefined {
  const result = spawnSync(executable, [], {
    env: {
      ...env,
      [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE,
      PLUGIN_PROTOCOL_VERSIONS: "6",
      PLUGIN_CLIENT_CERT: createSelfSignedCertificate().certPem,
      [WARM_UP_ENV]: "1",
    },
    stdio: "ignore",
    timeout: 30_000,
  });
  return result.status === 0 ? codeCacheDir(env) : undefined;
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
      if (!installed.codeCache) {
        process.stderr.write(
          "Warning: the installed provider did not start for its warm-up launch (is `node` on PATH?)\n",
        );
      }
      process.stdout.write(
        `Installed ${EXECUTABLE} ${PROVIDER_VERSION}: ${installed.executable}\n` +
          (installed.codeCache ? `Code cache: ${installed.codeCache}\n` : "") +
          "\n" +
          `Add to your Terraform configuration:\n\n${installed.requiredProviders}\n`,
      );
    });
}
