/**
 * Starts a real Zabbix 6.0 API (PHP's built-in server over the packaged frontend) on a fresh
 * database, for e2e tests and benchmarks. The Zabbix server daemon is not started here (only the
 * proxy test starts it, with ./zabbix-daemons.ts), so nothing polls the hosts that tests register.
 *
 * Inside vitest's `e2e` project, one PostgreSQL cluster started by the global setup
 * (test/support/zabbix-global-setup.ts) serves all calls; each call copies the loaded schema with
 * `CREATE DATABASE … TEMPLATE zabbix` (≈0.1 s). Elsewhere (benchmarks, scripts), each call starts
 * its own cluster from the cached data directory.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  DB_USER,
  TEMPLATE_DB,
  ZABBIX_FRONTEND_DIR,
  assertZabbixInstalled,
  destroyZabbixCluster,
  freePort,
  psql,
  startZabbixCluster,
  type PostgresCluster,
} from "./zabbix-postgres";

export interface ZabbixInstance {
  /** The JSON-RPC endpoint, `http://127.0.0.1:<port>/api_jsonrpc.php`. */
  readonly url: string;
  readonly username: string;
  readonly password: string;
  /** The PostgreSQL database behind the API, for a `zabbix_server` the test starts itself. */
  readonly database: {
    readonly host: "127.0.0.1";
    readonly port: number;
    readonly name: string;
    readonly user: string;
  };
  /** Stops the PHP server (and the database or cluster this call created). */
  stop(): Promise<void>;
}

/** Name of the value the global setup provides to test workers. */
export const SHARED_CLUSTER_KEY = "zabbixPostgres";

declare module "vitest" {
  export interface ProvidedContext {
    zabbixPostgres?: PostgresCluster;
  }
}

async function sharedCluster(): Promise<PostgresCluster | undefined> {
  if (!process.env.VITEST) return undefined;
  try {
    const { inject } = await import("vitest");
    return inject(SHARED_CLUSTER_KEY);
  } catch {
    return undefined;
  }
}

const running = new Set<number>();
process.once("exit", () => {
  for (const pgid of running) killGroup(pgid);
});

function killGroup(pgid: number): void {
  try {
    process.kill(-pgid, "SIGKILL");
  } catch {
    // already gone
  }
}

async function rpc(url: string, method: string, params: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json-rpc" },
    body: JSON.stringify({ jsonrpc: "2.0", method, params, id: 1 }),
    signal: AbortSignal.timeout(5_000),
  });
  const body = (await response.json()) as { result?: unknown; error?: { data?: string } };
  if (body.error) throw new Error(`${method}: ${body.error.data ?? JSON.stringify(body.error)}`);
  return body.result;
}

async function waitForApi(url: string, php: { exitCode: number | null; log(): string }) {
  const deadline = Date.now() + 30_000;
  let last: unknown;
  while (Date.now() < deadline) {
    if (php.exitCode !== null) {
      throw new Error(`php -S exited with ${php.exitCode} before the API answered:\n${php.log()}`);
    }
    try {
      await rpc(url, "apiinfo.version", {});
      // The frontend answers apiinfo.version without the database; a login proves it is usable.
      await rpc(url, "user.login", { username: "Admin", password: "zabbix" });
      return;
    } catch (error) {
      last = error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`Zabbix API at ${url} did not answer within 30 s: ${String(last)}\n${php.log()}`);
}

/**
 * Starts a Zabbix API on a fresh database (Admin/zabbix) and resolves once it answers.
 * Throws, naming `.ci/install-zabbix.sh`, when Zabbix, PHP or PostgreSQL are not installed.
 */
export async function startZabbix(
  options: {
    /**
     * Processes of PHP's built-in server answering requests concurrently.
     *
     * @default 4
     */
    readonly phpWorkers?: number;
  } = {},
): Promise<ZabbixInstance> {
  assertZabbixInstalled();
  const shared = await sharedCluster();
  const cluster = shared ?? (await startZabbixCluster());
  const db = shared ? `zbx_${randomBytes(6).toString("hex")}` : TEMPLATE_DB;
  const cleanups: Array<() => Promise<void>> = [];
  if (shared) {
    await psql(
      cluster,
      "postgres",
      `CREATE DATABASE ${db} OWNER ${DB_USER} TEMPLATE ${TEMPLATE_DB}`,
    );
    cleanups.push(async () => {
      await psql(cluster, "postgres", `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    });
  } else {
    cleanups.push(() => destroyZabbixCluster(cluster));
  }

  try {
    const port = await freePort();
    const child = spawn(
      "php",
      ["-d", "opcache.enable_cli=1", "-S", `127.0.0.1:${port}`, "-t", ZABBIX_FRONTEND_DIR],
      {
        detached: true,
        stdio: ["ignore", "pipe", "pipe"],
        env: {
          ...process.env,
          PHP_CLI_SERVER_WORKERS: String(options.phpWorkers ?? 4),
          ZBX_DB_HOST: "127.0.0.1",
          ZBX_DB_PORT: String(cluster.port),
          ZBX_DB_NAME: db,
          ZBX_DB_USER: DB_USER,
          ZBX_DB_PASSWORD: "",
        },
      },
    );
    let log = "";
    child.once("error", (error) => (log += `\n${error.message}`));
    const pgid = child.pid;
    if (pgid === undefined) throw new Error("could not start php (is php-cli installed?)");
    running.add(pgid);
    const keep = (d: Buffer) => (log = (log + d.toString()).slice(-4000));
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    cleanups.unshift(async () => {
      killGroup(pgid);
      running.delete(pgid);
      await Promise.race([exited, new Promise((r) => setTimeout(r, 2_000))]);
    });

    const url = `http://127.0.0.1:${port}/api_jsonrpc.php`;
    await waitForApi(url, {
      get exitCode() {
        return child.exitCode;
      },
      log: () => log,
    });
    let stopped = false;
    return {
      url,
      username: "Admin",
      password: "zabbix",
      database: { host: "127.0.0.1", port: cluster.port, name: db, user: DB_USER },
      async stop() {
        if (stopped) return;
        stopped = true;
        for (const cleanup of cleanups) await cleanup();
      },
    };
  } catch (error) {
    for (const cleanup of cleanups) await cleanup().catch(() => undefined);
    throw error;
  }
}
