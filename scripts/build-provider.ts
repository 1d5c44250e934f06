/**
 * Bundles the `monitoring` provider with esbuild into dist/provider/: the provider and its
 * Zabbix driver as one JavaScript file each (a launch loads no module graph; the handshake budget
 * is 150 ms) and the executable
 * `terraform-provider-monitoring`, a `#!/bin/sh` wrapper that runs it with node.
 *
 *   npx tsx scripts/build-provider.ts [--out <dir>]
 */
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildSync } from "esbuild";

export const PROVIDER_EXECUTABLE = "terraform-provider-monitoring";
/** Must not start with `terraform-provider-`: Terraform would take it for the executable. */
export const PROVIDER_BUNDLE = "monitoring-provider.js";
/** The Zabbix driver, required by the provider bundle from the same directory. */
export const DRIVER_BUNDLE = "zabbix.js";
export const DEFAULT_PROVIDER_DIR = resolve(__dirname, "..", "dist", "provider");

/**
 * The wrapper: runs the bundle next to it (`$0` may be a renamed copy such as
 * `terraform-provider-monitoring_v0.1.0`) with `node` from PATH, or `$CDKTF_MONITORING_NODE`.
 */
export const WRAPPER = `#!/bin/sh
exec "\${CDKTF_MONITORING_NODE:-node}" "$(dirname "$0")/${PROVIDER_BUNDLE}" "$@"
`;

/** Builds the bundle and the wrapper into `outDir`; returns the wrapper's path. */
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
    entryPoints: [resolve(__dirname, "..", "lib", "provider", "zabbix", "index.ts")],
    outfile: join(outDir, DRIVER_BUNDLE),
  });
  buildSync({
    ...common,
    entryPoints: [resolve(__dirname, "..", "lib", "provider", "main.ts")],
    outfile: join(outDir, PROVIDER_BUNDLE),
    // Kept as `require("./zabbix")`, which finds DRIVER_BUNDLE next to the provider bundle.
    external: ["./zabbix"],
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
