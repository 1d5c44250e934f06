/**
 * An HTTP server on 127.0.0.1 in front of a Zabbix API that fails on purpose: it answers 503,
 * drops the connection, forwards the request and then drops the answer (a lost response), or
 * forwards it and drops the connection at once while Zabbix still works on it ("abandon": a client
 * timeout during a slow call), as many times as told, then forwards faithfully. It records each request's JSON-RPC method.
 */
import * as http from "node:http";
import * as https from "node:https";
import type { AddressInfo } from "node:net";

export type Fault = "503" | "reset" | "lose-response" | "abandon";

export interface FaultProxy {
  readonly url: string;
  /** JSON-RPC methods of all requests received, in order. */
  readonly methods: string[];
  /** Distinct `auth` values (sessions, tokens) seen in requests. */
  readonly auths: Set<string>;
  /** Fails the next `count` requests whose method matches (all methods by default). */
  failNext(fault: Fault, count: number, method?: string): void;
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
  const handler: http.RequestListener = (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString();
      const { method, auth } = JSON.parse(body) as { method: string; auth?: string };
      methods.push(method);
      if (auth) auths.add(auth);
      let fault: Fault | undefined;
      if (plan && plan.count > 0 && (!plan.method || plan.method === method)) {
        plan.count--;
        fault = plan.fault;
      }
      if (fault === "503") {
        res.writeHead(503, { "content-type": "text/plain" }).end("Service Unavailable");
        return;
      }
      if (fault === "reset") {
        req.socket.destroy();
        return;
      }
      if (fault === "abandon") setImmediate(() => req.socket.destroy());
      void fetch(target, {
        method: "POST",
        headers: { "content-type": req.headers["content-type"] ?? "application/json-rpc" },
        body,
      })
        .then(async (upstream) => {
          const text = await upstream.text();
          if (fault === "lose-response" || fault === "abandon") req.socket.destroy();
          else res.writeHead(upstream.status, { "content-type": "application/json" }).end(text);
        })
        .catch(() => req.socket.destroy());
    });
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
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
