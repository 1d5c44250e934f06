/**
 * A gRPC server for unary methods, directly on node:http2: what a Terraform provider needs, and
 * nothing it does not. Terraform makes about a thousand calls per plan of 200 resources to a
 * process that lives for that plan; grpc-js spent about a fifth of each call's CPU in its
 * interceptor, metadata and stream layers, which a provider uses none of.
 *
 * Wire format (gRPC over HTTP/2): the request body is one length-prefixed message (a flag byte,
 * 0 for uncompressed, and a 4-byte big-endian length); the answer is response headers, one
 * length-prefixed message and trailers carrying `grpc-status`, or, for an error, a single
 * "trailers-only" header block.
 */
import {
  constants,
  createSecureServer,
  createServer,
  type Http2Server,
  type Http2Session,
  type SecureServerOptions,
  type ServerHttp2Stream,
} from "node:http2";

/** gRPC status codes the server sends. */
export const GrpcStatus = {
  OK: 0,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
} as const;

/**
 * Answers one call: the request message's bytes to the response message's bytes. `undefined`
 * answers OK with no message, which is also how a server-streaming method with nothing to stream
 * ends at once.
 */
export type UnaryMethod = (request: Buffer) => Promise<Uint8Array | undefined>;

/** Mutual TLS: the server's key pair and the one client certificate it accepts. */
export interface GrpcServerTls {
  readonly keyPem: string;
  readonly certPem: string;
  readonly clientCertPem: string;
}

/** Where to listen: a Unix socket path, or a TCP port on 127.0.0.1 (0 picks a free one). */
export type ListenAddress = { readonly socketPath: string } | { readonly port: number };

const PREFIX_BYTES = 5;
const GRPC_CONTENT_TYPE = "application/grpc";

/**
 * `grpc-message` is percent-encoded: bytes outside printable ASCII, and `%` itself (gRPC over
 * HTTP/2, "Responses").
 */
function percentEncode(message: string): string {
  let out = "";
  for (const byte of Buffer.from(message, "utf8")) {
    out +=
      byte >= 0x20 && byte <= 0x7e && byte !== 0x25
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

/**
 * The message inside a request body, or why there is none. Bodies are not size-limited: the only
 * client is the Terraform that started the process, over its own authenticated connection.
 */
function unframe(body: Buffer): Buffer | string {
  if (body.length < PREFIX_BYTES) return "the request has no length-prefixed message";
  if (body[0] !== 0) return "compressed messages are not supported";
  const length = body.readUInt32BE(1);
  if (body.length !== PREFIX_BYTES + length) return "the request is not exactly one message";
  return body.subarray(PREFIX_BYTES);
}

function frame(message: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(PREFIX_BYTES + message.length);
  out[0] = 0;
  out.writeUInt32BE(message.length, 1);
  out.set(message, PREFIX_BYTES);
  return out;
}

function sendStatus(stream: ServerHttp2Stream, code: number, message: string): void {
  if (stream.destroyed || stream.headersSent) return;
  stream.respond(
    {
      [constants.HTTP2_HEADER_STATUS]: 200,
      [constants.HTTP2_HEADER_CONTENT_TYPE]: GRPC_CONTENT_TYPE,
      "grpc-status": String(code),
      "grpc-message": percentEncode(message),
    },
    { endStream: true },
  );
}

function sendMessage(stream: ServerHttp2Stream, message: Uint8Array | undefined): void {
  if (message === undefined) return sendStatus(stream, GrpcStatus.OK, "");
  if (stream.destroyed || stream.headersSent) return;
  stream.respond(
    {
      [constants.HTTP2_HEADER_STATUS]: 200,
      [constants.HTTP2_HEADER_CONTENT_TYPE]: GRPC_CONTENT_TYPE,
    },
    { waitForTrailers: true },
  );
  stream.once("wantTrailers", () => {
    try {
      stream.sendTrailers({ "grpc-status": "0" });
    } catch {
      // The stream closed meanwhile (Terraform cancelled the call).
    }
  });
  stream.end(frame(message));
}

/** Ends a stream that could not be answered, without taking the process down. */
function abandon(stream: ServerHttp2Stream): void {
  if (!stream.destroyed) stream.close(constants.NGHTTP2_INTERNAL_ERROR);
}

/** Serves unary gRPC methods registered by path (`/package.Service/Method`). */
export class GrpcServer {
  private readonly methods = new Map<string, UnaryMethod>();
  private readonly sessions = new Set<Http2Session>();
  private readonly server: Http2Server;

  /** Without `tls`, serves HTTP/2 in clear text (go-plugin without AutoMTLS). */
  constructor(
    tls: GrpcServerTls | undefined,
    private readonly onError: (path: string, error: unknown) => string,
  ) {
    // Memory per session is bounded by Terraform's own -parallelism, not by this server.
    const sessionOptions = { maxSessionMemory: Number.MAX_SAFE_INTEGER };
    const secure: SecureServerOptions | undefined = tls && {
      ...sessionOptions,
      key: tls.keyPem,
      cert: tls.certPem,
      ca: tls.clientCertPem,
      requestCert: true,
      rejectUnauthorized: true,
      minVersion: "TLSv1.2",
    };
    this.server = secure ? createSecureServer(secure) : createServer(sessionOptions);
    this.server.on("session", (session: Http2Session) => {
      this.sessions.add(session);
      session.once("close", () => this.sessions.delete(session));
    });
    this.server.on("stream", (stream: ServerHttp2Stream, headers) =>
      this.serve(stream, String(headers[constants.HTTP2_HEADER_PATH])),
    );
  }

  /** Registers a method; a call to a path not registered is answered UNIMPLEMENTED. */
  add(path: string, method: UnaryMethod): void {
    this.methods.set(path, method);
  }

  /** Starts listening; resolves with the bound TCP port, or 0 on a Unix socket. */
  listen(address: ListenAddress): Promise<number> {
    return new Promise((resolve, reject) => {
      const fail = (error: Error) => reject(error);
      this.server.once("error", fail);
      const listening = () => {
        this.server.off("error", fail);
        const bound = this.server.address();
        resolve(typeof bound === "object" && bound ? bound.port : 0);
      };
      if ("socketPath" in address) this.server.listen(address.socketPath, listening);
      else this.server.listen(address.port, "127.0.0.1", listening);
    });
  }

  /** Stops accepting connections and lets calls in flight finish; resolves when all are closed. */
  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      for (const session of this.sessions) session.close();
    });
  }

  private serve(stream: ServerHttp2Stream, path: string): void {
    // A call Terraform cancels resets its stream; nothing is left to answer.
    stream.on("error", () => undefined);
    const method = this.methods.get(path);
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.once("end", () => {
      if (!method) return sendStatus(stream, GrpcStatus.UNIMPLEMENTED, `unknown method ${path}`);
      const request = unframe(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
      if (typeof request === "string") return sendStatus(stream, GrpcStatus.INTERNAL, request);
      method(request)
        .then(
          (response) => sendMessage(stream, response),
          (error: unknown) => sendStatus(stream, GrpcStatus.INTERNAL, this.onError(path, error)),
        )
        // Answering can only fail on a stream that went away; the process must live on.
        .catch(() => abandon(stream));
    });
  }
}
