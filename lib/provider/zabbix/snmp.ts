/**
 * The SNMP interface of a network device: v2c with `{$SNMP_COMMUNITY}`, or v3 when the target's
 * thresholds hold the `SNMPV3.*` macros the on-premises NetworkDevice construct writes. Values
 * that Zabbix 6.0 takes as numbers (level, protocols) come from the macros' values; names and
 * passphrases stay macro references, so secrets live only in the (secret) host macros.
 */
import { BackendError } from "../backend-driver";

const LEVELS = { noAuthNoPriv: 0, authNoPriv: 1, authPriv: 2 } as const;
const AUTH_PROTOCOLS = { MD5: 0, SHA1: 1, SHA224: 2, SHA256: 3, SHA384: 4, SHA512: 5 } as const;
const PRIV_PROTOCOLS = { DES: 0, AES128: 1, AES192: 2, AES256: 3, AES192C: 4, AES256C: 5 } as const;

/** Presence of this threshold (macro) makes the interface SNMPv3. */
export const SNMPV3_SECURITY_NAME = "SNMPV3.SECURITYNAME";

function pick<T extends Record<string, number>>(
  table: T,
  macro: string,
  value: string | undefined,
  fallback: keyof T & string,
): number {
  const chosen = value ?? fallback;
  if (!(chosen in table)) {
    throw new BackendError(
      "invalid",
      `threshold ${macro} is ${JSON.stringify(chosen)}; allowed: ${Object.keys(table).join(", ")}`,
      { field: "thresholds" },
    );
  }
  return table[chosen]!;
}

/** Zabbix 6.0 `details` of the SNMP interface for a target with these thresholds. */
export function snmpDetails(
  thresholds: Readonly<Record<string, string>>,
): Record<string, string | number> {
  if (!(SNMPV3_SECURITY_NAME in thresholds))
    return { version: 2, bulk: 1, community: "{$SNMP_COMMUNITY}" };
  const level = pick(
    LEVELS,
    "SNMPV3.SECURITYLEVEL",
    thresholds["SNMPV3.SECURITYLEVEL"],
    "authPriv",
  );
  const details: Record<string, string | number> = {
    version: 3,
    bulk: 1,
    securityname: `{$${SNMPV3_SECURITY_NAME}}`,
    contextname: "SNMPV3.CONTEXTNAME" in thresholds ? "{$SNMPV3.CONTEXTNAME}" : "",
    securitylevel: level,
  };
  if (level >= LEVELS.authNoPriv) {
    details.authprotocol = pick(
      AUTH_PROTOCOLS,
      "SNMPV3.AUTHPROTOCOL",
      thresholds["SNMPV3.AUTHPROTOCOL"],
      "SHA256",
    );
    details.authpassphrase = "{$SNMPV3.AUTHPASSPHRASE}";
  }
  if (level === LEVELS.authPriv) {
    details.privprotocol = pick(
      PRIV_PROTOCOLS,
      "SNMPV3.PRIVPROTOCOL",
      thresholds["SNMPV3.PRIVPROTOCOL"],
      "AES128",
    );
    details.privpassphrase = "{$SNMPV3.PRIVPASSPHRASE}";
  }
  return details;
}

/**
 * Macros stored as Zabbix secret macros (type 1, never returned by the API): the SNMP community,
 * passphrases, and names ending in PASSWORD (context ignored).
 */
export function isSecretMacro(name: string): boolean {
  const base = name.split(":")[0]!;
  return base === "SNMP_COMMUNITY" || base.endsWith("PASSPHRASE") || base.endsWith("PASSWORD");
}
