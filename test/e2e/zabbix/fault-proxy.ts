/**
 * An HTTP server on 127.0.0.1 in front of a Zabbix API that fails on purpose: it answers 503 or
 * 502, drops the connection, forwards the request and then drops the answer (a lost response), or
 * forwards it and drops the connection at once while Zabbix still works on it ("abandon": a client
 * timeout during a slow call), as many times as told, then forwards faithfully. It can also fail
 * every request matching a predicate, answer each distinct request with a burst of failures before
 * forwarding it, and delay every answer. It records each request's JSON-RPC method.
 */
import * as http from "node:http";
import * as https from "node:https";
import type { AddressInfo } from "node:net";

export type Fault = "503" | "502" | "reset" | "lose-response" | "abandon";

/** A request as the proxy sees it. */
export interface ProxiedRequest {
  readonly method: string;
  /** The raw JSON-RPC body. */
  readonly body: string;
}

export interface FaultProxy {
  readonly url: string;
  /** JSON-RPC methods of all requests received, in order. */
  readonly methods: string[];
  /** Distinct `auth` values (sessions, tokens) seen in requests. */
  readonly auths: Set<string>;
  /** Fails the next `count` requests whose method matches (all methods by default). */
  failNext(fault: Fault, count: number, method?: string): void;
  /** Fails every request `matches` accepts, until called again (`undefined` stops it). */
  failWhere(fault: Fault, matches?: (request: ProxiedRequest) => boolean): void;
  /**
   * Fails each distinct request (same method and params; the id and session aside) its first
   * `count` times, then forwards it: every call meets a burst of `count` failures. 0 stops it.
   */
  failEachRequest(fault: Fault, count: number): void;
  /** Delays every answer by a uniformly random time in [minMs, maxMs]; 0, 0 stops it. */
  delay(minMs: number, maxMs: number): void;
  /** Requests failed on purpose so far. */
  readonly failed: number;
  close(): Promise<void>;
}

/** Starts the proxy; with `tls` (PEM certificate and key) it serves HTTPS. */
export async function startFaultProxy(
  target: string,
  tls?: { readonly cert: string; readonly key: string },
): Promise<FaultProxy> {
  const methods: string[] = [];
  const auths = new Set<string>();
  let plan: { fault: Fault; count: number; method?: string } | undefined;
  let rule: { fault: Fault; matches: (request: ProxiedRequest) => boolean } | undefined;
  let burst: { fault: Fault; count: number; seen: Map<string, number> } | undefined;
  let latency = { min: 0, max: 0 };
  let failed = 0;
  const chooseFault = (body: string): Fault | undefined => {
    const parsed = JSON.parse(body) as { method: string; params?: unknown; auth?: string };
    const { method, auth } = parsed;
    methods.push(method);
    if (auth) auths.add(auth);
    if (plan && plan.count > 0 && (!plan.method || plan.method === method)) {
      plan.count--;
      return plan.fault;
    }
    if (rule?.matches({ method, body })) return rule.fault;
    if (burst) {
      const key = JSON.stringify([method, parsed.params]);
      const seen = burst.seen.get(key) ?? 0;
      if (seen < burst.count) {
        burst.seen.set(key, seen + 1);
        return burst.fault;
      }
    }
    return undefined;
  };
  const handler: http.RequestListener = (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => void answer(req, res, Buffer.concat(chunks).toString()));
  };
  const slowly = () => {
    const wait = latency.min + Math.random() * (latency.max - latency.min);
    return new Promise((resolve) => setTimeout(resolve, wait));
  };
  const answer = async (req: http.IncomingMessage, res: http.ServerResponse, body: string) => {
    const fault = chooseFault(body);
    if (fault) failed++;
    if (fault === "503" || fault === "502") {
      await slowly();
      const text = fault === "503" ? "Service Unavailable" : "Bad Gateway";
      res.writeHead(Number(fault), { "content-type": "text/plain" }).end(text);
      return;
    }
    if (fault === "reset") {
      req.socket.destroy();
      return;
    }
    if (fault === "abandon") setImmediate(() => req.socket.destroy());
    try {
      const upstream = await fetch(target, {
        method: "POST",
        headers: { "content-type": req.headers["content-type"] ?? "application/json-rpc" },
        body,
      });
      const text = await upstream.text();
      // A slow answer: Zabbix has done the work, the client hears of it late.
      await slowly();
      if (fault === "lose-response" || fault === "abandon") req.socket.destroy();
      else res.writeHead(upstream.status, { "content-type": "application/json" }).end(text);
    } catch {
      req.socket.destroy();
    }
  };
  const server = tls ? https.createServer(tls, handler) : http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${tls ? "https" : "http"}://127.0.0.1:${port}/api_jsonrpc.php`,
    methods,
    auths,
    failNext(fault, count, method) {
      plan = { fault, count, method };
    },
    failWhere(fault, matches) {
      rule = matches && { fault, matches };
    },
    failEachRequest(fault, count) {
      burst = count > 0 ? { fault, count, seen: new Map() } : undefined;
    },
    delay(minMs, maxMs) {
      latency = { min: minMs, max: maxMs };
    },
    get failed() {
      return failed;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
