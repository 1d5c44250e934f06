/**
 * Test harness around the real `terraform` CLI: finds the AWS provider's filesystem mirror, writes
 * a CLI configuration of its own in a temporary working directory and runs init / validate / plan
 * / apply / destroy there, offline.
 *
 * Used by the e2e tests, by `npm run example` and by other engineers' tests (our own provider is
 * passed as an extra filesystem mirror or as a `dev_overrides` entry).
 */
import { execFile } from "node:child_process";
import {
  accessSync,
  constants,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { homedir, tmpdir } from "node:os";
import { delimiter, join } from "node:path";

/** Environment variable naming the mirror root that contains `registry.terraform.io`. */
export const AWS_MIRROR_ENV = "CDKTF_MONITORING_AWS_MIRROR";

const AWS_PROVIDER_PATH = join("registry.terraform.io", "hashicorp", "aws");
const SEARCH_DEPTH = 5;

/**
 * Path of the `terraform` executable on PATH.
 *
 * @throws Error naming what to install when `terraform` is not on PATH.
 */
export function findTerraform(): string {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, "terraform");
    if (isExecutableFile(candidate)) return candidate;
  }
  throw new Error(
    "terraform was not found on PATH. Install Terraform 1.11.x (https://developer.hashicorp.com/terraform/install) " +
      "and make sure the `terraform` binary is on PATH; the e2e tests and `npm run example` run it for real.",
  );
}

let cachedMirror: string | undefined;

/**
 * Root of a Terraform filesystem mirror holding `registry.terraform.io/hashicorp/aws` (the
 * directory that contains `registry.terraform.io`).
 *
 * Taken from env `CDKTF_MONITORING_AWS_MIRROR` when set, otherwise discovered by searching
 * `/opt`, `/usr/share`, `/usr/local/share`, `/usr/local/lib`, `/var/lib`, `$HOME` and
 * `$HOME/.terraform.d/plugins` a few levels deep.
 *
 * @throws Error when `terraform` is not on PATH, when the env variable points at a directory
 * without the AWS provider, or when no mirror is found; the message says what to install or set.
 */
export function findAwsMirror(): string {
  findTerraform();
  const fromEnv = process.env[AWS_MIRROR_ENV];
  if (fromEnv) {
    if (!hasAwsProvider(fromEnv)) {
      throw new Error(
        `${AWS_MIRROR_ENV}=${fromEnv} does not contain ${AWS_PROVIDER_PATH}/<version>/<os_arch>/. ` +
          `Set it to the mirror root, the directory that contains registry.terraform.io.`,
      );
    }
    return fromEnv;
  }
  if (cachedMirror) return cachedMirror;
  const home = homedir();
  const roots = [
    "/opt",
    "/usr/share",
    "/usr/local/share",
    "/usr/local/lib",
    "/var/lib",
    join(home, ".terraform.d"),
    home,
  ];
  for (const root of roots) {
    const found = searchMirror(root, SEARCH_DEPTH);
    if (found) {
      cachedMirror = found;
      return found;
    }
  }
  throw new Error(
    `No Terraform filesystem mirror holding ${AWS_PROVIDER_PATH} was found under ${roots.join(", ")}. ` +
      `Set ${AWS_MIRROR_ENV} to the mirror root (the directory that contains registry.terraform.io), or create one ` +
      "with `terraform providers mirror <dir>` for hashicorp/aws 5.x on a machine with registry access.",
  );
}

/** A `filesystem_mirror` block of the CLI configuration. */
export interface FilesystemMirror {
  /** Mirror root: the directory that contains `<hostname>/<namespace>/<type>/`. */
  readonly path: string;
  /** Provider source addresses served by this mirror, e.g. `registry.terraform.io/example/zabbix`. */
  readonly include: readonly string[];
}

/** Options of {@link TerraformWorkdir}. */
export interface TerraformWorkdirOptions {
  /**
   * Mirror root holding `registry.terraform.io/hashicorp/aws`.
   *
   * @default - {@link findAwsMirror}()
   */
  readonly awsMirror?: string;
  /**
   * Further filesystem mirrors, e.g. one holding the project's own provider.
   *
   * @default - none
   */
  readonly extraMirrors?: readonly FilesystemMirror[];
  /**
   * `dev_overrides`: provider source address → directory holding its `terraform-provider-<type>`
   * binary. Terraform then skips installing those providers (and warns about it).
   *
   * @default - none
   */
  readonly devOverrides?: Readonly<Record<string, string>>;
  /**
   * Sets `TF_PLUGIN_CACHE_DIR`. The AWS mirror is unpacked, so init only links to it and a cache
   * rarely helps.
   *
   * @default - no plugin cache
   */
  readonly pluginCacheDir?: string;
  /**
   * Extra environment variables for every terraform run (e.g. `TF_LOG`, provider settings).
   *
   * @default - none
   */
  readonly env?: Readonly<Record<string, string>>;
  /**
   * Prefix of the temporary directory's name.
   *
   * @default "cdktf-monitoring-tf-"
   */
  readonly prefix?: string;
}

/** Options of {@link TerraformWorkdir.plan}. */
export interface PlanOptions {
  /**
   * Plan file to write (relative to the working directory or absolute).
   *
   * @default - no plan file
   */
  readonly out?: string;
  /**
   * Whether to refresh state before planning.
   *
   * @default true
   */
  readonly refresh?: boolean;
  /**
   * Input variables, passed as `-var name=value`.
   *
   * @default - none
   */
  readonly vars?: Readonly<Record<string, string>>;
  /**
   * Plan a destroy.
   *
   * @default false
   */
  readonly destroy?: boolean;
}

/** Output of one terraform run. */
export interface TerraformResult {
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link TerraformWorkdir.run}. */
export interface RunOptions {
  /**
   * Kill terraform after this many milliseconds.
   *
   * @default 600000
   */
  readonly timeoutMs?: number;
}

/** Error thrown when a terraform command exits non-zero; the message carries its stderr. */
export class TerraformError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly exitCode: number | null,
    readonly stdout: string,
    readonly stderr: string,
  ) {
    super(
      `terraform ${args.join(" ")} failed (exit ${exitCode ?? "signal"}):\n${stderr.trim() || tail(stdout, 4000)}`,
    );
    this.name = "TerraformError";
  }
}

/**
 * A temporary Terraform working directory with its own CLI configuration (the AWS provider from
 * the filesystem mirror, optional extra mirrors and dev overrides; nothing from the network).
 *
 * ```ts
 * const tf = new TerraformWorkdir();
 * tf.writeJson({ provider: { aws: [dummyAwsProvider()] }, resource: {...} });
 * await tf.init();
 * await tf.validate();
 * await tf.plan({ out: "plan.bin" });
 * const plan = await tf.showJson("plan.bin");
 * tf.remove();
 * ```
 */
export class TerraformWorkdir {
  /** Fresh directory under the OS temp dir holding {@link dir} and {@link cliConfigFile}. */
  readonly root: string;
  /** The working directory terraform runs in. */
  readonly dir: string;
  /** Path of the CLI configuration written for this directory (outside {@link dir}). */
  readonly cliConfigFile: string;
  /** Environment every terraform run gets (process env plus TF_CLI_CONFIG_FILE etc.). */
  readonly env: NodeJS.ProcessEnv;
  private readonly terraform: string;

  constructor(options: TerraformWorkdirOptions = {}) {
    this.terraform = findTerraform();
    const awsMirror = options.awsMirror ?? findAwsMirror();
    this.root = mkdtempSync(join(tmpdir(), options.prefix ?? "cdktf-monitoring-tf-"));
    this.dir = join(this.root, "work");
    mkdirSync(this.dir);
    this.cliConfigFile = join(this.root, "terraformrc");
    writeFileSync(
      this.cliConfigFile,
      cliConfig(awsMirror, options.extraMirrors ?? [], options.devOverrides ?? {}),
    );
    this.env = {
      ...process.env,
      TF_CLI_CONFIG_FILE: this.cliConfigFile,
      TF_IN_AUTOMATION: "1",
      CHECKPOINT_DISABLE: "1",
      TF_INPUT: "0",
      ...(options.pluginCacheDir ? { TF_PLUGIN_CACHE_DIR: options.pluginCacheDir } : {}),
      ...options.env,
    };
  }

  /** Writes `config` as JSON configuration (`main.tf.json` unless `fileName` is given). */
  writeJson(config: unknown, fileName = "main.tf.json"): string {
    const file = join(this.dir, fileName);
    writeFileSync(file, JSON.stringify(config, null, 2));
    return file;
  }

  /**
   * Copies the contents of `dir` (e.g. `cdktf.out/stacks/<stack>`) into the working directory,
   * leaving out `.terraform` and state files.
   */
  copyFrom(dir: string): void {
    for (const entry of readdirSync(dir)) {
      if (entry === ".terraform" || entry.endsWith(".tfstate") || entry.endsWith(".tfstate.backup"))
        continue;
      cpSync(join(dir, entry), join(this.dir, entry), { recursive: true });
    }
  }

  /** `terraform init` (offline: providers come from the mirrors of the CLI configuration). */
  init(): Promise<TerraformResult> {
    return this.run(["init", "-input=false", "-no-color"]);
  }

  /** `terraform validate`; throws with terraform's diagnostics when the configuration is invalid. */
  validate(): Promise<TerraformResult> {
    return this.run(["validate", "-no-color"]);
  }

  /** `terraform plan`; returns terraform's human-readable output. */
  plan(options: PlanOptions = {}): Promise<TerraformResult> {
    const args = ["plan", "-input=false", "-no-color", "-lock=false"];
    if (options.out) args.push(`-out=${options.out}`);
    if (options.refresh === false) args.push("-refresh=false");
    if (options.destroy) args.push("-destroy");
    for (const [name, value] of Object.entries(options.vars ?? {}))
      args.push("-var", `${name}=${value}`);
    return this.run(args);
  }

  /** `terraform apply -auto-approve`, of `planFile` when given. */
  apply(planFile?: string): Promise<TerraformResult> {
    const args = ["apply", "-input=false", "-no-color", "-auto-approve"];
    if (planFile) args.push(planFile);
    return this.run(args);
  }

  /** `terraform destroy -auto-approve`. */
  destroy(): Promise<TerraformResult> {
    return this.run(["destroy", "-input=false", "-no-color", "-auto-approve"]);
  }

  /** `terraform show -json <planFile>`, parsed; without a file, the current state. */
  async showJson(planFile?: string): Promise<TerraformPlanJson> {
    const args = ["show", "-json", "-no-color"];
    if (planFile) args.push(planFile);
    const { stdout } = await this.run(args);
    return JSON.parse(stdout) as TerraformPlanJson;
  }

  /** `terraform state push <file>`. */
  statePush(file: string): Promise<TerraformResult> {
    return this.run(["state", "push", file]);
  }

  /**
   * Runs `terraform <args>` in the working directory.
   *
   * @throws TerraformError carrying terraform's stderr when it exits non-zero.
   */
  run(args: readonly string[], options: RunOptions = {}): Promise<TerraformResult> {
    return new Promise((resolve, reject) => {
      execFile(
        this.terraform,
        [...args],
        {
          cwd: this.dir,
          env: this.env,
          maxBuffer: 1024 * 1024 * 1024,
          timeout: options.timeoutMs ?? 600_000,
        },
        (error, stdout, stderr) => {
          if (error) {
            const code = typeof error.code === "number" ? error.code : null;
            reject(new TerraformError(args, code, stdout, stderr));
          } else {
            resolve({ stdout, stderr });
          }
        },
      );
    });
  }

  /** Deletes the working directory and its CLI configuration. */
  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/**
 * The `provider "aws"` block for offline plans: dummy keys, every account/credential lookup
 * skipped. Spread it into a configuration's `provider.aws` list.
 */
export function dummyAwsProvider(region = "eu-west-1", alias?: string): Record<string, unknown> {
  return {
    region,
    access_key: "AKIAIOSFODNN7EXAMPLE",
    secret_key: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    skip_credentials_validation: true,
    skip_requesting_account_id: true,
    skip_metadata_api_check: true,
    ...(alias ? { alias } : {}),
  };
}

/** The parts of `terraform show -json` output the tests read. */
export interface TerraformPlanJson {
  readonly format_version: string;
  readonly resource_changes?: readonly ResourceChange[];
  readonly planned_values?: unknown;
  readonly configuration?: unknown;
  readonly values?: unknown;
}

/** One entry of a plan's `resource_changes`. */
export interface ResourceChange {
  readonly address: string;
  readonly type: string;
  readonly name: string;
  readonly mode: "managed" | "data";
  readonly provider_name: string;
  readonly change: {
    readonly actions: readonly string[];
    readonly before: Record<string, unknown> | null;
    readonly after: Record<string, unknown> | null;
    readonly after_unknown?: Record<string, unknown>;
  };
}

/** Number of managed resources per type that the plan creates (actions include "create"). */
export function plannedCreates(plan: TerraformPlanJson): Map<string, number> {
  const counts = new Map<string, number>();
  for (const rc of plan.resource_changes ?? []) {
    if (rc.mode !== "managed" || !rc.change.actions.includes("create")) continue;
    counts.set(rc.type, (counts.get(rc.type) ?? 0) + 1);
  }
  return counts;
}

function cliConfig(
  awsMirror: string,
  extraMirrors: readonly FilesystemMirror[],
  devOverrides: Readonly<Record<string, string>>,
): string {
  const lines = ["provider_installation {"];
  const overrides = Object.entries(devOverrides);
  if (overrides.length > 0) {
    lines.push("  dev_overrides {");
    for (const [source, path] of overrides) lines.push(`    ${hcl(source)} = ${hcl(path)}`);
    lines.push("  }");
  }
  const mirrors: FilesystemMirror[] = [
    { path: awsMirror, include: ["registry.terraform.io/hashicorp/aws"] },
    ...extraMirrors,
  ];
  for (const mirror of mirrors) {
    lines.push("  filesystem_mirror {");
    lines.push(`    path    = ${hcl(mirror.path)}`);
    lines.push(`    include = [${mirror.include.map(hcl).join(", ")}]`);
    lines.push("  }");
  }
  lines.push("}", "");
  return lines.join("\n");
}

function hcl(value: string): string {
  return JSON.stringify(value);
}

function searchMirror(dir: string, depth: number): string | undefined {
  if (hasAwsProvider(dir)) return dir;
  if (depth === 0) return undefined;
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return undefined;
  }
  for (const entry of entries) {
    if (entry === "node_modules" || entry === ".git" || entry === "proc") continue;
    const child = join(dir, entry);
    if (!isDirectory(child)) continue;
    const found = searchMirror(child, depth - 1);
    if (found) return found;
  }
  return undefined;
}

function hasAwsProvider(root: string): boolean {
  const providerDir = join(root, AWS_PROVIDER_PATH);
  if (!isDirectory(providerDir)) return false;
  try {
    return readdirSync(providerDir).some((version) => isDirectory(join(providerDir, version)));
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function tail(text: string, max: number): string {
  return text.length > max ? `…${text.slice(-max)}` : text;
}
