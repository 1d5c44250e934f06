/**
 * Bundles the `monitoring` provider with esbuild into dist/provider/ (file names in
 * lib/provider/bundle-layout.ts): a small launcher, the provider and its Zabbix driver as one
 * JavaScript file each (a launch loads no module graph; the handshake budget is 150 ms), and the
 * executable `terraform-provider-monitoring`, a `#!/bin/sh` wrapper that runs the launcher with node.
 *
 *   npx tsx scripts/build-provider.ts [--out <dir>]
 */
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildSync } from "esbuild";
import {
  DRIVER_BUNDLE,
  PROVIDER_BUNDLE,
  PROVIDER_EXECUTABLE,
  PROVIDER_LAUNCHER,
} from "../lib/provider/bundle-layout";

export { DRIVER_BUNDLE, PROVIDER_BUNDLE, PROVIDER_EXECUTABLE, PROVIDER_LAUNCHER };
export const DEFAULT_PROVIDER_DIR = resolve(__dirname, "..", "dist", "provider");

/**
 * The wrapper: runs the launcher next to it (`$0` may be a renamed copy such as
 * `terraform-provider-monitoring_v0.1.0`) with `node` from PATH, or `$CDKTF_MONITORING_NODE`.
 *
 * Node 20 parses its bundled CA list and the file named by NODE_EXTRA_CA_CERTS (≈100 ms with a
 * system bundle) at start-up or at its first TLS context, which the handshake needs; only HTTPS to
 * the backend needs those CAs. So node starts with an empty default store (`--use-openssl-ca`
 * with no OpenSSL CA file or directory) and NODE_EXTRA_CA_CERTS moved to
 * CDKTF_MONITORING_EXTRA_CA_CERTS; the Zabbix client then trusts exactly node's usual CAs
 * (lib/provider/zabbix/tls-trust.ts). SSL_CERT_FILE/SSL_CERT_DIR are kept for node builds whose
 * default store is OpenSSL's (lib/provider/node-ca-store.ts). A user who chose node's CA store in NODE_OPTIONS or
 * NODE_USE_SYSTEM_CA keeps node's own handling.
 */
export const WRAPPER = `#!/bin/sh
case "$0" in */*) launcher="\${0%/*}/${PROVIDER_LAUNCHER}" ;; *) launcher="./${PROVIDER_LAUNCHER}" ;; esac
unset CDKTF_MONITORING_EXTRA_CA_CERTS CDKTF_MONITORING_SSL_CERT_FILE CDKTF_MONITORING_SSL_CERT_DIR
case "\${NODE_OPTIONS-}" in
*--use-openssl-ca*|*--use-bundled-ca*|*--use-system-ca*)
  exec "\${CDKTF_MONITORING_NODE:-node}" "$launcher" "$@" ;;
esac
if [ -n "\${NODE_USE_SYSTEM_CA-}" ]; then
  exec "\${CDKTF_MONITORING_NODE:-node}" "$launcher" "$@"
fi
export CDKTF_MONITORING_EXTRA_CA_CERTS="\${NODE_EXTRA_CA_CERTS-}"
unset NODE_EXTRA_CA_CERTS
if [ -n "\${SSL_CERT_FILE+set}" ]; then export CDKTF_MONITORING_SSL_CERT_FILE="$SSL_CERT_FILE"; fi
if [ -n "\${SSL_CERT_DIR+set}" ]; then export CDKTF_MONITORING_SSL_CERT_DIR="$SSL_CERT_DIR"; fi
export SSL_CERT_FILE=/dev/null SSL_CERT_DIR=/dev/null
exec "\${CDKTF_MONITORING_NODE:-node}" --use-openssl-ca "$launcher" "$@"
`;

const SOURCE = resolve(__dirname, "..", "lib", "provider");

/** Builds the bundles and the wrapper into `outDir`; returns the wrapper's path. */
export function buildProvider(outDir: string = DEFAULT_PROVIDER_DIR): string {
  mkdirSync(outDir, { recursive: true });
  const common = {
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    minify: true,
    legalComments: "eof",
    logLevel: "warning",
  } as const;
  // The backend driver (with its HTTP client) is a bundle of its own, loaded at the first
  // ConfigureProvider: launches that only answer schema or validation requests never compile it.
  buildSync({
    ...common,
    entryPoints: [join(SOURCE, "zabbix", "index.ts")],
    outfile: join(outDir, DRIVER_BUNDLE),
  });
  buildSync({
    ...common,
    entryPoints: [join(SOURCE, "main.ts")],
    outfile: join(outDir, PROVIDER_BUNDLE),
    // Kept as `require("./zabbix")` (used when the bundle is run without the launcher), which
    // finds DRIVER_BUNDLE next to the provider bundle.
    external: ["./zabbix"],
  });
  buildSync({
    ...common,
    entryPoints: [join(SOURCE, "launch.ts")],
    outfile: join(outDir, PROVIDER_LAUNCHER),
  });
  const wrapper = join(outDir, PROVIDER_EXECUTABLE);
  writeFileSync(wrapper, WRAPPER);
  chmodSync(wrapper, 0o755);
  return wrapper;
}

if (require.main === module) {
  const i = process.argv.indexOf("--out");
  const out = i >= 0 ? resolve(process.argv[i + 1] ?? "") : DEFAULT_PROVIDER_DIR;
  process.stdout.write(`${buildProvider(out)}\n`);
}
