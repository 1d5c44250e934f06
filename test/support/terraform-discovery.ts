/**
 * Where the real Terraform and the AWS provider's filesystem mirror are on this machine: from the
 * environment, else discovered. Errors name what to install or set.
 */
import { accessSync, constants, readdirSync, statSync } from "node:fs";
import { homedir } from "node:os";
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
