import type { TerraformProvider, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { z } from "zod";
import { MonitoringConfigError } from "../core/config-error";
import { MonitoringProxy } from "./generated/monitoring-proxy";
import {
  addressSchema,
  commonOptionsShape,
  groupNameSchema,
  isValidTargetName,
  portSchema,
  sensitiveVariableSchema,
  TARGET_NAME_ALLOWED,
} from "./private/schemas";
import { SITE_BRAND, claimGroups, type SiteHandle } from "./private/site-assignments";
import { parseProps } from "./private/validate-props";

/** A pre-shared key securing the connection between the server and the site's proxy. */
export interface ProxyPsk {
  /** PSK identity, also configured on the proxy (`TLSPSKIdentity`); not secret, sent in clear. */
  readonly identity: string;
  /** The key (32 to 512 hex digits), a `TerraformVariable` declared `sensitive: true`. */
  readonly key: TerraformVariable;
}

/** The proxy connects to the server (the usual set-up for sites behind NAT or a firewall). */
export interface ActiveProxyOptions {
  /** Selects an active proxy: it connects to the server, which needs no route to the site. */
  readonly mode: "active";
  /**
   * Addresses the proxy may connect from (IP addresses or DNS names).
   *
   * @default - any address
   */
  readonly allowedAddresses?: readonly string[];
  /**
   * Accept the proxy only with this pre-shared key (`tls_accept = ["psk"]`).
   *
   * @default - unencrypted
   */
  readonly psk?: ProxyPsk;
}

/** The server connects to the proxy at `address`:`port`. */
export interface PassiveProxyOptions {
  /** Selects a passive proxy: the server connects to it. */
  readonly mode: "passive";
  /** IPv4 address, IPv6 address or DNS name the server reaches the proxy at. */
  readonly address: string;
  /**
   * Port the proxy listens on.
   *
   * @default 10051
   */
  readonly port?: number;
  /**
   * Connect to the proxy with this pre-shared key (`tls_connect = "psk"`).
   *
   * @default - unencrypted
   */
  readonly psk?: ProxyPsk;
}

/** Properties of a {@link MonitoringSite}: its proxy, and which targets the proxy monitors. */
export interface MonitoringSiteProps {
  /** The site's proxy: active (it connects to the server) or passive (the server connects to it). */
  readonly proxy: ActiveProxyOptions | PassiveProxyOptions;
  /**
   * Name of the proxy in the backend; an active proxy must be configured with the same name
   * (`Hostname` in zabbix_proxy.conf).
   *
   * @default - the construct id
   */
  readonly name?: string;
  /**
   * Description of the proxy in the backend's web interface.
   *
   * @default - none
   */
  readonly description?: string;
  /**
   * Service groups whose targets this site's proxy monitors, unless a target sets its own
   * `site`. A group belongs to at most one site.
   *
   * @default - none: only targets that set `site` to this site
   */
  readonly groups?: readonly string[];
  /**
   * The `monitoring` provider configuration to register the proxy with; targets assigned to the
   * site must use the same one.
   *
   * @default - the stack's default `monitoring` provider configuration
   */
  readonly provider?: TerraformProvider;
}

const CONTEXT = "MonitoringSite";

const pskSchema = z
  .object({
    identity: z
      .string({ error: "required: the PSK identity (1-128 characters)" })
      .min(1, "1-128 characters")
      .max(128, "1-128 characters"),
    key: sensitiveVariableSchema,
  })
  .strict();

const siteSchema = z
  .object({
    proxy: z.discriminatedUnion(
      "mode",
      [
        z
          .object({
            mode: z.literal("active"),
            allowedAddresses: z
              .array(addressSchema("a place the proxy connects from"))
              .min(1, "at least one address, or leave it out")
              .optional(),
            psk: pskSchema.optional(),
          })
          .strict(),
        z
          .object({
            mode: z.literal("passive"),
            address: addressSchema("the passive proxy"),
            port: portSchema.optional(),
            psk: pskSchema.optional(),
          })
          .strict(),
      ],
      { error: 'required: { mode: "active", … } or { mode: "passive", address, … }' },
    ),
    name: z
      .string({ error: "must be a string" })
      .refine(isValidTargetName, {
        error: (i) =>
          `${JSON.stringify(i.input)} is not a valid proxy name; allowed: ${TARGET_NAME_ALLOWED}`,
      })
      .optional(),
    description: z.string({ error: "must be a string" }).optional(),
    groups: z.array(groupNameSchema).optional(),
    provider: commonOptionsShape.provider,
  })
  .strict();

/**
 * A site of the estate and the backend proxy that monitors it (Zabbix: proxy): one
 * `monitoring_proxy`, and the proxy assignment of every target that names this site in `site`
 * or belongs to one of its `groups`.
 */
export class MonitoringSite extends Construct implements SiteHandle {
  /** Marks the object as a site, so target options can tell a `MonitoringSite` from other constructs. */
  public readonly [SITE_BRAND] = true as const;

  /** The site's `monitoring_proxy`. */
  public readonly proxy: MonitoringProxy;

  /** The proxy's name in the backend. */
  public readonly proxyName: string;

  /** The provider configuration the proxy is registered with. */
  public readonly provider?: TerraformProvider;

  constructor(scope: Construct, id: string, props: MonitoringSiteProps) {
    super(scope, id);
    const options = parseProps(this, CONTEXT, siteSchema, props);
    const name = options.name ?? id;
    if (options.name === undefined && !isValidTargetName(name)) {
      throw new MonitoringConfigError(this.node.path, CONTEXT, [
        {
          option: "name",
          message: `the construct id ${JSON.stringify(name)} (the default name) is not a valid proxy name; set \`name\` (allowed: ${TARGET_NAME_ALLOWED})`,
        },
      ]);
    }
    this.proxyName = name;
    this.provider = options.provider;
    const proxy = options.proxy;
    const psk = proxy.psk
      ? { tlsPskIdentity: proxy.psk.identity, tlsPsk: proxy.psk.key.stringValue }
      : {};
    this.proxy = new MonitoringProxy(this, "Proxy", {
      name,
      mode: proxy.mode,
      description: options.description,
      provider: options.provider,
      ...(proxy.mode === "passive"
        ? {
            address: proxy.address,
            port: proxy.port,
            ...(proxy.psk ? { tlsConnect: "psk" } : {}),
          }
        : {
            proxyAddress: proxy.allowedAddresses?.join(","),
            ...(proxy.psk ? { tlsAccept: ["psk"] } : {}),
          }),
      ...psk,
    });
    claimGroups(this, CONTEXT, [...new Set(options.groups ?? [])]);
  }

  /** The `id` of the site's proxy in the backend (a token). */
  public get proxyId(): string {
    return this.proxy.id;
  }
}
