/** `monitoring_proxy`: a proxy monitoring one site's targets (Zabbix: proxy). */
import type { Proxy, ProxySpec, ProxyTls } from "../backend-driver";
import { errorDiagnostic, type Diagnostic } from "../diagnostics";
import { UNKNOWN, containsUnknown, type ObjectValue, type Value } from "../protocol/dynamic-value";
import { PROXY_DEFAULT_PORT, PROXY_SCHEMA, PROXY_TLS_MODES } from "../schema";
import { crudResource, stringList } from "./crud-resource";

const DEFAULT_TLS_ACCEPT: readonly ProxyTls[] = ["unencrypted"];

const known = (v: Value | undefined): v is Exclude<Value, typeof UNKNOWN> =>
  v !== undefined && !containsUnknown(v);

/** Whether the proxy's known settings use a PSK; undefined while mode or TLS modes are unknown. */
function usesPsk(value: ObjectValue): boolean | undefined {
  if (value.mode === "passive") {
    return known(value.tls_connect) ? value.tls_connect === "psk" : undefined;
  }
  if (value.mode === "active") {
    if (!known(value.tls_accept)) return undefined;
    return (stringList(value.tls_accept) ?? []).includes("psk");
  }
  return undefined;
}

/** Cross-attribute checks of a configuration or plan; each names the attribute to fix. */
function checkCombination(value: ObjectValue): Diagnostic[] {
  const out: Diagnostic[] = [];
  const error = (attribute: string, summary: string, detail: string) =>
    out.push(errorDiagnostic(summary, detail, [attribute]));
  const isSet = (name: string) => value[name] !== null && value[name] !== undefined;

  const accept = stringList(value.tls_accept);
  const unknownModes = (accept ?? []).filter(
    (m) => !(PROXY_TLS_MODES as readonly string[]).includes(m),
  );
  if (unknownModes.length > 0) {
    error(
      "tls_accept",
      "Invalid tls_accept",
      `${unknownModes.map((m) => JSON.stringify(m)).join(", ")} is not an allowed value for tls_accept. Allowed values: ${PROXY_TLS_MODES.join(", ")}.`,
    );
  }

  if (value.mode === "passive") {
    if (value.address === null || value.address === undefined)
      error(
        "address",
        "Missing address",
        "A passive proxy needs `address`: the server connects to the proxy there (IPv4 address, IPv6 address or DNS name).",
      );
    if (isSet("proxy_address"))
      error(
        "proxy_address",
        "proxy_address applies to active proxies only",
        "`proxy_address` lists where an active proxy may connect from; a passive proxy is reached at `address` and `port`.",
      );
    if (accept && accept.some((m) => m !== "unencrypted"))
      error(
        "tls_accept",
        "tls_accept applies to active proxies only",
        "A passive proxy never connects to the server; set how the server connects to it with `tls_connect` (allowed: unencrypted, psk).",
      );
  } else if (value.mode === "active") {
    for (const name of ["address", "port"]) {
      if (isSet(name))
        error(
          name,
          `${name} applies to passive proxies only`,
          `An active proxy connects to the server, which never connects to it: remove \`${name}\`, or use \`proxy_address\` to restrict where it may connect from.`,
        );
    }
    if (known(value.tls_connect) && isSet("tls_connect") && value.tls_connect !== "unencrypted")
      error(
        "tls_connect",
        "tls_connect applies to passive proxies only",
        'The server never connects to an active proxy; set what it accepts from the proxy with `tls_accept` (e.g. ["psk"]).',
      );
  }

  const psk = usesPsk(value);
  const where =
    value.mode === "passive" ? '`tls_connect = "psk"`' : '`tls_accept` containing "psk"';
  for (const name of ["tls_psk_identity", "tls_psk"]) {
    if (psk === true && !isSet(name))
      error(name, `Missing ${name}`, `A proxy with ${where} needs \`${name}\`.`);
    if (psk === false && isSet(name))
      error(
        name,
        `${name} without PSK`,
        `\`${name}\` is used only when ${value.mode === "passive" ? '`tls_connect` is "psk"' : '`tls_accept` contains "psk"'}; set that too, or remove \`${name}\`.`,
      );
  }
  return out;
}

function emptyAsNull(text: string, prior: Value | undefined): Value {
  return text === "" && (prior === null || prior === undefined) ? null : text;
}

export const proxyResource = crudResource<ProxySpec, Proxy>({
  schema: PROXY_SCHEMA,
  noun: "proxy",
  api: (driver) => driver.proxies,

  toSpec: (planned) => {
    const mode = planned.mode === "passive" ? "passive" : "active";
    const identity = planned.tls_psk_identity;
    const key = planned.tls_psk;
    return {
      name: String(planned.name),
      mode,
      ...(mode === "passive" && typeof planned.address === "string"
        ? { passive: { address: planned.address, port: Number(planned.port) } }
        : {}),
      allowedAddresses: typeof planned.proxy_address === "string" ? planned.proxy_address : "",
      description: typeof planned.description === "string" ? planned.description : "",
      tlsConnect: planned.tls_connect === "psk" ? "psk" : "unencrypted",
      tlsAccept: (stringList(planned.tls_accept) ?? []).filter((m): m is ProxyTls =>
        (PROXY_TLS_MODES as readonly string[]).includes(m),
      ),
      ...(typeof identity === "string" && typeof key === "string"
        ? { psk: { identity, key } }
        : {}),
    };
  },

  toState: (proxy, prior) => {
    const state: ObjectValue = {
      id: proxy.id,
      name: proxy.name,
      mode: proxy.mode,
      address: proxy.passive?.address ?? null,
      port: proxy.passive?.port ?? null,
      proxy_address: emptyAsNull(proxy.allowedAddresses, prior?.proxy_address),
      description: emptyAsNull(proxy.description, prior?.description),
      tls_connect: proxy.tlsConnect,
      tls_accept: [...proxy.tlsAccept],
      tls_psk_identity: null,
      tls_psk: null,
    };
    // The backend never returns the PSK: keep the known values while the proxy still uses one.
    if (usesPsk(state) === true && prior) {
      state.tls_psk_identity = prior.tls_psk_identity ?? null;
      state.tls_psk = prior.tls_psk ?? null;
    }
    return state;
  },

  planDefaults(planned, config) {
    if (config.port === null) {
      planned.port =
        planned.mode === "passive"
          ? PROXY_DEFAULT_PORT
          : planned.mode === "active"
            ? null
            : UNKNOWN;
    }
    if (config.tls_accept === null) planned.tls_accept = [...DEFAULT_TLS_ACCEPT];
  },

  validateExtra: checkCombination,
});
