import type { TerraformVariable } from "cdktf";
import type { Construct } from "constructs";
import { z } from "zod";
import { BackendTarget } from "./backend-target";
import {
  addressSchema,
  commonOptionsShape,
  portSchema,
  sensitiveVariableSchema,
} from "./private/schemas";
import { macrosOf, thresholdsSchema, type MacroTable } from "./private/threshold-macros";
import { parseProps } from "./private/validate-props";
import type { BackendTargetOptions } from "./target-options";

/** SNMPv2c access: the community comes from a sensitive Terraform variable. */
export interface SnmpV2cOptions {
  /** Selects SNMPv2c (community-based access). */
  readonly version: "2c";
  /** The community string, from a `TerraformVariable` declared with `sensitive: true`. */
  readonly community: TerraformVariable;
}

/** SNMPv3 security levels. */
export type SnmpV3SecurityLevel = "noAuthNoPriv" | "authNoPriv" | "authPriv";
/** SNMPv3 authentication protocols Zabbix 6.0 offers. */
export type SnmpV3AuthProtocol = "MD5" | "SHA1" | "SHA224" | "SHA256" | "SHA384" | "SHA512";
/** SNMPv3 privacy protocols Zabbix 6.0 offers. */
export type SnmpV3PrivProtocol = "DES" | "AES128" | "AES192" | "AES256" | "AES192C" | "AES256C";

/**
 * SNMPv3 access: passphrases come from sensitive Terraform variables. They are stored as the
 * host macros `{$SNMPV3.SECURITYNAME}`, `{$SNMPV3.SECURITYLEVEL}`, `{$SNMPV3.AUTHPROTOCOL}`,
 * `{$SNMPV3.AUTHPASSPHRASE}`, `{$SNMPV3.PRIVPROTOCOL}`, `{$SNMPV3.PRIVPASSPHRASE}` and
 * `{$SNMPV3.CONTEXTNAME}`; the `monitoring` provider builds the device's SNMPv3 interface from
 * them, and stores the passphrases as secret macros.
 */
export interface SnmpV3Options {
  /** Selects SNMPv3 (user-based security). */
  readonly version: "3";
  /** The security (user) name. */
  readonly securityName: string;
  /**
   * Security level; `authNoPriv` needs `authPassphrase`, `authPriv` needs both passphrases.
   *
   * @default "authPriv"
   */
  readonly securityLevel?: SnmpV3SecurityLevel;
  /**
   * Authentication protocol.
   *
   * @default "SHA256"
   */
  readonly authProtocol?: SnmpV3AuthProtocol;
  /**
   * Authentication passphrase, from a `TerraformVariable` declared with `sensitive: true`.
   *
   * @default - none (allowed for `noAuthNoPriv` only)
   */
  readonly authPassphrase?: TerraformVariable;
  /**
   * Privacy protocol.
   *
   * @default "AES128"
   */
  readonly privProtocol?: SnmpV3PrivProtocol;
  /**
   * Privacy passphrase, from a `TerraformVariable` declared with `sensitive: true`.
   *
   * @default - none (allowed unless `authPriv`)
   */
  readonly privPassphrase?: TerraformVariable;
  /**
   * SNMP context name.
   *
   * @default - none
   */
  readonly contextName?: string;
}

/** SNMP access to a network device. */
export type SnmpOptions = SnmpV2cOptions | SnmpV3Options;

/** Thresholds of "Generic by SNMP"; each unset one keeps the template's default. */
export interface NetworkDeviceThresholds {
  /**
   * ICMP packet loss (%) above which a warning is raised (`{$ICMP_LOSS_WARN}`).
   *
   * @default 20 (the template's)
   */
  readonly icmpLossWarning?: number;
  /**
   * ICMP response time (seconds) above which a warning is raised (`{$ICMP_RESPONSE_TIME_WARN}`).
   *
   * @default 0.15 (the template's)
   */
  readonly icmpResponseTimeWarning?: number;
}

/** Props of {@link NetworkDevice}. */
export interface NetworkDeviceProps extends BackendTargetOptions {
  /** SNMP address of the device: IPv4, IPv6 or DNS name. */
  readonly address: string;
  /** SNMP version and credentials. */
  readonly snmp: SnmpOptions;
  /**
   * SNMP port.
   *
   * @default 161
   */
  readonly port?: number;
  /**
   * Threshold overrides, stored as host macros that the template's triggers read.
   *
   * @default - the template's defaults
   */
  readonly thresholds?: NetworkDeviceThresholds;
}

const DEVICE_MACROS: MacroTable = {
  icmpLossWarning: { macro: "ICMP_LOSS_WARN", min: 0, max: 100, unit: "%" },
  icmpResponseTimeWarning: { macro: "ICMP_RESPONSE_TIME_WARN", min: 0, max: 60, unit: "seconds" },
};

const LEVELS = ["noAuthNoPriv", "authNoPriv", "authPriv"] as const;
const AUTH = ["MD5", "SHA1", "SHA224", "SHA256", "SHA384", "SHA512"] as const;
const PRIV = ["DES", "AES128", "AES192", "AES256", "AES192C", "AES256C"] as const;
const oneOf = (values: readonly string[]) =>
  `allowed: ${values.map((v) => JSON.stringify(v)).join(", ")}`;

const SNMP_SCHEMA = z.discriminatedUnion(
  "version",
  [
    z.strictObject({ version: z.literal("2c"), community: sensitiveVariableSchema }),
    z
      .strictObject({
        version: z.literal("3"),
        securityName: z.string({ error: "required: the SNMPv3 security name" }).min(1),
        securityLevel: z.enum(LEVELS, { error: oneOf(LEVELS) }).default("authPriv"),
        authProtocol: z.enum(AUTH, { error: oneOf(AUTH) }).default("SHA256"),
        authPassphrase: sensitiveVariableSchema.optional(),
        privProtocol: z.enum(PRIV, { error: oneOf(PRIV) }).default("AES128"),
        privPassphrase: sensitiveVariableSchema.optional(),
        contextName: z.string().optional(),
      })
      .superRefine((v, ctx) => {
        const needs: Array<["authPassphrase" | "privPassphrase", boolean]> = [
          ["authPassphrase", v.securityLevel !== "noAuthNoPriv"],
          ["privPassphrase", v.securityLevel === "authPriv"],
        ];
        for (const [field, needed] of needs) {
          if (needed && v[field] === undefined) {
            ctx.addIssue({
              code: "custom",
              path: [field],
              message: `required for securityLevel ${JSON.stringify(v.securityLevel)}: a sensitive TerraformVariable`,
            });
          }
        }
      }),
  ],
  { error: 'required: { version: "2c", community } or { version: "3", securityName, ... }' },
);

const DEVICE_SCHEMA = z.strictObject({
  ...commonOptionsShape,
  address: addressSchema("the device's SNMP agent"),
  snmp: SNMP_SCHEMA,
  port: portSchema.optional(),
  thresholds: thresholdsSchema(DEVICE_MACROS).optional(),
});

/** The credential macros for the SNMP interface (community or v3 user). */
function snmpMacros(snmp: z.output<typeof SNMP_SCHEMA>): Record<string, string> {
  if (snmp.version === "2c") return { SNMP_COMMUNITY: snmp.community.stringValue };
  const macros: Record<string, string> = {
    "SNMPV3.SECURITYNAME": snmp.securityName,
    "SNMPV3.SECURITYLEVEL": snmp.securityLevel,
  };
  if (snmp.securityLevel !== "noAuthNoPriv") macros["SNMPV3.AUTHPROTOCOL"] = snmp.authProtocol;
  if (snmp.authPassphrase) macros["SNMPV3.AUTHPASSPHRASE"] = snmp.authPassphrase.stringValue;
  if (snmp.securityLevel === "authPriv") macros["SNMPV3.PRIVPROTOCOL"] = snmp.privProtocol;
  if (snmp.privPassphrase) macros["SNMPV3.PRIVPASSPHRASE"] = snmp.privPassphrase.stringValue;
  if (snmp.contextName) macros["SNMPV3.CONTEXTNAME"] = snmp.contextName;
  return macros;
}

/**
 * A network device (switch, router, firewall) polled over SNMP ("Generic by SNMP"). The SNMP
 * credentials are stored as host macros: `{$SNMP_COMMUNITY}` for v2c, `{$SNMPV3.*}` for v3.
 */
export class NetworkDevice extends BackendTarget {
  public constructor(scope: Construct, id: string, props: NetworkDeviceProps) {
    super(scope, id, "NetworkDevice");
    const p = parseProps(this, this.context, DEVICE_SCHEMA, props);
    this.register(props, {
      kind: "network_device",
      address: p.address,
      port: p.port,
      macros: { ...macrosOf(p.thresholds, DEVICE_MACROS), ...snmpMacros(p.snmp) },
    });
  }
}
