// generated — do not edit; run npm run generate
// Binding of the resource `monitoring_check`, from the schema in lib/provider/schema.ts.
import type { Construct } from "constructs";
import * as cdktf from "cdktf";

/** One attribute as cdktf's HCL renderer expects it. */
interface HclAttribute {
  value: unknown;
  isBlock: boolean;
  type: string;
  storageClassType: string;
}

/** Arguments of {@link MonitoringCheck}. */
export interface MonitoringCheckConfig extends cdktf.TerraformMetaArguments {
  /**
   * Unique name of the check (Zabbix: the item's name; the triggers are named after it).
   *
   * From 1 to 255 characters.
   * Terraform attribute: `name`.
   */
  readonly name: string;
  /**
   * Id of the `monitoring_target` whose agent is asked for the value. Changing it replaces the check.
   *
   * Terraform attribute: `target`.
   */
  readonly target: string;
  /**
   * Agent item key returning a number, e.g. `vfs.file.contents[/var/lib/app/queue-depth]` or a `UserParameter` of the agent.
   *
   * From 1 to 2048 characters.
   * Terraform attribute: `key`.
   */
  readonly key: string;
  /**
   * Seconds between two collections of the value. Defaults to 60.
   *
   * A whole number from 1 to 86400.
   * Terraform attribute: `interval`.
   * @default 60
   */
  readonly interval?: number;
  /**
   * `above`: a value above a threshold is a problem; `below`: a value below it. Defaults to `above`.
   *
   * Allowed values: `above`, `below`.
   * Terraform attribute: `operator`.
   * @default "above"
   */
  readonly operator?: string;
  /**
   * Threshold of the warning problem (Zabbix severity Warning). At least one of `warning` and `critical` is set.
   *
   * Terraform attribute: `warning`.
   * @default - not set
   */
  readonly warning?: number;
  /**
   * Threshold of the critical problem (Zabbix severity High).
   *
   * Terraform attribute: `critical`.
   * @default - not set
   */
  readonly critical?: number;
}

/**
 * A value the backend collects from a target's agent, with a threshold per severity that raises a problem of that severity (Zabbix: an item and one trigger per severity).
 *
 * The `monitoring_check` resource of the `monitoring` provider.
 */
export class MonitoringCheck extends cdktf.TerraformResource {
  /** The Terraform type name: `monitoring_check`. */
  public static readonly tfResourceType = "monitoring_check";
  private _name?: string;
  private _target?: string;
  private _key?: string;
  private _interval?: number;
  private _operator?: string;
  private _warning?: number;
  private _critical?: number;

  /**
   * @param scope - the scope in which to define this construct
   * @param id - construct id, unique among its siblings
   * @param config - the resource's arguments
   */
  public constructor(scope: Construct, id: string, config: MonitoringCheckConfig) {
    super(scope, id, {
      terraformResourceType: "monitoring_check",
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
    this._target = config.target;
    this._key = config.key;
    this._interval = config.interval;
    this._operator = config.operator;
    this._warning = config.warning;
    this._critical = config.critical;
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
   * Unique name of the check (Zabbix: the item's name; the triggers are named after it).
   *
   * A reference to the attribute's value after apply.
   */
  public get name(): string {
    return this.getStringAttribute("name");
  }

  /**
   * Unique name of the check (Zabbix: the item's name; the triggers are named after it).
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
   * Id of the `monitoring_target` whose agent is asked for the value. Changing it replaces the check.
   *
   * A reference to the attribute's value after apply.
   */
  public get target(): string {
    return this.getStringAttribute("target");
  }

  /**
   * Id of the `monitoring_target` whose agent is asked for the value. Changing it replaces the check.
   *
   * Assigning replaces the configured value of `target`.
   */
  public set target(value: string) {
    this._target = value;
  }

  /** The value given in the configuration for `target`, if any. */
  public get targetInput(): string | undefined {
    return this._target;
  }

  /**
   * Agent item key returning a number, e.g. `vfs.file.contents[/var/lib/app/queue-depth]` or a `UserParameter` of the agent.
   *
   * A reference to the attribute's value after apply.
   */
  public get key(): string {
    return this.getStringAttribute("key");
  }

  /**
   * Agent item key returning a number, e.g. `vfs.file.contents[/var/lib/app/queue-depth]` or a `UserParameter` of the agent.
   *
   * Assigning replaces the configured value of `key`.
   */
  public set key(value: string) {
    this._key = value;
  }

  /** The value given in the configuration for `key`, if any. */
  public get keyInput(): string | undefined {
    return this._key;
  }

  /**
   * Seconds between two collections of the value. Defaults to 60.
   *
   * A reference to the attribute's value after apply.
   */
  public get interval(): number {
    return this.getNumberAttribute("interval");
  }

  /**
   * Seconds between two collections of the value. Defaults to 60.
   *
   * Assigning replaces the configured value of `interval`; `undefined` removes it.
   */
  public set interval(value: number | undefined) {
    this._interval = value;
  }

  /** The value given in the configuration for `interval`, if any. */
  public get intervalInput(): number | undefined {
    return this._interval;
  }

  /**
   * `above`: a value above a threshold is a problem; `below`: a value below it. Defaults to `above`.
   *
   * A reference to the attribute's value after apply.
   */
  public get operator(): string {
    return this.getStringAttribute("operator");
  }

  /**
   * `above`: a value above a threshold is a problem; `below`: a value below it. Defaults to `above`.
   *
   * Assigning replaces the configured value of `operator`; `undefined` removes it.
   */
  public set operator(value: string | undefined) {
    this._operator = value;
  }

  /** The value given in the configuration for `operator`, if any. */
  public get operatorInput(): string | undefined {
    return this._operator;
  }

  /**
   * Threshold of the warning problem (Zabbix severity Warning). At least one of `warning` and `critical` is set.
   *
   * A reference to the attribute's value after apply.
   */
  public get warning(): number {
    return this.getNumberAttribute("warning");
  }

  /**
   * Threshold of the warning problem (Zabbix severity Warning). At least one of `warning` and `critical` is set.
   *
   * Assigning replaces the configured value of `warning`; `undefined` removes it.
   */
  public set warning(value: number | undefined) {
    this._warning = value;
  }

  /** The value given in the configuration for `warning`, if any. */
  public get warningInput(): number | undefined {
    return this._warning;
  }

  /**
   * Threshold of the critical problem (Zabbix severity High).
   *
   * A reference to the attribute's value after apply.
   */
  public get critical(): number {
    return this.getNumberAttribute("critical");
  }

  /**
   * Threshold of the critical problem (Zabbix severity High).
   *
   * Assigning replaces the configured value of `critical`; `undefined` removes it.
   */
  public set critical(value: number | undefined) {
    this._critical = value;
  }

  /** The value given in the configuration for `critical`, if any. */
  public get criticalInput(): number | undefined {
    return this._critical;
  }

  /**
   * Declares an import of an existing `monitoring_check`; `cdktf plan` then generates its configuration.
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
      terraformResourceType: "monitoring_check",
      importId: importFromId,
      provider,
    });
  }

  /** Removes `interval` from the configuration. */
  public resetInterval(): void {
    this._interval = undefined;
  }

  /** Removes `operator` from the configuration. */
  public resetOperator(): void {
    this._operator = undefined;
  }

  /** Removes `warning` from the configuration. */
  public resetWarning(): void {
    this._warning = undefined;
  }

  /** Removes `critical` from the configuration. */
  public resetCritical(): void {
    this._critical = undefined;
  }

  /** Renders the configured arguments as Terraform JSON, keyed by attribute name; cdktf calls it during synthesis. */
  protected override synthesizeAttributes(): Record<string, unknown> {
    return {
      name: cdktf.stringToTerraform(this._name),
      target: cdktf.stringToTerraform(this._target),
      key: cdktf.stringToTerraform(this._key),
      interval: cdktf.numberToTerraform(this._interval),
      operator: cdktf.stringToTerraform(this._operator),
      warning: cdktf.numberToTerraform(this._warning),
      critical: cdktf.numberToTerraform(this._critical),
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
      target: {
        value: cdktf.stringToHclTerraform(this._target),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      key: {
        value: cdktf.stringToHclTerraform(this._key),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      interval: {
        value: cdktf.numberToHclTerraform(this._interval),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      operator: {
        value: cdktf.stringToHclTerraform(this._operator),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      warning: {
        value: cdktf.numberToHclTerraform(this._warning),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      critical: {
        value: cdktf.numberToHclTerraform(this._critical),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
    };
    return Object.fromEntries(Object.entries(attrs).filter(([, v]) => v.value !== undefined));
  }
}
