/**
 * go-plugin's side of a Terraform provider process: checks the magic cookie, serves gRPC with
 * AutoMTLS on 127.0.0.1, prints the handshake line as the first bytes on stdout, and serves the
 * GRPCController (Shutdown ends the process) and GRPCStdio (an empty stream) services next to the
 * provider's own RPCs.
 */
import { randomBytes } from "node:crypto";
import { appendFileSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Root, type Type } from "protobufjs/light";
import { createSelfSignedCertificate } from "./certificate";
import { GrpcServer } from "./grpc-server";
import {
  PROTOCOL_JSON,
  PROVIDER_RPCS,
  SHUTDOWN_RPC,
  STREAM_STDIO_RPC,
  type RpcDefinition,
} from "./definitions";
import type { Log } from "../log";
import { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from "./magic-cookie";

export { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE };
const CORE_PROTOCOL_VERSION = 1;
const APP_PROTOCOL_VERSION = 6;
const BEFORE_EXIT_MS = 1000;
/**
 * When set, each provider process appends one JSON line to this file as it shuts down: time to
 * handshake and RPC time since process start, CPU time (used by bench/provider.bench.ts).
 */
export const STATS_FILE_ENV = "CDKTF_MONITORING_PROVIDER_STATS";

/** A unary tfplugin6 handler: a decoded request (snake_case fields) to a plain response. */
export type RpcHandler = (request: Record<string, unknown>) => Promise<Record<string, unknown>>;
export type ProviderHandlers = Readonly<Record<string, RpcHandler>>;

/** Why the process cannot be a plugin; `undefined` when Terraform started it. */
export function pluginEnvironmentProblem(env: NodeJS.ProcessEnv): string | undefined {
  if (env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) {
    return (
      "This is a Terraform plugin (the `monitoring` provider): Terraform starts it, it is not run by hand.\n" +
      "Install it with `npx cdktf-monitoring provider install` (`npx cdktn-monitoring provider install` on CDK Terrain)\n" +
      "and use it from a Terraform configuration."
    );
  }
  const versions = (env.PLUGIN_PROTOCOL_VERSIONS ?? String(APP_PROTOCOL_VERSION)).split(",");
  if (!versions.includes(String(APP_PROTOCOL_VERSION))) {
    return `This provider speaks plugin protocol ${APP_PROTOCOL_VERSION}; this Terraform offers ${versions.join(", ")}. Use Terraform 1.0 or later.`;
  }
  return undefined;
}

let root: Root | undefined;
function lookup(name: string): Type {
  root ??= Root.fromJSON(PROTOCOL_JSON);
  return root.lookupType(name);
}

/** Registers each RPC's handler with its protobuf coding. */
function addRpcs(
  server: GrpcServer,
  rpcs: readonly RpcDefinition[],
  handle: (rpc: RpcDefinition, request: Record<string, unknown>) => Promise<object | undefined>,
): void {
  for (const rpc of rpcs) {
    const requestType = lookup(rpc.requestType);
    const responseType = lookup(rpc.responseType);
    server.add(`/${rpc.service}/${rpc.method}`, async (bytes) => {
      const response = await handle(
        rpc,
        requestType.decode(bytes) as unknown as Record<string, unknown>,
      );
      return response && responseType.encode(response).finish();
    });
  }
}

export interface HandshakeOptions {
  readonly handlers: ProviderHandlers;
  readonly log: Log;
  /**
   * Environment holding `PLUGIN_CLIENT_CERT`.
   *
   * @default process.env
   */
  readonly env?: NodeJS.ProcessEnv;
  /**
   * Writes the handshake line.
   *
   * @default - process.stdout.write
   */
  readonly writeHandshake?: (line: string) => void;
  /**
   * Runs after Shutdown, before the process ends, for at most a second (e.g. ends the backend
   * session).
   *
   * @default - nothing runs
   */
  readonly beforeExit?: () => Promise<void>;
  /**
   * Ends the process after Shutdown.
   *
   * @default - process.exit(0)
   */
  readonly exit?: () => void;
}

/** Longest socket path that fits `sockaddr_un` on Linux (108) and macOS (104) with room to spare. */
const MAX_SOCKET_PATH = 100;

/**
 * Where to listen: a Unix socket, as go-plugin's own servers do (in `PLUGIN_UNIX_SOCKET_DIR` when
 * Terraform sets it, else the temporary directory), removed when the process exits; `undefined`
 * (TCP on 127.0.0.1) on Windows or when the path would be too long for a socket.
 */
function unixSocketPath(env: NodeJS.ProcessEnv): string | undefined {
  if (process.platform === "win32") return undefined;
  const name = `tf-monitoring-${process.pid}-${randomBytes(4).toString("hex")}.sock`;
  const path = join(env.PLUGIN_UNIX_SOCKET_DIR || tmpdir(), name);
  return Buffer.byteLength(path) <= MAX_SOCKET_PATH ? path : undefined;
}

/**
 * Serves the provider and prints the handshake line; resolves with the bound TCP port, or 0 when
 * it listens on a Unix socket.
 */
export async function serveProvider(options: HandshakeOptions): Promise<number> {
  const env = options.env ?? process.env;
  const log = options.log;
  const stats = { handshakeMs: 0, rpcs: 0, rpcMs: 0 };
  const statsFile = env[STATS_FILE_ENV];
  const finish = options.exit ?? (() => process.exit(0));
  let exiting = false;
  const exit = () => {
    if (exiting) return;
    exiting = true;
    if (statsFile) {
      const cpu = process.cpuUsage();
      const line = {
        ...stats,
        wallMs: performance.now(),
        cpuMs: (cpu.user + cpu.system) / 1000,
        maxRssKb: process.resourceUsage().maxRSS,
      };
      appendFileSync(statsFile, `${JSON.stringify(line)}\n`);
    }
    if (!options.beforeExit) return finish();
    const bound = new Promise<void>((resolve) => setTimeout(resolve, BEFORE_EXIT_MS).unref());
    void Promise.race([options.beforeExit().catch(() => undefined), bound]).then(finish);
  };
  const clientCert = env.PLUGIN_CLIENT_CERT;
  const certificate = clientCert ? createSelfSignedCertificate() : undefined;
  const server = new GrpcServer(
    certificate && clientCert
      ? { keyPem: certificate.keyPem, certPem: certificate.certPem, clientCertPem: clientCert }
      : undefined,
    (path, error) => {
      log.error("rpc failed", { rpc: path, error: String(error) });
      return String(error);
    },
  );
  addRpcs(
    server,
    PROVIDER_RPCS.filter((rpc) => options.handlers[rpc.method]),
    async (rpc, request) => {
      const started = performance.now();
      const response = await options.handlers[rpc.method]!(request);
      const ms = performance.now() - started;
      stats.rpcs++;
      stats.rpcMs += ms;
      log.trace("rpc", { rpc: rpc.method, ms: Math.round(ms) });
      return response;
    },
  );
  addRpcs(server, [SHUTDOWN_RPC], async () => {
    log.debug("shutdown requested");
    setImmediate(() => void server.close().then(exit));
    setTimeout(exit, 200).unref();
    return {};
  });
  // go-plugin streams the plugin's stdout and stderr through this; the provider logs to stderr
  // directly, so the stream ends at once.
  addRpcs(server, [STREAM_STDIO_RPC], async () => undefined);

  // A directory where no socket can be made (read-only, missing) falls back to TCP.
  const wanted = unixSocketPath(env);
  let socket: string | undefined;
  let port = 0;
  if (wanted) {
    await server.listen({ socketPath: wanted }).then(
      () => (socket = wanted),
      (error: unknown) =>
        log.debug("no unix socket, listening on tcp", { socket: wanted, error: String(error) }),
    );
  }
  if (!socket) port = await server.listen({ port: 0 });
  if (socket) {
    const path = socket;
    process.once("exit", () => {
      try {
        unlinkSync(path);
      } catch {
        // Already gone.
      }
    });
  }
  const fields = [
    CORE_PROTOCOL_VERSION,
    APP_PROTOCOL_VERSION,
    socket ? "unix" : "tcp",
    socket ?? `127.0.0.1:${port}`,
    "grpc",
    // Go's RawStdEncoding: standard alphabet, no padding.
    certificate ? certificate.certDer.toString("base64").replace(/=+$/, "") : "",
  ];
  (options.writeHandshake ?? ((line) => process.stdout.write(line)))(`${fields.join("|")}\n`);
  stats.handshakeMs = performance.now();
  log.debug("serving", { address: fields[3], tls: Boolean(certificate) });
  return port;
}
