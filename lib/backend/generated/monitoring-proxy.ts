// generated — do not edit; run npm run generate
// Binding of the resource `monitoring_proxy`, from the schema in lib/provider/schema.ts.
import type { Construct } from "constructs";
import * as cdktf from "cdktf";

/** One attribute as cdktf's HCL renderer expects it. */
interface HclAttribute {
  value: unknown;
  isBlock: boolean;
  type: string;
  storageClassType: string;
}

/** Arguments of {@link MonitoringProxy}. */
export interface MonitoringProxyConfig extends cdktf.TerraformMetaArguments {
  /**
   * Unique name of the proxy. An active proxy must be configured with the same name (`Hostname` in zabbix_proxy.conf).
   *
   * From 1 to 128 characters.
   * Must be letters, digits, '_', '.' and '-' (no spaces).
   * Terraform attribute: `name`.
   */
  readonly name: string;
  /**
   * `active`: the proxy connects to the server; `passive`: the server connects to the proxy at `address`:`port`.
   *
   * Allowed values: `active`, `passive`.
   * Terraform attribute: `mode`.
   */
  readonly mode: string;
  /**
   * Passive proxies only (required there): IPv4 address, IPv6 address or DNS name the server connects to.
   *
   * Must be an IPv4 address, an IPv6 address or a DNS name.
   * Terraform attribute: `address`.
   * @default - not set
   */
  readonly address?: string;
  /**
   * Passive proxies only: port the server connects to. Defaults to 10051.
   *
   * A whole number from 1 to 65535.
   * Terraform attribute: `port`.
   * @default - computed by the provider (see the description)
   */
  readonly port?: number;
  /**
   * Active proxies only: comma-separated IP addresses or DNS names the proxy may connect from. Unset: any address.
   *
   * Must be IP addresses or DNS names separated by commas, without spaces.
   * Terraform attribute: `proxy_address`.
   * @default - not set
   */
  readonly proxyAddress?: string;
  /**
   * Description shown in the backend's web interface.
   *
   * Terraform attribute: `description`.
   * @default - not set
   */
  readonly description?: string;
  /**
   * Passive proxies only: how the server connects to the proxy, `unencrypted` or `psk`. Defaults to `unencrypted`.
   *
   * Allowed values: `unencrypted`, `psk`.
   * Terraform attribute: `tls_connect`.
   * @default "unencrypted"
   */
  readonly tlsConnect?: string;
  /**
   * Active proxies only: the connections the server accepts from the proxy, any of `unencrypted` and `psk`. Defaults to `["unencrypted"]`.
   *
   * From 1 to 2 elements.
   * Terraform attribute: `tls_accept`.
   * @default - computed by the provider (see the description)
   */
  readonly tlsAccept?: string[];
  /**
   * PSK identity; required when `tls_connect` or `tls_accept` uses `psk`. The backend never returns it, so it cannot show drift.
   *
   * From 1 to 128 characters.
   * Sensitive: pass it from a sensitive `TerraformVariable` or the environment, never as a literal.
   * Terraform attribute: `tls_psk_identity`.
   * @default - not set
   */
  readonly tlsPskIdentity?: string;
  /**
   * Pre-shared key, 32 to 512 hexadecimal digits; required when `tls_connect` or `tls_accept` uses `psk`. The backend never returns it, so it cannot show drift.
   *
   * Must be an even number of 32 to 512 hexadecimal digits.
   * Sensitive: pass it from a sensitive `TerraformVariable` or the environment, never as a literal.
   * Terraform attribute: `tls_psk`.
   * @default - not set
   */
  readonly tlsPsk?: string;
}

/**
 * A proxy of the monitoring backend (Zabbix: proxy) that monitors the targets of one site on the server's behalf.
 *
 * The `monitoring_proxy` resource of the `monitoring` provider.
 */
export class MonitoringProxy extends cdktf.TerraformResource {
  /** The Terraform type name: `monitoring_proxy`. */
  public static readonly tfResourceType = "monitoring_proxy";
  private _name?: string;
  private _mode?: string;
  private _address?: string;
  private _port?: number;
  private _proxyAddress?: string;
  private _description?: string;
  private _tlsConnect?: string;
  private _tlsAccept?: string[];
  private _tlsPskIdentity?: string;
  private _tlsPsk?: string;

  /**
   * @param scope - the scope in which to define this construct
   * @param id - construct id, unique among its siblings
   * @param config - the resource's arguments
   */
  public constructor(scope: Construct, id: string, config: MonitoringProxyConfig) {
    super(scope, id, {
      terraformResourceType: "monitoring_proxy",
      terraformGeneratorMetadata: { providerName: "monitoring", providerVersion: "0.1.0" },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach,
    });
    this._name = config.name;
    this._mode = config.mode;
    this._address = config.address;
    this._port = config.port;
    this._proxyAddress = config.proxyAddress;
    this._description = config.description;
    this._tlsConnect = config.tlsConnect;
    this._tlsAccept = config.tlsAccept;
    this._tlsPskIdentity = config.tlsPskIdentity;
    this._tlsPsk = config.tlsPsk;
  }

  /**
   * Identifier of the object in the monitoring backend.
   *
   * A reference to the attribute's value after apply.
   */
  public get id(): string {
    return this.getStringAttribute("id");
  }

  /**
   * Unique name of the proxy. An active proxy must be configured with the same name (`Hostname` in zabbix_proxy.conf).
   *
   * A reference to the attribute's value after apply.
   */
  public get name(): string {
    return this.getStringAttribute("name");
  }

  /**
   * Unique name of the proxy. An active proxy must be configured with the same name (`Hostname` in zabbix_proxy.conf).
   *
   * Assigning replaces the configured value of `name`.
   */
  public set name(value: string) {
    this._name = value;
  }

  /** The value given in the configuration for `name`, if any. */
  public get nameInput(): string | undefined {
    return this._name;
  }

  /**
   * `active`: the proxy connects to the server; `passive`: the server connects to the proxy at `address`:`port`.
   *
   * A reference to the attribute's value after apply.
   */
  public get mode(): string {
    return this.getStringAttribute("mode");
  }

  /**
   * `active`: the proxy connects to the server; `passive`: the server connects to the proxy at `address`:`port`.
   *
   * Assigning replaces the configured value of `mode`.
   */
  public set mode(value: string) {
    this._mode = value;
  }

  /** The value given in the configuration for `mode`, if any. */
  public get modeInput(): string | undefined {
    return this._mode;
  }

  /**
   * Passive proxies only (required there): IPv4 address, IPv6 address or DNS name the server connects to.
   *
   * A reference to the attribute's value after apply.
   */
  public get address(): string {
    return this.getStringAttribute("address");
  }

  /**
   * Passive proxies only (required there): IPv4 address, IPv6 address or DNS name the server connects to.
   *
   * Assigning replaces the configured value of `address`; `undefined` removes it.
   */
  public set address(value: string | undefined) {
    this._address = value;
  }

  /** The value given in the configuration for `address`, if any. */
  public get addressInput(): string | undefined {
    return this._address;
  }

  /**
   * Passive proxies only: port the server connects to. Defaults to 10051.
   *
   * A reference to the attribute's value after apply.
   */
  public get port(): number {
    return this.getNumberAttribute("port");
  }

  /**
   * Passive proxies only: port the server connects to. Defaults to 10051.
   *
   * Assigning replaces the configured value of `port`; `undefined` removes it.
   */
  public set port(value: number | undefined) {
    this._port = value;
  }

  /** The value given in the configuration for `port`, if any. */
  public get portInput(): number | undefined {
    return this._port;
  }

  /**
   * Active proxies only: comma-separated IP addresses or DNS names the proxy may connect from. Unset: any address.
   *
   * A reference to the attribute's value after apply.
   */
  public get proxyAddress(): string {
    return this.getStringAttribute("proxy_address");
  }

  /**
   * Active proxies only: comma-separated IP addresses or DNS names the proxy may connect from. Unset: any address.
   *
   * Assigning replaces the configured value of `proxy_address`; `undefined` removes it.
   */
  public set proxyAddress(value: string | undefined) {
    this._proxyAddress = value;
  }

  /** The value given in the configuration for `proxy_address`, if any. */
  public get proxyAddressInput(): string | undefined {
    return this._proxyAddress;
  }

  /**
   * Description shown in the backend's web interface.
   *
   * A reference to the attribute's value after apply.
   */
  public get description(): string {
    return this.getStringAttribute("description");
  }

  /**
   * Description shown in the backend's web interface.
   *
   * Assigning replaces the configured value of `description`; `undefined` removes it.
   */
  public set description(value: string | undefined) {
    this._description = value;
  }

  /** The value given in the configuration for `description`, if any. */
  public get descriptionInput(): string | undefined {
    return this._description;
  }

  /**
   * Passive proxies only: how the server connects to the proxy, `unencrypted` or `psk`. Defaults to `unencrypted`.
   *
   * A reference to the attribute's value after apply.
   */
  public get tlsConnect(): string {
    return this.getStringAttribute("tls_connect");
  }

  /**
   * Passive proxies only: how the server connects to the proxy, `unencrypted` or `psk`. Defaults to `unencrypted`.
   *
   * Assigning replaces the configured value of `tls_connect`; `undefined` removes it.
   */
  public set tlsConnect(value: string | undefined) {
    this._tlsConnect = value;
  }

  /** The value given in the configuration for `tls_connect`, if any. */
  public get tlsConnectInput(): string | undefined {
    return this._tlsConnect;
  }

  /**
   * Active proxies only: the connections the server accepts from the proxy, any of `unencrypted` and `psk`. Defaults to `["unencrypted"]`.
   *
   * A reference to the attribute's value after apply.
   */
  public get tlsAccept(): string[] {
    return cdktf.Fn.tolist(this.getListAttribute("tls_accept"));
  }

  /**
   * Active proxies only: the connections the server accepts from the proxy, any of `unencrypted` and `psk`. Defaults to `["unencrypted"]`.
   *
   * Assigning replaces the configured value of `tls_accept`; `undefined` removes it.
   */
  public set tlsAccept(value: string[] | undefined) {
    this._tlsAccept = value;
  }

  /** The value given in the configuration for `tls_accept`, if any. */
  public get tlsAcceptInput(): string[] | undefined {
    return this._tlsAccept;
  }

  /**
   * PSK identity; required when `tls_connect` or `tls_accept` uses `psk`. The backend never returns it, so it cannot show drift.
   *
   * A reference to the attribute's value after apply.
   */
  public get tlsPskIdentity(): string {
    return this.getStringAttribute("tls_psk_identity");
  }

  /**
   * PSK identity; required when `tls_connect` or `tls_accept` uses `psk`. The backend never returns it, so it cannot show drift.
   *
   * Assigning replaces the configured value of `tls_psk_identity`; `undefined` removes it.
   */
  public set tlsPskIdentity(value: string | undefined) {
    this._tlsPskIdentity = value;
  }

  /** The value given in the configuration for `tls_psk_identity`, if any. */
  public get tlsPskIdentityInput(): string | undefined {
    return this._tlsPskIdentity;
  }

  /**
   * Pre-shared key, 32 to 512 hexadecimal digits; required when `tls_connect` or `tls_accept` uses `psk`. The backend never returns it, so it cannot show drift.
   *
   * A reference to the attribute's value after apply.
   */
  public get tlsPsk(): string {
    return this.getStringAttribute("tls_psk");
  }

  /**
   * Pre-shared key, 32 to 512 hexadecimal digits; required when `tls_connect` or `tls_accept` uses `psk`. The backend never returns it, so it cannot show drift.
   *
   * Assigning replaces the configured value of `tls_psk`; `undefined` removes it.
   */
  public set tlsPsk(value: string | undefined) {
    this._tlsPsk = value;
  }

  /** The value given in the configuration for `tls_psk`, if any. */
  public get tlsPskInput(): string | undefined {
    return this._tlsPsk;
  }

  /**
   * Declares an import of an existing `monitoring_proxy`; `cdktf plan` then generates its configuration.
   *
   * @param scope - scope of the import declaration
   * @param importToId - construct id of the generated configuration
   * @param importFromId - id (or name) of the object in the backend
   * @param provider - provider configuration to import with
   */
  public static generateConfigForImport(
    scope: Construct,
    importToId: string,
    importFromId: string,
    provider?: cdktf.TerraformProvider,
  ): cdktf.ImportableResource {
    return new cdktf.ImportableResource(scope, importToId, {
      terraformResourceType: "monitoring_proxy",
      importId: importFromId,
      provider,
    });
  }

  /** Removes `address` from the configuration. */
  public resetAddress(): void {
    this._address = undefined;
  }

  /** Removes `port` from the configuration. */
  public resetPort(): void {
    this._port = undefined;
  }

  /** Removes `proxy_address` from the configuration. */
  public resetProxyAddress(): void {
    this._proxyAddress = undefined;
  }

  /** Removes `description` from the configuration. */
  public resetDescription(): void {
    this._description = undefined;
  }

  /** Removes `tls_connect` from the configuration. */
  public resetTlsConnect(): void {
    this._tlsConnect = undefined;
  }

  /** Removes `tls_accept` from the configuration. */
  public resetTlsAccept(): void {
    this._tlsAccept = undefined;
  }

  /** Removes `tls_psk_identity` from the configuration. */
  public resetTlsPskIdentity(): void {
    this._tlsPskIdentity = undefined;
  }

  /** Removes `tls_psk` from the configuration. */
  public resetTlsPsk(): void {
    this._tlsPsk = undefined;
  }

  /** Renders the configured arguments as Terraform JSON, keyed by attribute name; cdktf calls it during synthesis. */
  protected override synthesizeAttributes(): Record<string, unknown> {
    return {
      name: cdktf.stringToTerraform(this._name),
      mode: cdktf.stringToTerraform(this._mode),
      address: cdktf.stringToTerraform(this._address),
      port: cdktf.numberToTerraform(this._port),
      proxy_address: cdktf.stringToTerraform(this._proxyAddress),
      description: cdktf.stringToTerraform(this._description),
      tls_connect: cdktf.stringToTerraform(this._tlsConnect),
      tls_accept: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tlsAccept),
      tls_psk_identity: cdktf.stringToTerraform(this._tlsPskIdentity),
      tls_psk: cdktf.stringToTerraform(this._tlsPsk),
    };
  }

  /** Renders the configured arguments for cdktf's HCL output (`cdktf synth --hcl`), leaving out the unset ones. */
  protected override synthesizeHclAttributes(): Record<string, unknown> {
    const attrs: Record<string, HclAttribute> = {
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      mode: {
        value: cdktf.stringToHclTerraform(this._mode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      address: {
        value: cdktf.stringToHclTerraform(this._address),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      port: {
        value: cdktf.numberToHclTerraform(this._port),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      proxy_address: {
        value: cdktf.stringToHclTerraform(this._proxyAddress),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tls_connect: {
        value: cdktf.stringToHclTerraform(this._tlsConnect),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tls_accept: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._tlsAccept),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      tls_psk_identity: {
        value: cdktf.stringToHclTerraform(this._tlsPskIdentity),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tls_psk: {
        value: cdktf.stringToHclTerraform(this._tlsPsk),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };
    return Object.fromEntries(Object.entries(attrs).filter(([, v]) => v.value !== undefined));
  }
}
