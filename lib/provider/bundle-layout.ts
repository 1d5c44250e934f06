/**
 * The files of the bundled provider (scripts/build-provider.ts writes them into dist/provider/;
 * `cdktf-monitoring provider install` copies them next to each other). No name starts with
 * `terraform-provider-` but the executable's: Terraform would take such a file for the executable.
 */

/** The `#!/bin/sh` wrapper that Terraform runs. */
export const PROVIDER_EXECUTABLE = "terraform-provider-monitoring";
/** The small script the wrapper runs with node: loads {@link PROVIDER_BUNDLE} with a code cache. */
export const PROVIDER_LAUNCHER = "monitoring-provider.js";
/** The provider: plugin protocol, schema, resources (lib/provider/main.ts and what it imports). */
export const PROVIDER_BUNDLE = "monitoring-provider-main.js";
/** The Zabbix driver, loaded at the first ConfigureProvider. */
export const DRIVER_BUNDLE = "zabbix.js";
