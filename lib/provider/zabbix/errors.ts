/** Maps Zabbix API failures onto the driver contract's {@link BackendError} kinds. */
import { BackendError } from "../backend-driver";

/** The `error` member of a JSON-RPC response. */
export interface ZabbixRpcError {
  readonly code: number;
  readonly message: string;
  readonly data?: string;
}

const AUTH_PATTERNS = [
  /incorrect user name or password/i,
  /account is temporarily blocked/i,
  /session terminated/i,
  /not authori[sz]ed/i,
  /api token expired/i,
  /no permissions to call/i,
];

/** Database trouble the frontend reports as an application error: the transaction was rolled back. */
const TRANSIENT_PATTERNS = [
  /SQL statement execution has failed/i,
  // What concurrent writes get when their transactions collide (ids, unique keys).
  /DBEXECUTE_ERROR/,
  /deadlock detected/i,
  /could not serialize access/i,
  /error connecting to database/i,
  /database error/i,
];

const CONFLICT_PATTERN =
  /^(Host|Host group|Template|Dashboard|Proxy|Maintenance|Map)(?: with the same (visible )?name)? "(.*)" already exists\.?$/i;

/** Which attribute of a spec a Zabbix validation message is about, when it says. */
const FIELD_PATTERNS: ReadonlyArray<readonly [RegExp, string]> = [
  [/tls_psk_identity|PSK identity/i, "tlsPskIdentity"],
  [/tls_psk\b|\bPSK\b/i, "tlsPsk"],
  [/proxy_address/i, "proxyAddress"],
  [/IP address|interface DNS|\/interfaces\/\d+\/(ip|dns)|DNS name/i, "address"],
  [/interface port|\/interfaces\/\d+\/port/i, "port"],
  [/\/macros\/|macro/i, "thresholds"],
  [/\/timeperiods\/\d+\/period\b/i, "duration"],
  [/\/timeperiods\/\d+\/start_time/i, "startTime"],
  [/active_till/i, "activeTill"],
  [/active_since/i, "activeSince"],
  [/\/tags\/|tag/i, "tags"],
  [/visible name/i, "displayName"],
  [/host group|groupid|\/groups\//i, "groups"],
  [/template/i, "templates"],
  [/host name|\/host\b/i, "name"],
  [/dashboard name|\/name\b/i, "name"],
];

/** What a conflict message says exists: the object type, whether by visible name, and the name. */
export interface ConflictInfo {
  /** `host`, `host group`, `template` or `dashboard`. */
  readonly object: string;
  /** True when the visible name (the target's display name) collided. */
  readonly byVisibleName: boolean;
  /** The name that exists already. */
  readonly name: string;
}

export function parseConflict(text: string): ConflictInfo | undefined {
  const m = CONFLICT_PATTERN.exec(text.trim());
  return m
    ? { object: m[1].toLowerCase(), byVisibleName: m[2] !== undefined, name: m[3] }
    : undefined;
}

export function fieldOf(text: string): string | undefined {
  return FIELD_PATTERNS.find(([pattern]) => pattern.test(text))?.[1];
}

/** Converts a JSON-RPC error of `method` into a BackendError (never containing request params). */
export function toBackendError(method: string, error: ZabbixRpcError): BackendError {
  const text = (error.data ?? "").trim() || error.message;
  const message = `Zabbix ${method}: ${text}`;
  if (AUTH_PATTERNS.some((p) => p.test(text))) return new BackendError("auth", message);
  if (TRANSIENT_PATTERNS.some((p) => p.test(text))) return new BackendError("transient", message);
  const conflict = parseConflict(text);
  if (conflict) {
    return new BackendError("conflict", message, {
      field: conflict.byVisibleName ? "displayName" : "name",
    });
  }
  const field = fieldOf(text);
  return new BackendError("invalid", message, field ? { field } : {});
}
