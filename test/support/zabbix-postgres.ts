/**
 * PostgreSQL clusters for the Zabbix e2e tests: a data directory with the Zabbix schema loaded
 * once (cached in the OS temp dir, keyed by the packaged schema files), copied for each cluster.
 */
import { execFile, spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream, existsSync } from "node:fs";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { createGunzip } from "node:zlib";

const execFileAsync = promisify(execFile);

const PG_BIN = process.env.CDKTF_MONITORING_PG_BIN ?? "/usr/lib/postgresql/15/bin";
const SCHEMA_DIR =
  process.env.CDKTF_MONITORING_ZABBIX_SCHEMA_DIR ?? "/usr/share/zabbix-server-pgsql";
const SCHEMA_FILES = ["schema.sql.gz", "images.sql.gz", "data.sql.gz"];
export const ZABBIX_FRONTEND_DIR =
  process.env.CDKTF_MONITORING_ZABBIX_FRONTEND ?? "/usr/share/zabbix";
/** The database holding the loaded schema; others are created from it as a template. */
export const TEMPLATE_DB = "zabbix";
export const DB_USER = "zabbix";

/** A running PostgreSQL cluster, described by plain data so it can be passed between processes. */
export interface PostgresCluster {
  readonly dataDir: string;
  readonly port: number;
  readonly socketDir: string;
}

const INSTALL_HINT = "run `sudo .ci/install-zabbix.sh` (Debian 12) to install them";

/** Throws a clear error when Zabbix, PHP or PostgreSQL are not installed. */
export function assertZabbixInstalled(): void {
  const needed = [
    path.join(PG_BIN, "initdb"),
    path.join(PG_BIN, "pg_ctl"),
    path.join(ZABBIX_FRONTEND_DIR, "api_jsonrpc.php"),
    "/etc/zabbix/zabbix.conf.php",
    ...SCHEMA_FILES.map((f) => path.join(SCHEMA_DIR, f)),
  ];
  const missing = needed.filter((p) => !existsSync(p));
  const onPath = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  if (!onPath.some((dir) => existsSync(path.join(dir, "php")))) missing.push("php (php-cli)");
  if (missing.length > 0) {
    throw new Error(
      `The Zabbix e2e tests need Zabbix 6.0 and PostgreSQL 15, but ${missing.join(", ")} ` +
        `${missing.length === 1 ? "is" : "are"} missing: ${INSTALL_HINT}.`,
    );
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === "object") resolve(address.port);
        else reject(new Error("could not pick a free port"));
      });
    });
  });
}

function asPostgres(command: string, args: readonly string[]): [string, string[]] {
  const bin = path.join(PG_BIN, command);
  return process.getuid?.() === 0
    ? ["runuser", ["-u", "postgres", "--", bin, ...args]]
    : [bin, [...args]];
}

async function runPg(command: string, args: readonly string[]): Promise<string> {
  const [file, argv] = asPostgres(command, args);
  try {
    const { stdout } = await execFileAsync(file, argv, { maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    throw new Error(`${command} ${args.join(" ")} failed: ${e.stderr || e.message}`);
  }
}

function giveToPostgres(dir: string): Promise<unknown> {
  return process.getuid?.() === 0
    ? execFileAsync("chown", ["-R", "postgres:postgres", dir])
    : Promise.resolve();
}

/** Runs SQL through psql against one database of the cluster. */
export async function psql(cluster: PostgresCluster, db: string, sql: string): Promise<string> {
  return runPg("psql", [
    "-h",
    cluster.socketDir,
    "-p",
    String(cluster.port),
    "-U",
    "postgres",
    "-d",
    db,
    "-v",
    "ON_ERROR_STOP=1",
    "-qAt",
    "-c",
    sql,
  ]);
}

/** Clusters this process started and has not stopped: data directory to socket directory. */
const running = new Map<string, string>();
process.once("exit", () => {
  // A test run that dies leaves no server and no 150 MB copy behind.
  for (const [dataDir, socketDir] of running) {
    const [file, argv] = asPostgres("pg_ctl", ["-D", dataDir, "-m", "immediate", "stop"]);
    spawnSync(file, argv, { stdio: "ignore" });
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(socketDir, { recursive: true, force: true });
  }
});

// Signals end a process without "exit" handlers; where nothing else handles them, exit properly.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  if (process.listenerCount(signal) === 0) {
    process.once(signal, () => process.exit(128 + os.constants.signals[signal]));
  }
}

/** Starts PostgreSQL on a free loopback port over an existing data directory. */
export async function startCluster(dataDir: string): Promise<PostgresCluster> {
  // Socket paths are limited to 107 bytes: a short directory of its own.
  const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), "zpg-"));
  await giveToPostgres(socketDir);
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const options = `-p ${port} -k ${socketDir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
    try {
      await runPg("pg_ctl", [
        "-D",
        dataDir,
        "-o",
        options,
        "-w",
        "-t",
        "60",
        "-l",
        path.join(dataDir, "server.log"),
        "start",
      ]);
      running.set(dataDir, socketDir);
      return { dataDir, port, socketDir };
    } catch (error) {
      if (attempt >= 3) {
        fs.rmSync(socketDir, { recursive: true, force: true });
        const log = fs.readFileSync(path.join(dataDir, "server.log"), "utf8").slice(-2000);
        throw new Error(`${(error as Error).message}\n${log}`);
      }
    }
  }
}

export async function stopCluster(cluster: PostgresCluster): Promise<void> {
  await runPg("pg_ctl", ["-D", cluster.dataDir, "-m", "fast", "-w", "stop"]);
  running.delete(cluster.dataDir);
  fs.rmSync(cluster.socketDir, { recursive: true, force: true });
}

function templateCacheDir(): string {
  const hash = createHash("sha256").update("layout 2;");
  for (const f of SCHEMA_FILES) {
    const st = fs.statSync(path.join(SCHEMA_DIR, f));
    hash.update(`${f}:${st.size}:${st.mtimeMs};`);
  }
  return path.join(
    os.tmpdir(),
    `cdktf-monitoring-zabbix-pgdata-${hash.digest("hex").slice(0, 12)}`,
  );
}

async function loadSchema(cluster: PostgresCluster): Promise<void> {
  await psql(cluster, "postgres", `CREATE ROLE ${DB_USER} LOGIN`);
  await psql(
    cluster,
    "postgres",
    `CREATE DATABASE ${TEMPLATE_DB} OWNER ${DB_USER} ENCODING 'UTF8' TEMPLATE template0`,
  );
  const [file, argv] = asPostgres("psql", [
    "-h",
    cluster.socketDir,
    "-p",
    String(cluster.port),
    "-U",
    DB_USER,
    "-d",
    TEMPLATE_DB,
    "-1",
    "-q",
    "-v",
    "ON_ERROR_STOP=1",
  ]);
  const child = spawn(file, argv, { stdio: ["pipe", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
  for (const f of SCHEMA_FILES) {
    await new Promise<void>((resolve, reject) => {
      const gunzip = createReadStream(path.join(SCHEMA_DIR, f)).pipe(createGunzip());
      gunzip.on("error", reject);
      gunzip.on("end", resolve);
      gunzip.pipe(child.stdin, { end: false });
    });
  }
  child.stdin.end();
  const code = await exited;
  if (code !== 0)
    throw new Error(`loading the Zabbix schema failed (psql exit ${code}): ${stderr}`);
}

/**
 * Returns a PostgreSQL data directory (stopped) whose database `zabbix` holds the loaded
 * Zabbix schema and data. Built once per machine and schema version (≈15 s), then reused.
 */
export async function zabbixTemplateDataDir(): Promise<string> {
  assertZabbixInstalled();
  const cached = templateCacheDir();
  if (existsSync(path.join(cached, "ZABBIX_LOADED"))) return cached;
  const build = fs.mkdtempSync(`${cached}.building-`);
  await giveToPostgres(build);
  await runPg("initdb", [
    "-D",
    build,
    "-U",
    "postgres",
    "--auth=trust",
    "-E",
    "UTF8",
    "--locale=C.UTF-8",
    "--no-sync",
  ]);
  const cluster = await startCluster(build);
  try {
    await loadSchema(cluster);
    // Without planner statistics, linking a template to a host takes minutes instead of a second.
    await psql(cluster, TEMPLATE_DB, "VACUUM (FREEZE, ANALYZE)");
  } finally {
    await stopCluster(cluster);
  }
  fs.rmSync(path.join(build, "postmaster.opts"), { force: true });
  fs.writeFileSync(path.join(build, "ZABBIX_LOADED"), new Date().toISOString());
  try {
    fs.renameSync(build, cached);
  } catch {
    // Another process finished first; its copy is as good as ours.
    fs.rmSync(build, { recursive: true, force: true });
  }
  return cached;
}

/** Starts a new cluster over a private copy of the template data directory. */
export async function startZabbixCluster(): Promise<PostgresCluster> {
  const template = await zabbixTemplateDataDir();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "cdktf-monitoring-zabbix-pg-"));
  await execFileAsync("cp", ["-a", `${template}/.`, dataDir]);
  fs.chmodSync(dataDir, 0o700);
  await giveToPostgres(dataDir);
  return startCluster(dataDir);
}

/** Stops a cluster from {@link startZabbixCluster} and removes its data. */
export async function destroyZabbixCluster(cluster: PostgresCluster): Promise<void> {
  try {
    await stopCluster(cluster);
  } finally {
    fs.rmSync(cluster.dataDir, { recursive: true, force: true });
  }
}
