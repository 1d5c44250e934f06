/**
 * Test harness around the real `terraform` CLI: finds the AWS provider's filesystem mirror, writes
 * a CLI configuration of its own in a temporary working directory and runs init / validate / plan
 * / apply / destroy there, offline.
 *
 * Used by the e2e tests, by `npm run example` and by other engineers' tests (our own provider is
 * passed as an extra filesystem mirror or as a `dev_overrides` entry).
 */
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findAwsMirror, findTerraform } from "./terraform-discovery";
import type { TerraformPlanJson } from "./terraform-plan-json";

export * from "./terraform-discovery";
export * from "./terraform-plan-json";

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

function tail(text: string, max: number): string {
  return text.length > max ? `…${text.slice(-max)}` : text;
}
