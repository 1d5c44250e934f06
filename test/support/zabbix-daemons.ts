/**
 * Starts the real Zabbix daemons on loopback for e2e tests: `zabbix_server` over a test's own
 * database (the one behind its API, see ./zabbix.ts) and an active `zabbix_proxy` with a SQLite
 * database, each with a generated configuration in a temporary directory and a free port.
 *
 * Binaries: `$ZABBIX_SERVER_BIN`, else /usr/sbin/zabbix_server (Debian's zabbix-server-pgsql);
 * `$ZABBIX_PROXY_BIN`, else `$ZABBIX_PROXY_ROOT/usr/sbin/zabbix_proxy`, where .ci/install-zabbix.sh
 * unpacks Debian's zabbix-proxy-sqlite3 (`ZABBIX_PROXY_ROOT` defaults to /opt/zabbix-proxy-sqlite3;
 * the package conflicts with the server's, so it is not installed as a package);
 * `$ZABBIX_AGENT_BIN`, else /usr/sbin/zabbix_agentd (Debian's zabbix-agent).
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { createServer } from "node:net";
import type { ZabbixClient } from "../../lib/provider/zabbix";
import type { ZabbixInstance } from "./zabbix";

const INSTALL_HINT = "run `sudo .ci/install-zabbix.sh` (Debian 12) to install it";

const proxyRoot = () => process.env.ZABBIX_PROXY_ROOT ?? "/opt/zabbix-proxy-sqlite3";

export const zabbixServerBin = () => process.env.ZABBIX_SERVER_BIN ?? "/usr/sbin/zabbix_server";
export const zabbixProxyBin = () =>
  process.env.ZABBIX_PROXY_BIN ?? join(proxyRoot(), "usr/sbin/zabbix_proxy");
export const zabbixAgentBin = () => process.env.ZABBIX_AGENT_BIN ?? "/usr/sbin/zabbix_agentd";
const proxySchema = () => join(proxyRoot(), "usr/share/zabbix-proxy-sqlite3/schema.sql.gz");

const SERVER: [() => string, string] = [
  zabbixServerBin,
  "zabbix_server (Debian's zabbix-server-pgsql; or set ZABBIX_SERVER_BIN)",
];

/** Throws, naming each missing file (`[file, what it is]`) and how to install it. */
function assertFiles(needed: ReadonlyArray<[() => string, string]>, more: string[] = []): void {
  const missing = needed
    .map(([file, what]) => [file(), what] as const)
    .filter(([file]) => !existsSync(file))
    .map(([file, what]) => `${what}: ${file}`);
  missing.push(...more);
  if (missing.length > 0) {
    throw new Error(`Zabbix daemons missing (${INSTALL_HINT}):\n  ${missing.join("\n  ")}`);
  }
}

/** Throws, naming what is missing and how to install it, unless the server and the proxy can be started. */
export function assertZabbixDaemonsInstalled(): void {
  const noSqlite = spawnSync("sqlite3", ["-version"]).status !== 0;
  assertFiles(
    [
      SERVER,
      [zabbixProxyBin, "zabbix_proxy (Debian's zabbix-proxy-sqlite3; or set ZABBIX_PROXY_BIN)"],
      [proxySchema, "the SQLite schema of zabbix-proxy-sqlite3 (or set ZABBIX_PROXY_ROOT)"],
    ],
    noSqlite ? ["sqlite3 (the sqlite3 CLI)"] : [],
  );
}

/** Throws, naming what is missing and how to install it, unless the server and the agent can be started. */
export function assertZabbixAgentInstalled(): void {
  assertFiles([
    SERVER,
    [zabbixAgentBin, "zabbix_agentd (Debian's zabbix-agent; or set ZABBIX_AGENT_BIN)"],
  ]);
}

/** Disables the packaged "Zabbix server" host, which would have a started server poll 127.0.0.1:10050. */
export async function disablePackagedServerHost(api: ZabbixClient): Promise<void> {
  const own = await api.call<Array<{ hostid: string }>>("host.get", {
    output: ["hostid"],
    filter: { host: ["Zabbix server"] },
  });
  if (own.length > 0) {
    await api.call(
      "host.update",
      own.map((h) => ({ hostid: h.hostid, status: 1 })),
    );
  }
}

/** Zabbix daemons take a `ListenPort` from 1024 to 32767 only, below the ephemeral ports. */
async function freeListenPort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once("error", () => resolve(false));
      probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error("no free port from 20000 to 31999 on 127.0.0.1");
}

/** A daemon started in its own process group, with its configuration directory. */
export interface ZabbixDaemon {
  /** Port it listens on (127.0.0.1). */
  readonly port: number;
  /** Its temporary directory (configuration, log, pid, sockets, SQLite database). */
  readonly dir: string;
  /** The daemon's log so far. */
  log(): string;
  /** Stops the process group and removes the directory. */
  stop(): Promise<void>;
}

function config(values: Record<string, string | number>): string {
  return (
    Object.entries(values)
      .map(([k, v]) => `${k}=${v}`)
      .join("\n") + "\n"
  );
}

/** Settings that keep a daemon small: one process per kind it must have, none it can do without. */
const FEW_PROCESSES = {
  StartPollers: 1,
  StartPollersUnreachable: 1,
  StartPingers: 1,
  StartTrappers: 1,
  StartDiscoverers: 0,
  StartHTTPPollers: 0,
  StartPreprocessors: 1,
  StartHistoryPollers: 1,
  StartODBCPollers: 0,
  StartVMwareCollectors: 0,
  StartIPMIPollers: 0,
  StartJavaPollers: 0,
  StartSNMPTrapper: 0,
  StartDBSyncers: 1,
  CacheSize: "16M",
  LogType: "file",
  DebugLevel: 3,
  Timeout: 3,
  AllowRoot: 1,
};

async function startDaemon(
  bin: string,
  dir: string,
  confText: string,
  port: number,
  what: string,
): Promise<ZabbixDaemon> {
  const confFile = join(dir, `${what}.conf`);
  const logFile = join(dir, `${what}.log`);
  writeFileSync(confFile, confText);
  const child = spawn(bin, ["-f", "-c", confFile], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output = (output + d.toString()).slice(-4000)));
  child.stderr.on("data", (d: Buffer) => (output = (output + d.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const pgid = child.pid;
  if (pgid === undefined) throw new Error(`could not start ${bin}`);
  const log = () => (existsSync(logFile) ? readFileSync(logFile, "utf8") : "") + output;
  let stopped = false;
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pgid, signal);
    } catch {
      // already gone
    }
  };
  process.once("exit", () => kill("SIGKILL"));
  // Fail early when it does not come up (a bad configuration, a database it cannot use).
  await new Promise((r) => setTimeout(r, 1_000));
  if (child.exitCode !== null) {
    const text = log();
    rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `${what} exited with ${child.exitCode} right after start:\n${text.slice(-3000)}`,
    );
  }
  return {
    port,
    dir,
    log,
    async stop() {
      if (stopped) return;
      stopped = true;
      kill("SIGTERM");
      const done = await Promise.race([
        exited.then(() => true),
        new Promise((r) => setTimeout(() => r(false), 10_000)),
      ]);
      if (!done) kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Starts `zabbix_server` on 127.0.0.1 over the database of `zabbix` (whose API it then serves
 * data to). It reloads its configuration cache every second, so objects created through the API
 * reach it quickly.
 */
export async function startZabbixServer(zabbix: ZabbixInstance): Promise<ZabbixDaemon> {
  assertZabbixDaemonsInstalled();
  const dir = mkdtempSync(join(tmpdir(), "zabbix-server-"));
  const port = await freeListenPort();
  const text = config({
    ListenIP: "127.0.0.1",
    ListenPort: port,
    LogFile: join(dir, "server.log"),
    PidFile: join(dir, "server.pid"),
    SocketDir: dir,
    DBHost: zabbix.database.host,
    DBPort: zabbix.database.port,
    DBName: zabbix.database.name,
    DBUser: zabbix.database.user,
    CacheUpdateFrequency: 1,
    ProxyConfigFrequency: 1,
    StartTimers: 1,
    StartEscalators: 1,
    StartAlerters: 1,
    StartLLDProcessors: 1,
    StartReportWriters: 0,
    StartProxyPollers: 1,
    ...FEW_PROCESSES,
  });
  return startDaemon(zabbixServerBin(), dir, text, port, "server");
}

export interface ProxyOptions {
  /** `Hostname`: the proxy's name, as registered in the server. */
  readonly name: string;
  readonly serverPort: number;
  /** Connect to the server with this pre-shared key. */
  readonly psk?: { readonly identity: string; readonly key: string };
}

/** Starts an active `zabbix_proxy` on 127.0.0.1 with a fresh SQLite database. */
export async function startZabbixProxy(
  options: ProxyOptions,
): Promise<ZabbixDaemon & { readonly database: string }> {
  assertZabbixDaemonsInstalled();
  const dir = mkdtempSync(join(tmpdir(), "zabbix-proxy-"));
  const database = join(dir, "proxy.db");
  const schema = spawnSync("sqlite3", [database], {
    input: gunzipSync(readFileSync(proxySchema())),
  });
  if (schema.status !== 0)
    throw new Error(`sqlite3 could not load the proxy schema: ${schema.stderr.toString()}`);
  const port = await freeListenPort();
  const pskFile = join(dir, "proxy.psk");
  if (options.psk) writeFileSync(pskFile, `${options.psk.key}\n`, { mode: 0o600 });
  const text = config({
    ProxyMode: 0,
    Server: `127.0.0.1:${options.serverPort}`,
    Hostname: options.name,
    ListenIP: "127.0.0.1",
    ListenPort: port,
    LogFile: join(dir, "proxy.log"),
    PidFile: join(dir, "proxy.pid"),
    SocketDir: dir,
    DBName: database,
    ConfigFrequency: 1,
    DataSenderFrequency: 1,
    ...(options.psk
      ? { TLSConnect: "psk", TLSPSKIdentity: options.psk.identity, TLSPSKFile: pskFile }
      : {}),
    ...FEW_PROCESSES,
  });
  const daemon = await startDaemon(zabbixProxyBin(), dir, text, port, "proxy");
  return { ...daemon, database };
}

/**
 * Starts a passive `zabbix_agentd` on 127.0.0.1 that answers the server on 127.0.0.1 only
 * (`Server=127.0.0.1`; no active checks).
 */
export async function startZabbixAgent(hostname: string): Promise<ZabbixDaemon> {
  assertZabbixAgentInstalled();
  const dir = mkdtempSync(join(tmpdir(), "zabbix-agent-"));
  const port = await freeListenPort();
  const text = config({
    Server: "127.0.0.1",
    Hostname: hostname,
    ListenIP: "127.0.0.1",
    ListenPort: port,
    StartAgents: 1,
    LogType: "file",
    LogFile: join(dir, "agent.log"),
    PidFile: join(dir, "agent.pid"),
    DebugLevel: 3,
    Timeout: 3,
    AllowRoot: 1,
  });
  return startDaemon(zabbixAgentBin(), dir, text, port, "agent");
}

/** Rows of `sql` in the SQLite database `file`, one string per line. */
export function sqliteRows(file: string, sql: string): string[] {
  const result = spawnSync("sqlite3", [file, sql]);
  if (result.status !== 0) throw new Error(`sqlite3 ${sql}: ${result.stderr.toString()}`);
  return result.stdout
    .toString()
    .split("\n")
    .filter((l) => l.length > 0);
}
