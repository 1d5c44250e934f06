// generated — do not edit; run npm run generate
// Binding of the resource `monitoring_target`, from the schema in lib/provider/schema.ts.
import type { Construct } from "constructs";
import * as cdktf from "cdktf";

/** One attribute as cdktf's HCL renderer expects it. */
interface HclAttribute {
  value: unknown;
  isBlock: boolean;
  type: string;
  storageClassType: string;
}

/** Arguments of {@link MonitoringTarget}. */
export interface MonitoringTargetConfig extends cdktf.TerraformMetaArguments {
  /**
   * Unique technical name of the target. Changing it replaces the target (it is the identity used by import and by recovery of interrupted creates).
   *
   * From 1 to 128 characters.
   * Must be letters, digits, '_', '.' and '-' (no spaces).
   * Terraform attribute: `name`.
   */
  readonly name: string;
  /**
   * Name shown in the backend's web interface. Defaults to `name`.
   *
   * From 1 to 128 characters.
   * Terraform attribute: `display_name`.
   * @default - computed by the provider (see the description)
   */
  readonly displayName?: string;
  /**
   * What the target is; selects the backend's templates unless `templates` is set.
   *
   * Allowed values: `linux_server`, `windows_server`, `network_device`, `postgres`, `mysql`, `web_endpoint`, `aws_ec2`, `aws_rds`, `aws_s3`, `azure_vm`, `azure_sql`, `azure_postgres`.
   * Terraform attribute: `kind`.
   */
  readonly kind: string;
  /**
   * Names of the backend templates linked to the target. Defaults to the templates for `kind`.
   *
   * Terraform attribute: `templates`.
   * @default - computed by the provider (see the description)
   */
  readonly templates?: string[];
  /**
   * IPv4 address, IPv6 address or DNS name the backend reaches the target at.
   *
   * Must be an IPv4 address, an IPv6 address or a DNS name.
   * Terraform attribute: `address`.
   */
  readonly address: string;
  /**
   * Port of the target's interface. Defaults to 161 for `network_device`, 443 for `web_endpoint`, otherwise 10050.
   *
   * A whole number from 1 to 65535.
   * Terraform attribute: `port`.
   * @default - computed by the provider (see the description)
   */
  readonly port?: number;
  /**
   * Ids of the `monitoring_group`s the target belongs to (at least one).
   *
   * From 1 to 1000 elements.
   * Terraform attribute: `groups`.
   */
  readonly groups: string[];
  /**
   * Threshold values by name, stored as host macros that the templates' triggers read; the name is the macro name without its wrapper, e.g. `CPU.UTIL.CRIT` for `{$CPU.UTIL.CRIT}`.
   *
   * Keys: upper-case letters, digits, '_' and '.', e.g. CPU.UTIL.CRIT.
   * Terraform attribute: `thresholds`.
   * @default - not set
   */
  readonly thresholds?: { [key: string]: string };
  /**
   * Tags of the target (key to value).
   *
   * Terraform attribute: `tags`.
   * @default - not set
   */
  readonly tags?: { [key: string]: string };
  /**
   * Whether the backend monitors the target. Defaults to true.
   *
   * Terraform attribute: `enabled`.
   * @default true
   */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
   * Id of the `monitoring_proxy` that monitors the target (Zabbix: the host's proxy). Unset: the server monitors it.
   *
   * Terraform attribute: `proxy`.
   * @default - not set
   */
  readonly proxy?: string;
}

/**
 * A monitored thing in the monitoring backend (Zabbix: host): a server, database, network device, URL or cloud resource.
 *
 * The `monitoring_target` resource of the `monitoring` provider.
 */
export class MonitoringTarget extends cdktf.TerraformResource {
  /** The Terraform type name: `monitoring_target`. */
  public static readonly tfResourceType = "monitoring_target";
  private _name?: string;
  private _displayName?: string;
  private _kind?: string;
  private _templates?: string[];
  private _address?: string;
  private _port?: number;
  private _groups?: string[];
  private _thresholds?: { [key: string]: string };
  private _tags?: { [key: string]: string };
  private _enabled?: boolean | cdktf.IResolvable;
  private _proxy?: string;

  /**
   * @param scope - the scope in which to define this construct
   * @param id - construct id, unique among its siblings
   * @param config - the resource's arguments
   */
  public constructor(scope: Construct, id: string, config: MonitoringTargetConfig) {
    super(scope, id, {
      terraformResourceType: "monitoring_target",
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
    this._displayName = config.displayName;
    this._kind = config.kind;
    this._templates = config.templates;
    this._address = config.address;
    this._port = config.port;
    this._groups = config.groups;
    this._thresholds = config.thresholds;
    this._tags = config.tags;
    this._enabled = config.enabled;
    this._proxy = config.proxy;
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
   * Link to the object in the monitoring backend's web interface.
   *
   * A reference to the attribute's value after apply.
   */
  public get url(): string {
    return this.getStringAttribute("url");
  }

  /**
   * Unique technical name of the target. Changing it replaces the target (it is the identity used by import and by recovery of interrupted creates).
   *
   * A reference to the attribute's value after apply.
   */
  public get name(): string {
    return this.getStringAttribute("name");
  }

  /**
   * Unique technical name of the target. Changing it replaces the target (it is the identity used by import and by recovery of interrupted creates).
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
   * Name shown in the backend's web interface. Defaults to `name`.
   *
   * A reference to the attribute's value after apply.
   */
  public get displayName(): string {
    return this.getStringAttribute("display_name");
  }

  /**
   * Name shown in the backend's web interface. Defaults to `name`.
   *
   * Assigning replaces the configured value of `display_name`; `undefined` removes it.
   */
  public set displayName(value: string | undefined) {
    this._displayName = value;
  }

  /** The value given in the configuration for `display_name`, if any. */
  public get displayNameInput(): string | undefined {
    return this._displayName;
  }

  /**
   * What the target is; selects the backend's templates unless `templates` is set.
   *
   * A reference to the attribute's value after apply.
   */
  public get kind(): string {
    return this.getStringAttribute("kind");
  }

  /**
   * What the target is; selects the backend's templates unless `templates` is set.
   *
   * Assigning replaces the configured value of `kind`.
   */
  public set kind(value: string) {
    this._kind = value;
  }

  /** The value given in the configuration for `kind`, if any. */
  public get kindInput(): string | undefined {
    return this._kind;
  }

  /**
   * Names of the backend templates linked to the target. Defaults to the templates for `kind`.
   *
   * A reference to the attribute's value after apply.
   */
  public get templates(): string[] {
    return cdktf.Fn.tolist(this.getListAttribute("templates"));
  }

  /**
   * Names of the backend templates linked to the target. Defaults to the templates for `kind`.
   *
   * Assigning replaces the configured value of `templates`; `undefined` removes it.
   */
  public set templates(value: string[] | undefined) {
    this._templates = value;
  }

  /** The value given in the configuration for `templates`, if any. */
  public get templatesInput(): string[] | undefined {
    return this._templates;
  }

  /**
   * IPv4 address, IPv6 address or DNS name the backend reaches the target at.
   *
   * A reference to the attribute's value after apply.
   */
  public get address(): string {
    return this.getStringAttribute("address");
  }

  /**
   * IPv4 address, IPv6 address or DNS name the backend reaches the target at.
   *
   * Assigning replaces the configured value of `address`.
   */
  public set address(value: string) {
    this._address = value;
  }

  /** The value given in the configuration for `address`, if any. */
  public get addressInput(): string | undefined {
    return this._address;
  }

  /**
   * Port of the target's interface. Defaults to 161 for `network_device`, 443 for `web_endpoint`, otherwise 10050.
   *
   * A reference to the attribute's value after apply.
   */
  public get port(): number {
    return this.getNumberAttribute("port");
  }

  /**
   * Port of the target's interface. Defaults to 161 for `network_device`, 443 for `web_endpoint`, otherwise 10050.
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
   * Ids of the `monitoring_group`s the target belongs to (at least one).
   *
   * A reference to the attribute's value after apply.
   */
  public get groups(): string[] {
    return cdktf.Fn.tolist(this.getListAttribute("groups"));
  }

  /**
   * Ids of the `monitoring_group`s the target belongs to (at least one).
   *
   * Assigning replaces the configured value of `groups`.
   */
  public set groups(value: string[]) {
    this._groups = value;
  }

  /** The value given in the configuration for `groups`, if any. */
  public get groupsInput(): string[] | undefined {
    return this._groups;
  }

  /**
   * Threshold values by name, stored as host macros that the templates' triggers read; the name is the macro name without its wrapper, e.g. `CPU.UTIL.CRIT` for `{$CPU.UTIL.CRIT}`.
   *
   * A reference to the attribute's value after apply.
   */
  public get thresholds(): { [key: string]: string } {
    return this.getStringMapAttribute("thresholds");
  }

  /**
   * Threshold values by name, stored as host macros that the templates' triggers read; the name is the macro name without its wrapper, e.g. `CPU.UTIL.CRIT` for `{$CPU.UTIL.CRIT}`.
   *
   * Assigning replaces the configured value of `thresholds`; `undefined` removes it.
   */
  public set thresholds(value: { [key: string]: string } | undefined) {
    this._thresholds = value;
  }

  /** The value given in the configuration for `thresholds`, if any. */
  public get thresholdsInput(): { [key: string]: string } | undefined {
    return this._thresholds;
  }

  /**
   * Tags of the target (key to value).
   *
   * A reference to the attribute's value after apply.
   */
  public get tags(): { [key: string]: string } {
    return this.getStringMapAttribute("tags");
  }

  /**
   * Tags of the target (key to value).
   *
   * Assigning replaces the configured value of `tags`; `undefined` removes it.
   */
  public set tags(value: { [key: string]: string } | undefined) {
    this._tags = value;
  }

  /** The value given in the configuration for `tags`, if any. */
  public get tagsInput(): { [key: string]: string } | undefined {
    return this._tags;
  }

  /**
   * Whether the backend monitors the target. Defaults to true.
   *
   * A reference to the attribute's value after apply.
   */
  public get enabled(): cdktf.IResolvable {
    return this.getBooleanAttribute("enabled");
  }

  /**
   * Whether the backend monitors the target. Defaults to true.
   *
   * Assigning replaces the configured value of `enabled`; `undefined` removes it.
   */
  public set enabled(value: boolean | cdktf.IResolvable | undefined) {
    this._enabled = value;
  }

  /** The value given in the configuration for `enabled`, if any. */
  public get enabledInput(): boolean | cdktf.IResolvable | undefined {
    return this._enabled;
  }

  /**
   * Id of the `monitoring_proxy` that monitors the target (Zabbix: the host's proxy). Unset: the server monitors it.
   *
   * A reference to the attribute's value after apply.
   */
  public get proxy(): string {
    return this.getStringAttribute("proxy");
  }

  /**
   * Id of the `monitoring_proxy` that monitors the target (Zabbix: the host's proxy). Unset: the server monitors it.
   *
   * Assigning replaces the configured value of `proxy`; `undefined` removes it.
   */
  public set proxy(value: string | undefined) {
    this._proxy = value;
  }

  /** The value given in the configuration for `proxy`, if any. */
  public get proxyInput(): string | undefined {
    return this._proxy;
  }

  /**
   * Declares an import of an existing `monitoring_target`; `cdktf plan` then generates its configuration.
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
      terraformResourceType: "monitoring_target",
      importId: importFromId,
      provider,
    });
  }

  /** Removes `display_name` from the configuration. */
  public resetDisplayName(): void {
    this._displayName = undefined;
  }

  /** Removes `templates` from the configuration. */
  public resetTemplates(): void {
    this._templates = undefined;
  }

  /** Removes `port` from the configuration. */
  public resetPort(): void {
    this._port = undefined;
  }

  /** Removes `thresholds` from the configuration. */
  public resetThresholds(): void {
    this._thresholds = undefined;
  }

  /** Removes `tags` from the configuration. */
  public resetTags(): void {
    this._tags = undefined;
  }

  /** Removes `enabled` from the configuration. */
  public resetEnabled(): void {
    this._enabled = undefined;
  }

  /** Removes `proxy` from the configuration. */
  public resetProxy(): void {
    this._proxy = undefined;
  }

  /** Renders the configured arguments as Terraform JSON, keyed by attribute name; cdktf calls it during synthesis. */
  protected override synthesizeAttributes(): Record<string, unknown> {
    return {
      name: cdktf.stringToTerraform(this._name),
      display_name: cdktf.stringToTerraform(this._displayName),
      kind: cdktf.stringToTerraform(this._kind),
      templates: cdktf.listMapper(cdktf.stringToTerraform, false)(this._templates),
      address: cdktf.stringToTerraform(this._address),
      port: cdktf.numberToTerraform(this._port),
      groups: cdktf.listMapper(cdktf.stringToTerraform, false)(this._groups),
      thresholds: cdktf.hashMapper(cdktf.stringToTerraform)(this._thresholds),
      tags: cdktf.hashMapper(cdktf.stringToTerraform)(this._tags),
      enabled: cdktf.booleanToTerraform(this._enabled),
      proxy: cdktf.stringToTerraform(this._proxy),
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
      display_name: {
        value: cdktf.stringToHclTerraform(this._displayName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      kind: {
        value: cdktf.stringToHclTerraform(this._kind),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      templates: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._templates),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
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
      groups: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._groups),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      thresholds: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._thresholds),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      tags: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._tags),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      enabled: {
        value: cdktf.booleanToHclTerraform(this._enabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      proxy: {
        value: cdktf.stringToHclTerraform(this._proxy),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };
    return Object.fromEntries(Object.entries(attrs).filter(([, v]) => v.value !== undefined));
  }
}
