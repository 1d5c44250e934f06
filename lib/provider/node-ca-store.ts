/**
 * What node trusts by default, as built: its bundled Mozilla list (official builds), OpenSSL's
 * store (distribution builds configured with `--openssl-use-def-ca-store`, e.g. RHEL), plus a
 * system CA file for builds configured with `--openssl-system-ca-path`.
 *
 * The provider's wrapper starts node in OpenSSL-store mode with no OpenSSL CA file or directory
 * (scripts/build-provider.ts) and keeps the user's `SSL_CERT_FILE`/`SSL_CERT_DIR` in
 * {@link SAVED_SSL_ENV}; the launcher puts them back on builds whose default is OpenSSL's store, so
 * that node's own store is what it always was there.
 */
import { readFileSync } from "node:fs";

/**
 * Set by the wrapper, possibly empty: the file that `NODE_EXTRA_CA_CERTS` named. Its presence
 * means the wrapper took CA handling out of node's hands (lib/provider/zabbix/tls-trust.ts).
 */
export const EXTRA_CA_CERTS_ENV = "CDKTF_MONITORING_EXTRA_CA_CERTS";

/** The wrapper's copies of the user's OpenSSL CA variables (set only when the user's were). */
export const SAVED_SSL_ENV = {
  SSL_CERT_FILE: "CDKTF_MONITORING_SSL_CERT_FILE",
  SSL_CERT_DIR: "CDKTF_MONITORING_SSL_CERT_DIR",
} as const;

/** The parts of `process.config` read here. */
export interface NodeBuildConfig {
  readonly target_defaults?: { readonly defines?: readonly string[] };
  readonly variables?: { readonly openssl_system_ca_path?: unknown };
}

function buildConfig(): NodeBuildConfig {
  return process.config as unknown as NodeBuildConfig;
}

/** Whether this node's default CA store is OpenSSL's rather than its bundled list. */
export function defaultsToOpenSslStore(config: NodeBuildConfig = buildConfig()): boolean {
  return config.target_defaults?.defines?.includes("NODE_OPENSSL_CERT_STORE") ?? false;
}

/** PEM text of the system CA file this node was built to trust too, if any. */
export function systemCaFileText(config: NodeBuildConfig = buildConfig()): string {
  const path = config.variables?.openssl_system_ca_path;
  if (typeof path !== "string" || !path) return "";
  try {
    return readFileSync(path, "utf8");
  } catch {
    return ""; // node ignores it too when it cannot be read
  }
}

/**
 * On builds whose default store is OpenSSL's, puts back the user's `SSL_CERT_FILE` and
 * `SSL_CERT_DIR` (before anything builds that store). Returns whether it did.
 */
export function restoreOpenSslCaEnv(
  env: NodeJS.ProcessEnv = process.env,
  config: NodeBuildConfig = buildConfig(),
): boolean {
  if (!defaultsToOpenSslStore(config)) return false;
  for (const [name, saved] of Object.entries(SAVED_SSL_ENV)) {
    if (env[saved] === undefined) delete env[name];
    else env[name] = env[saved];
  }
  return true;
}
