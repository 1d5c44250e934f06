/**
 * Entry point of the provider bundle (scripts/build-provider.ts), run by the launcher
 * (lib/provider/launch.ts) or directly with node. Started by hand, it explains itself and exits
 * with status 1.
 */
import { Log } from "./log";
import type * as ZabbixDriverModule from "./zabbix";
import { createProviderHandlers } from "./monitoring-provider";
import { pluginEnvironmentProblem, serveProvider } from "./protocol/plugin-server";

/** How the launcher takes part in a launch. */
export interface ProviderLaunchHooks {
  /**
   * Called once the handshake line is written.
   *
   * @default - nothing is called
   */
  readonly afterHandshake?: () => void;
  /**
   * Loads the Zabbix driver; called at the first ConfigureProvider, so launches that never
   * configure do not load the driver and its HTTP client.
   *
   * @default - `require("./zabbix")`, which the bundle keeps: zabbix.js next to itself
   */
  readonly loadDriver?: () => typeof ZabbixDriverModule;
  /**
   * Called after the first successful connection to the backend.
   *
   * @default - nothing is called
   */
  readonly afterConnect?: () => void;
}

/** Serves the provider to the Terraform that started this process. */
export function runProvider(hooks: ProviderLaunchHooks = {}): void {
  const problem = pluginEnvironmentProblem(process.env);
  if (problem) {
    process.stderr.write(`${problem}\n`);
    process.exit(1);
  }
  // Terraform forwards Ctrl-C as the StopProvider RPC; the signal itself is not for us.
  process.on("SIGINT", () => undefined);
  const log = new Log();
  let driver: ZabbixDriverModule.ZabbixDriver | undefined;
  const handlers = createProviderHandlers({
    log,
    async connect(connection) {
      const { connectZabbix } =
        hooks.loadDriver?.() ??
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        (require("./zabbix") as typeof ZabbixDriverModule);
      driver = await connectZabbix({
        ...connection,
        log: (line) => log.debug(line),
        // Only when tracing: the line is built for every call.
        ...(log.enabled("trace") ? { trace: (line: string) => log.trace(line) } : {}),
      });
      hooks.afterConnect?.();
      return driver;
    },
  });
  serveProvider({ handlers, log, beforeExit: async () => driver?.close() }).then(
    () => hooks.afterHandshake?.(),
    (error: unknown) => {
      process.stderr.write(`terraform-provider-monitoring: cannot serve: ${String(error)}\n`);
      process.exit(1);
    },
  );
}

if (require.main === module) runProvider();
