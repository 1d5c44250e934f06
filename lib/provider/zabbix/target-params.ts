/** Translation between the driver's TargetSpec and Zabbix host objects, and the checks before it. */
import { isIP } from "node:net";
import { BackendError, type Target, type TargetSpec } from "../backend-driver";
import { hostUrl } from "./frontend-url";
import { isId } from "./ids";
import { isSecretMacro, snmpDetails } from "./snmp";
import {
  INTERFACE_SNMP,
  KIND_MAPPINGS,
  defaultTemplates,
  isTargetKind,
  targetKinds,
} from "./target-kinds";

const MACRO_TEXT = 0;
const MACRO_SECRET = 1;

/** Host tag recording the target's kind; hidden from the target's `tags`. */
export const KIND_TAG = "monitoring.kind";

const HOST_NAME = /^[0-9A-Za-z_. -]+$/;
const DNS_LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;
/** A user macro name without `{$…}`, optionally with a context: `VFS.FS.PUSED.MAX.CRIT:"/"`. */
const MACRO_NAME = /^[A-Z0-9_.]+(?::.+)?$/;

export interface HostInterfaceRow {
  readonly interfaceid: string;
  readonly type: string;
  readonly main: string;
  readonly useip: string;
  readonly ip: string;
  readonly dns: string;
  readonly port: string;
  readonly details?: unknown;
}

export interface HostRow {
  readonly hostid: string;
  readonly host: string;
  readonly name: string;
  readonly status: string;
  /** "0" when the server monitors the host itself. */
  readonly proxy_hostid?: string;
  readonly interfaces: readonly HostInterfaceRow[];
  readonly groups?: ReadonlyArray<{ readonly groupid: string }>;
  readonly hostgroups?: ReadonlyArray<{ readonly groupid: string }>;
  readonly parentTemplates: ReadonlyArray<{ readonly templateid: string; readonly host: string }>;
  readonly macros: ReadonlyArray<{
    readonly macro: string;
    readonly value?: string;
    readonly type?: string;
  }>;
  readonly tags: ReadonlyArray<{ readonly tag: string; readonly value: string }>;
}

/**
 * Whether the API has the 6.0–6.4 proxy fields (`host.proxy_hostid`, `proxy.*` with `host` and
 * `status`); Zabbix 7.0 renamed them, and the driver does not speak 7.0's proxies yet.
 */
export function hasProxyHostId(client: { atLeast(version: string): boolean }): boolean {
  return !client.atLeast("7.0");
}

/** `host.get` parameters returning {@link HostRow}s. */
export function hostGetParams(useHostGroups: boolean, proxies = true): Record<string, unknown> {
  return {
    output: ["hostid", "host", "name", "status", ...(proxies ? ["proxy_hostid"] : [])],
    selectInterfaces: ["interfaceid", "type", "main", "useip", "ip", "dns", "port", "details"],
    [useHostGroups ? "selectHostGroups" : "selectGroups"]: ["groupid"],
    selectParentTemplates: ["templateid", "host"],
    selectMacros: ["macro", "value", "type"],
    selectTags: ["tag", "value"],
  };
}

function invalid(field: string, message: string): BackendError {
  return new BackendError("invalid", message, { field });
}

export function isDnsName(address: string): boolean {
  const name = address.endsWith(".") ? address.slice(0, -1) : address;
  // All digits and dots: a malformed IPv4 address, not a name.
  if (/^[0-9.]+$/.test(name)) return false;
  return name.length > 0 && name.length <= 253 && name.split(".").every((l) => DNS_LABEL.test(l));
}

/** Rejects what Zabbix would reject (and what it would silently accept but is wrong). */
export function checkTargetSpec(spec: TargetSpec): void {
  if (!HOST_NAME.test(spec.name) || spec.name.trim() !== spec.name || spec.name.length > 128) {
    throw invalid(
      "name",
      `target name ${JSON.stringify(spec.name)} is not allowed: use 1-128 letters, digits, spaces, dots, dashes and underscores, without leading or trailing spaces`,
    );
  }
  if (spec.displayName.length > 128)
    throw invalid("displayName", "display name is longer than 128 characters");
  if (!isTargetKind(spec.kind)) {
    throw invalid(
      "kind",
      `unknown target kind ${JSON.stringify(spec.kind)}; allowed: ${targetKinds.join(", ")}`,
    );
  }
  if (!isIP(spec.address) && !isDnsName(spec.address)) {
    throw invalid(
      "address",
      `address ${JSON.stringify(spec.address)} is neither an IPv4 or IPv6 address nor a DNS name`,
    );
  }
  if (!Number.isInteger(spec.port) || spec.port < 1 || spec.port > 65535) {
    throw invalid("port", `port ${spec.port} is not an integer from 1 to 65535`);
  }
  if (spec.groups.length === 0) throw invalid("groups", "a target needs at least one group");
  const badGroup = spec.groups.find((g) => !isId(g));
  if (badGroup !== undefined)
    throw invalid("groups", `group id ${JSON.stringify(badGroup)} is not a Zabbix id (a number)`);
  const badMacro = Object.keys(spec.thresholds).find((k) => !MACRO_NAME.test(k));
  if (badMacro !== undefined) {
    throw invalid(
      "thresholds",
      `threshold name ${JSON.stringify(badMacro)} is not a macro name: use upper-case letters, digits, "_" and "." (e.g. CPU.UTIL.CRIT for {$CPU.UTIL.CRIT}), optionally with a context (:"...")`,
    );
  }
  if (spec.proxy !== undefined && !isId(spec.proxy))
    throw invalid("proxy", `proxy id ${JSON.stringify(spec.proxy)} is not a Zabbix id (a number)`);
  const badTag = Object.keys(spec.tags).find((k) => k.trim() === "" || k === KIND_TAG);
  if (badTag !== undefined)
    throw invalid("tags", `tag name ${JSON.stringify(badTag)} is not allowed (empty or reserved)`);
}

/** The host's main interface for a spec. */
export function interfaceParams(spec: TargetSpec): Record<string, unknown> {
  const type = KIND_MAPPINGS[spec.kind as keyof typeof KIND_MAPPINGS].interfaceType;
  const byIp = isIP(spec.address) !== 0;
  return {
    type,
    main: 1,
    useip: byIp ? 1 : 0,
    ip: byIp ? spec.address : "",
    dns: byIp ? "" : spec.address,
    port: String(spec.port),
    ...(type === INTERFACE_SNMP ? { details: snmpDetails(spec.thresholds) } : {}),
  };
}

/**
 * `host.create`/`host.update` fields except interfaces and templates; `proxies` as in
 * {@link hostGetParams} (without them, a spec with a proxy is refused).
 */
export function hostParams(spec: TargetSpec, proxies = true): Record<string, unknown> {
  if (!proxies && spec.proxy !== undefined)
    throw invalid("proxy", "proxies are supported with Zabbix 6.0 to 6.4 only");
  return {
    host: spec.name,
    name: spec.displayName || spec.name,
    status: spec.enabled ? 0 : 1,
    ...(proxies ? { proxy_hostid: spec.proxy ?? "0" } : {}),
    groups: spec.groups.map((groupid) => ({ groupid })),
    macros: Object.entries(spec.thresholds).map(([name, value]) => ({
      macro: `{$${name}}`,
      value,
      type: isSecretMacro(name) ? MACRO_SECRET : MACRO_TEXT,
    })),
    tags: [
      ...Object.entries(spec.tags).map(([tag, value]) => ({ tag, value })),
      { tag: KIND_TAG, value: spec.kind },
    ],
  };
}

/** The host's main interface (the first of the lowest type, as Zabbix shows it). */
export function mainInterface(row: HostRow): HostInterfaceRow | undefined {
  const main = row.interfaces.filter((i) => i.main === "1");
  return [...main].sort((a, b) => Number(a.type) - Number(b.type))[0];
}

function inferKind(row: HostRow, templates: readonly string[]): string {
  const tagged = row.tags.find((t) => t.tag === KIND_TAG)?.value;
  if (tagged && isTargetKind(tagged)) return tagged;
  const matching = targetKinds.find((k) => sameSet(defaultTemplates(k), templates));
  if (matching) return matching;
  return mainInterface(row)?.type === String(INTERFACE_SNMP) ? "network_device" : "linux_server";
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** A host as a Target; `templates` are the names of the linked templates, sorted. */
export function toTarget(row: HostRow, frontend: string): Target {
  const linked = row.parentTemplates.map((t) => t.host).sort();
  const kind = inferKind(row, linked);
  const iface = mainInterface(row);
  const thresholds: Record<string, string> = {};
  const secretThresholds: string[] = [];
  for (const m of row.macros) {
    const name = m.macro.replace(/^\{\$(.*)\}$/, "$1");
    thresholds[name] = m.value ?? "";
    if (m.type === String(MACRO_SECRET)) secretThresholds.push(name);
  }
  const tags: Record<string, string> = {};
  for (const t of row.tags) if (t.tag !== KIND_TAG) tags[t.tag] = t.value;
  return {
    id: row.hostid,
    name: row.host,
    displayName: row.name,
    kind,
    templates: linked,
    address: iface ? (iface.useip === "1" ? iface.ip : iface.dns) : "",
    port: iface ? Number(iface.port) || 0 : 0,
    groups: (row.hostgroups ?? row.groups ?? [])
      .map((g) => g.groupid)
      .sort((a, b) => Number(a) - Number(b)),
    thresholds,
    ...(secretThresholds.length > 0 ? { secretThresholds: secretThresholds.sort() } : {}),
    tags,
    enabled: row.status === "0",
    ...(row.proxy_hostid && row.proxy_hostid !== "0" ? { proxy: row.proxy_hostid } : {}),
    url: hostUrl(frontend, row.hostid),
  };
}

/** The Target a successful create or update of `spec`, linking `templates`, leaves behind. */
export function targetFromSpec(
  id: string,
  spec: TargetSpec,
  templates: readonly string[],
  frontend: string,
): Target {
  return {
    ...spec,
    displayName: spec.displayName || spec.name,
    templates: [...templates].sort(),
    id,
    url: hostUrl(frontend, id),
  };
}

/** What Zabbix would refuse in the known parts of a planned target: SNMPv3 settings so far. */
export function checkPlannedTarget(known: Partial<TargetSpec>): BackendError | undefined {
  if (known.kind === undefined || known.thresholds === undefined || !isTargetKind(known.kind))
    return undefined;
  if (KIND_MAPPINGS[known.kind].interfaceType !== INTERFACE_SNMP) return undefined;
  try {
    snmpDetails(known.thresholds);
    return undefined;
  } catch (error) {
    if (error instanceof BackendError) return error;
    throw error;
  }
}
