/**
 * A Zabbix JSON-RPC client: one keep-alive connection pool, login by user or API token, errors
 * from the response body, and retries with backoff for transient failures only.
 */
import { Agent, request } from "undici";
import { BackendError } from "../backend-driver";
import { toBackendError, type ZabbixRpcError } from "./errors";
import { DEFAULT_RETRY, withRetry, type RetryOptions } from "./retry";
import { backendTlsOptions } from "./tls-trust";

export interface ZabbixClientOptions {
  /** The API endpoint, e.g. `https://zabbix.example.com/api_jsonrpc.php`. */
  readonly url: string;
  /**
   * An API token (Zabbix 5.4+); used instead of `username`/`password`.
   *
   * @default - log in with `username` and `password`
   */
  readonly apiToken?: string;
  /**
   * User for `user.login`.
   *
   * @default - none; `apiToken` is required then
   */
  readonly username?: string;
  /**
   * Password for `user.login`.
   *
   * @default - none; `apiToken` is required then
   */
  readonly password?: string;
  /**
   * Accept any TLS certificate from the server.
   *
   * @default false
   */
  readonly insecureSkipTlsVerify?: boolean;
  /**
   * Time allowed for one HTTP exchange, in milliseconds.
   *
   * @default 30000
   */
  readonly timeoutMs?: number;
  /**
   * Retries of transient failures.
   *
   * @default - {@link DEFAULT_RETRY}: 5 attempts, delays up to 0.2 s, 0.4 s, 0.8 s, 1.6 s, jittered
   */
  readonly retry?: RetryOptions;
  /**
   * Receives one line per retried failure (never containing credentials).
   *
   * @default - silent
   */
  readonly log?: (line: string) => void;
  /**
   * Receives one line per API call answered: its method, how many objects, how long it took.
   *
   * @default - none
   */
  readonly trace?: (line: string) => void;
}

/** Per-call options. */
export interface CallOptions {
  /**
   * Called before each retry; lets a caller know that an earlier attempt may have taken effect.
   *
   * @default - nothing is called
   */
  readonly onRetry?: () => void;
  /**
   * Runs before each re-send (after the backoff delay); a non-undefined result ends the call with
   * that result instead of sending again. Lets a create first look for what an earlier attempt,
   * perhaps still running in the server when it timed out, has made.
   *
   * @default - the call is sent again
   */
  readonly beforeRetry?: () => Promise<unknown>;
  /**
   * Attempts in all for this call, overriding the client's retry setting.
   *
   * @default - the client's `retry.attempts`
   */
  readonly attempts?: number;
}

const TRANSIENT_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "ABORT_ERR",
]);

/** Methods that must be called without a session. */
const ANONYMOUS = new Set(["apiinfo.version", "user.login"]);

/** The URL without user info, query or fragment: safe to show. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return "(invalid url)";
  }
}

function errorCode(error: unknown): string | undefined {
  let e: unknown = error;
  for (let depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

export class ZabbixClient {
  private readonly dispatcher: Agent;
  private readonly retry: Required<RetryOptions>;
  private readonly endpoint: string;
  private session: Promise<string> | undefined;
  private nextId = 1;
  private serverVersion = "0.0.0";

  constructor(private readonly options: ZabbixClientOptions) {
    let parsed: URL;
    try {
      parsed = new URL(options.url);
    } catch {
      throw new BackendError("invalid", "Zabbix url is not a valid URL", { field: "url" });
    }
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
      throw new BackendError(
        "invalid",
        `Zabbix url must use http or https, got ${parsed.protocol}`,
        {
          field: "url",
        },
      );
    }
    this.endpoint = parsed.toString();
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.dispatcher = new Agent({
      connect: backendTlsOptions(parsed, options.insecureSkipTlsVerify),
      keepAliveTimeout: 10_000,
      connections: 32,
    });
    if (!options.apiToken && !(options.username && options.password)) {
      throw new BackendError(
        "auth",
        "Zabbix credentials missing: set api_token, or username and password",
        {
          field: "api_token",
        },
      );
    }
  }

  /** Version reported by the server, e.g. `6.0.14`; known after {@link connect}. */
  get version(): string {
    return this.serverVersion;
  }

  /** The API endpoint, safe to show. */
  get url(): string {
    return displayUrl(this.endpoint);
  }

  /** Checks the server's version and the credentials. */
  async connect(): Promise<void> {
    // Logging in needs no version: both round trips go out at once.
    const login = this.options.apiToken ? undefined : this.auth();
    login?.catch(() => undefined);
    this.serverVersion = String(await this.call("apiinfo.version", {}));
    if (compareVersions(this.version, "6.0") < 0) {
      throw new BackendError(
        "invalid",
        `Zabbix ${this.version} is not supported; 6.0 or later is required`,
        {
          field: "url",
        },
      );
    }
    const loggedIn = await login?.then(
      () => true,
      (error: unknown) => {
        if (error instanceof BackendError && error.kind === "transient") return false;
        throw error;
      },
    );
    // A token is only checked by using it; a login that failed in passing is retried by the call.
    if (!loggedIn) await this.call("hostgroup.get", { output: ["groupid"], limit: 1 });
  }

  /** True when the server's version is at least `version` (e.g. `6.2`). */
  atLeast(version: string): boolean {
    return compareVersions(this.version, version) >= 0;
  }

  /** Calls `method`, logging in first when needed; retries transient failures. */
  async call<T = unknown>(method: string, params: unknown, options: CallOptions = {}): Promise<T> {
    return withRetry(
      async (attempt) => {
        if (attempt > 1 && options.beforeRetry) {
          const settled = await options.beforeRetry();
          if (settled !== undefined) return settled as T;
        }
        const auth = ANONYMOUS.has(method) ? undefined : await this.auth();
        try {
          return (await this.send(method, params, auth)) as T;
        } catch (error) {
          if (
            error instanceof BackendError &&
            error.kind === "auth" &&
            auth !== undefined &&
            !this.options.apiToken
          ) {
            // The session expired: log in again, once.
            this.session = undefined;
            return (await this.send(method, params, await this.auth())) as T;
          }
          throw error;
        }
      },
      (error) => error instanceof BackendError && error.kind === "transient",
      options.attempts ? { ...this.retry, attempts: options.attempts } : this.retry,
      (error, attempt, delay) => {
        options.onRetry?.();
        this.options.log?.(
          `zabbix: ${method} failed (attempt ${attempt}/${this.retry.attempts}): ${(error as Error).message}; retrying in ${delay} ms`,
        );
      },
    );
  }

  /** Releases the connection pool. */
  /** Ends the session it logged in with (an API token stays valid) and closes its connections. */
  async close(): Promise<void> {
    const session = this.options.apiToken ? undefined : this.session;
    this.session = undefined;
    if (session) {
      try {
        await this.send("user.logout", [], await session);
      } catch {
        // A session that cannot be ended now expires in Zabbix on its own.
      }
    }
    await this.dispatcher.close();
  }

  private auth(): Promise<string> {
    if (this.options.apiToken) return Promise.resolve(this.options.apiToken);
    if (!this.session) {
      // No retry of its own: the call that needs the session retries as a whole.
      const session = this.send(
        "user.login",
        {
          username: this.options.username,
          password: this.options.password,
        },
        undefined,
      ) as Promise<string>;
      this.session = session;
      session.catch(() => {
        if (this.session === session) this.session = undefined;
      });
    }
    return this.session;
  }

  private async send(method: string, params: unknown, auth: string | undefined): Promise<unknown> {
    const bearer = auth !== undefined && this.atLeast("6.4");
    const body = JSON.stringify({
      jsonrpc: "2.0",
      method,
      params,
      id: this.nextId++,
      ...(auth !== undefined && !bearer ? { auth } : {}),
    });
    const where = `Zabbix ${method} at ${this.url}`;
    let status: number;
    let text: string;
    const started = performance.now();
    try {
      const response = await request(this.endpoint, {
        method: "POST",
        dispatcher: this.dispatcher,
        headers: {
          "content-type": "application/json-rpc",
          ...(bearer ? { authorization: `Bearer ${auth}` } : {}),
        },
        body,
        headersTimeout: this.options.timeoutMs ?? 30_000,
        bodyTimeout: this.options.timeoutMs ?? 30_000,
      });
      status = response.statusCode;
      text = await response.body.text();
      this.options.trace?.(
        `Zabbix ${method} (${Array.isArray(params) ? params.length : 1} items) answered in ${Math.round(performance.now() - started)} ms`,
      );
    } catch (error) {
      const code = errorCode(error) ?? "";
      if (TRANSIENT_CODES.has(code)) throw new BackendError("transient", `${where}: ${code}`);
      if (code === "ENOTFOUND")
        throw new BackendError("invalid", `${where}: host not found`, { field: "url" });
      if (/CERT|SELF_SIGNED|TLS|SSL/i.test(code)) {
        throw new BackendError(
          "invalid",
          `${where}: TLS certificate not accepted (${code}); fix the certificate or set insecure_skip_tls_verify`,
          { field: "insecure_skip_tls_verify" },
        );
      }
      throw new BackendError("transient", `${where}: ${code || (error as Error).name}`);
    }
    if (status >= 500) throw new BackendError("transient", `${where}: HTTP ${status}`);
    if (status === 401 || status === 403)
      throw new BackendError("auth", `${where}: HTTP ${status}`);
    if (status !== 200)
      throw new BackendError("invalid", `${where}: HTTP ${status}`, { field: "url" });
    let parsed: { result?: unknown; error?: ZabbixRpcError };
    try {
      parsed = JSON.parse(text) as typeof parsed;
    } catch {
      throw new BackendError("invalid", `${where}: the answer is not JSON-RPC; check the url`, {
        field: "url",
      });
    }
    if (parsed.error) throw toBackendError(method, parsed.error);
    if (!("result" in parsed)) {
      throw new BackendError("invalid", `${where}: the answer has no result; check the url`, {
        field: "url",
      });
    }
    return parsed.result;
  }
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] || 0) - (pb[i] || 0);
    if (d !== 0) return d;
  }
  return 0;
}
