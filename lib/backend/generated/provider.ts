// generated — do not edit; run npm run generate
// Binding of the provider `monitoring`, from the schema in lib/provider/schema.ts.
import type { Construct } from "constructs";
import * as cdktf from "cdktf";

/** One attribute as cdktf's HCL renderer expects it. */
interface HclAttribute {
  value: unknown;
  isBlock: boolean;
  type: string;
  storageClassType: string;
}

/** Arguments of {@link MonitoringProvider}. */
export interface MonitoringProviderConfig {
  /**
   * Connection to a Zabbix server's API. Authenticate with `api_token`, or with `username` and `password`.
   *
   * Terraform block: `zabbix`.
   * @default - the block is absent
   */
  readonly zabbix?: MonitoringProviderZabbix;
  /**
   * Alias of this provider configuration, for using several at once.
   * @default - the default configuration (no alias)
   */
  readonly alias?: string;
}

/** The `zabbix` block of {@link MonitoringProvider}. */
export interface MonitoringProviderZabbix {
  /**
   * URL of the Zabbix API, e.g. `https://zabbix.example.com/api_jsonrpc.php`. Environment fallback: `ZABBIX_URL`.
   *
   * Must be an http:// or https:// URL.
   * Terraform attribute: `url`.
   * @default - read from the environment variable `ZABBIX_URL`
   */
  readonly url?: string;
  /**
   * Zabbix API token. Environment fallback: `ZABBIX_API_TOKEN`.
   *
   * Sensitive: pass it from a sensitive `TerraformVariable` or the environment, never as a literal.
   * Terraform attribute: `api_token`.
   * @default - read from the environment variable `ZABBIX_API_TOKEN`
   */
  readonly apiToken?: string;
  /**
   * Zabbix user name. Environment fallback: `ZABBIX_USERNAME`.
   *
   * Terraform attribute: `username`.
   * @default - read from the environment variable `ZABBIX_USERNAME`
   */
  readonly username?: string;
  /**
   * Zabbix password. Environment fallback: `ZABBIX_PASSWORD`.
   *
   * Sensitive: pass it from a sensitive `TerraformVariable` or the environment, never as a literal.
   * Terraform attribute: `password`.
   * @default - read from the environment variable `ZABBIX_PASSWORD`
   */
  readonly password?: string;
  /**
   * Accept any TLS certificate from the API (testing only). Defaults to false. Environment fallback: `ZABBIX_INSECURE_SKIP_TLS_VERIFY`.
   *
   * Terraform attribute: `insecure_skip_tls_verify`.
   * @default false
   */
  readonly insecureSkipTlsVerify?: boolean | cdktf.IResolvable;
}

/** Converts a {@link MonitoringProviderZabbix} to its Terraform JSON form. */
export function monitoringProviderZabbixToTerraform(
  struct?: MonitoringProviderZabbix | cdktf.IResolvable,
): unknown {
  if (struct === undefined || cdktf.Tokenization.isResolvable(struct)) return struct;
  return {
    url: cdktf.stringToTerraform(struct.url),
    api_token: cdktf.stringToTerraform(struct.apiToken),
    username: cdktf.stringToTerraform(struct.username),
    password: cdktf.stringToTerraform(struct.password),
    insecure_skip_tls_verify: cdktf.booleanToTerraform(struct.insecureSkipTlsVerify),
  };
}

/** Converts a {@link MonitoringProviderZabbix} to its Terraform HCL form. */
export function monitoringProviderZabbixToHclTerraform(
  struct?: MonitoringProviderZabbix | cdktf.IResolvable,
): unknown {
  if (struct === undefined || cdktf.Tokenization.isResolvable(struct)) return struct;
  const attrs: Record<string, HclAttribute> = {
    url: {
      value: cdktf.stringToHclTerraform(struct.url),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    api_token: {
      value: cdktf.stringToHclTerraform(struct.apiToken),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    username: {
      value: cdktf.stringToHclTerraform(struct.username),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    password: {
      value: cdktf.stringToHclTerraform(struct.password),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    insecure_skip_tls_verify: {
      value: cdktf.booleanToHclTerraform(struct.insecureSkipTlsVerify),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };
  return Object.fromEntries(Object.entries(attrs).filter(([, v]) => v.value !== undefined));
}

/**
 * The `monitoring` provider registers targets, their checks, groups, dashboards, maps, proxies and maintenance windows in the central monitoring backend.
 *
 * The `monitoring` provider (source `cdktf-monitoring/monitoring`, version `0.1.0`).
 */
export class MonitoringProvider extends cdktf.TerraformProvider {
  /** The Terraform type name: `monitoring`. */
  public static readonly tfResourceType = "monitoring";
  private _zabbix?: MonitoringProviderZabbix;
  private _alias?: string;

  /**
   * @param scope - the scope in which to define this construct
   * @param id - construct id, unique among its siblings
   * @param config - the provider's arguments
   */
  public constructor(scope: Construct, id: string, config: MonitoringProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: "monitoring",
      terraformGeneratorMetadata: { providerName: "monitoring", providerVersion: "0.1.0" },
      terraformProviderSource: "cdktf-monitoring/monitoring",
    });
    this._zabbix = config.zabbix;
    this._alias = config.alias;
  }

  /** Connection to a Zabbix server's API. Authenticate with `api_token`, or with `username` and `password`. */
  public get zabbix(): MonitoringProviderZabbix | undefined {
    return this._zabbix;
  }

  /**
   * Connection to a Zabbix server's API. Authenticate with `api_token`, or with `username` and `password`.
   *
   * Assigning replaces the configured `zabbix` block; `undefined` removes it.
   */
  public set zabbix(value: MonitoringProviderZabbix | undefined) {
    this._zabbix = value;
  }

  /** Alias of this provider configuration, for using several at once. */
  public override get alias(): string | undefined {
    return this._alias;
  }

  /** Sets the alias; resources select this configuration with `provider`. `undefined` makes it the default configuration. */
  public override set alias(value: string | undefined) {
    this._alias = value;
  }

  /** Renders the configured arguments as Terraform JSON, keyed by attribute name; cdktf calls it during synthesis. */
  protected override synthesizeAttributes(): Record<string, unknown> {
    return {
      zabbix: monitoringProviderZabbixToTerraform(this._zabbix),
      alias: cdktf.stringToTerraform(this._alias),
    };
  }

  /** Renders the configured arguments for cdktf's HCL output (`cdktf synth --hcl`), leaving out the unset ones. */
  protected override synthesizeHclAttributes(): Record<string, unknown> {
    const attrs: Record<string, HclAttribute> = {
      zabbix: {
        value: monitoringProviderZabbixToHclTerraform(this._zabbix),
        isBlock: true,
        type: "struct",
        storageClassType: "MonitoringProviderZabbix",
      },
      alias: {
        value: cdktf.stringToHclTerraform(this._alias),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };
    return Object.fromEntries(Object.entries(attrs).filter(([, v]) => v.value !== undefined));
  }
}
