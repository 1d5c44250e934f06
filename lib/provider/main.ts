/**
 * Entry point of the `terraform-provider-monitoring` executable (bundled into dist/provider/ by
 * scripts/build-provider.ts). Started by hand, it explains itself and exits with status 1.
 */
import { Log } from "./log";
import type * as ZabbixDriverModule from "./zabbix";
import { createProviderHandlers } from "./monitoring-provider";
import { pluginEnvironmentProblem, serveProvider } from "./protocol/plugin-server";

function main(): void {
  const problem = pluginEnvironmentProblem(process.env);
  if (problem) {
    process.stderr.write(`${problem}\n`);
    process.exit(1);
  }
  // Terraform forwards Ctrl-C as the StopProvider RPC; the signal itself is not for us.
  process.on("SIGINT", () => undefined);
  const log = new Log();
  const handlers = createProviderHandlers({
    log,
    async connect(connection) {
      // Loaded on first configure, so launches that never configure do not load the driver and
      // its HTTP client. A plain require: the bundle keeps it, finding zabbix.js next to itself.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { connectZabbix } = require("./zabbix") as typeof ZabbixDriverModule;
      return connectZabbix({ ...connection, log: (line) => log.debug(line) });
    },
  });
  serveProvider({ handlers, log }).catch((error: unknown) => {
    process.stderr.write(`terraform-provider-monitoring: cannot serve: ${String(error)}\n`);
    process.exit(1);
  });
}

main();
