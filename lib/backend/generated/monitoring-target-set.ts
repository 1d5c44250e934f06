// generated — do not edit; run npm run generate
// Binding of the resource `monitoring_target_set`, from the schema in lib/provider/schema.ts.
import type { Construct } from "constructs";
import * as cdktf from "cdktf";

/** One attribute as cdktf's HCL renderer expects it. */
interface HclAttribute {
  value: unknown;
  isBlock: boolean;
  type: string;
  storageClassType: string;
}
/** One value of `monitoring_target_set.targets`, written to Terraform as its JSON text. */
export interface MonitoringTargetSetTargetsEntry {
  /** Attribute `display_name`; null or absent: unset. */
  readonly display_name?: string | null;
  /** Attribute `kind`; null or absent: unset. */
  readonly kind?: string | null;
  /** Attribute `templates`; null or absent: unset. */
  readonly templates?: string[] | null;
  /** Attribute `address`; null or absent: unset. */
  readonly address?: string | null;
  /** Attribute `port`; null or absent: unset. */
  readonly port?: number | null;
  /** Attribute `groups`; null or absent: unset. */
  readonly groups?: string[] | null;
  /** Attribute `thresholds`; null or absent: unset. */
  readonly thresholds?: { [key: string]: string } | null;
  /** Attribute `tags`; null or absent: unset. */
  readonly tags?: { [key: string]: string } | null;
  /** Attribute `enabled`; null or absent: unset. */
  readonly enabled?: boolean | cdktf.IResolvable | null;
  /** Attribute `proxy`; null or absent: unset. */
  readonly proxy?: string | null;
}

/** The JSON text of one value of `monitoring_target_set.targets`: an entry's set attributes in schema order, through `jsonencode()` when one is a token; a string is the text itself. */
function monitoringTargetSetTargetsEntryToJson(
  entry: MonitoringTargetSetTargetsEntry | string,
): string {
  if (typeof entry === "string") return entry;
  const e = entry as Readonly<Record<string, unknown>>;
  const value = Object.fromEntries(
    [
      "display_name",
      "kind",
      "templates",
      "address",
      "port",
      "groups",
      "thresholds",
      "tags",
      "enabled",
      "proxy",
    ]
      .filter((k) => e[k] !== undefined && e[k] !== null)
      .map((k) => [k, e[k]]),
  );
  const text = JSON.stringify(value);
  return cdktf.Token.isUnresolved(text) ? cdktf.Fn.jsonencode(value) : text;
}

/** Arguments of {@link MonitoringTargetSet}. */
export interface MonitoringTargetSetConfig extends cdktf.TerraformMetaArguments {
  /**
   * Unique name of the set. The backend's targets carry it in a reserved tag, by which the provider finds what a failed batch created.
   *
   * From 1 to 128 characters.
   * Must be letters, digits, '_', '.' and '-' (no spaces).
   * Changing it replaces the object.
   * Terraform attribute: `name`.
   */
  readonly name: string;
  /**
   * Targets by unique technical name. Each value is the JSON of an object (`jsonencode({...})` in HCL) with the attributes of `monitoring_target` but `name`: `display_name`, `kind`, `templates`, `address`, `port`, `groups`, `thresholds`, `tags`, `enabled`, `proxy`; `kind`, `address` and `groups` are required, an absent or null attribute is unset and the defaults are those of `monitoring_target`.
   *
   * From 1 to 5000 elements.
   * Terraform attribute: `targets`.
   */
  readonly targets: { [key: string]: MonitoringTargetSetTargetsEntry | string };
  /**
   * Targets per batch, each all or nothing (Zabbix: one `host.create`, `host.update` or `host.delete`; creates of sets applied at the same time may share a call). Unset: 100. Smaller batches lose less to a failed call; larger ones make fewer calls.
   *
   * A whole number from 1 to 1000.
   * Terraform attribute: `batch_size`.
   * @default - not set
   */
  readonly batchSize?: number;
}

/**
 * Many monitored things in the monitoring backend (Zabbix: hosts), managed as one resource: a service group's targets registered in batches. Each entry of `targets` is what a `monitoring_target` would be, keyed by its unique technical name.
 *
 * The `monitoring_target_set` resource of the `monitoring` provider.
 */
export class MonitoringTargetSet extends cdktf.TerraformResource {
  /** The Terraform type name: `monitoring_target_set`. */
  public static readonly tfResourceType = "monitoring_target_set";
  private _name?: string;
  private _targets?: { [key: string]: MonitoringTargetSetTargetsEntry | string };
  private _batchSize?: number;

  /**
   * @param scope - the scope in which to define this construct
   * @param id - construct id, unique among its siblings
   * @param config - the resource's arguments
   */
  public constructor(scope: Construct, id: string, config: MonitoringTargetSetConfig) {
    super(scope, id, {
      terraformResourceType: "monitoring_target_set",
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
    this._targets = config.targets;
    this._batchSize = config.batchSize;
  }

  /**
   * The set's name (the set is no object of the backend; its targets are).
   *
   * A reference to the attribute's value after apply.
   */
  public get id(): string {
    return this.getStringAttribute("id");
  }

  /**
   * Unique name of the set. The backend's targets carry it in a reserved tag, by which the provider finds what a failed batch created.
   *
   * A reference to the attribute's value after apply.
   */
  public get name(): string {
    return this.getStringAttribute("name");
  }

  /**
   * Unique name of the set. The backend's targets carry it in a reserved tag, by which the provider finds what a failed batch created.
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
   * Targets by unique technical name. Each value is the JSON of an object (`jsonencode({...})` in HCL) with the attributes of `monitoring_target` but `name`: `display_name`, `kind`, `templates`, `address`, `port`, `groups`, `thresholds`, `tags`, `enabled`, `proxy`; `kind`, `address` and `groups` are required, an absent or null attribute is unset and the defaults are those of `monitoring_target`.
   *
   * A reference to the attribute's value after apply.
   */
  public get targets(): { [key: string]: string } {
    return this.getStringMapAttribute("targets");
  }

  /**
   * Targets by unique technical name. Each value is the JSON of an object (`jsonencode({...})` in HCL) with the attributes of `monitoring_target` but `name`: `display_name`, `kind`, `templates`, `address`, `port`, `groups`, `thresholds`, `tags`, `enabled`, `proxy`; `kind`, `address` and `groups` are required, an absent or null attribute is unset and the defaults are those of `monitoring_target`.
   *
   * Assigning replaces the configured value of `targets`.
   */
  public set targets(value: { [key: string]: MonitoringTargetSetTargetsEntry | string }) {
    this._targets = value;
  }

  /** The value given in the configuration for `targets`, if any. */
  public get targetsInput():
    { [key: string]: MonitoringTargetSetTargetsEntry | string } | undefined {
    return this._targets;
  }

  /**
   * Targets per batch, each all or nothing (Zabbix: one `host.create`, `host.update` or `host.delete`; creates of sets applied at the same time may share a call). Unset: 100. Smaller batches lose less to a failed call; larger ones make fewer calls.
   *
   * A reference to the attribute's value after apply.
   */
  public get batchSize(): number {
    return this.getNumberAttribute("batch_size");
  }

  /**
   * Targets per batch, each all or nothing (Zabbix: one `host.create`, `host.update` or `host.delete`; creates of sets applied at the same time may share a call). Unset: 100. Smaller batches lose less to a failed call; larger ones make fewer calls.
   *
   * Assigning replaces the configured value of `batch_size`; `undefined` removes it.
   */
  public set batchSize(value: number | undefined) {
    this._batchSize = value;
  }

  /** The value given in the configuration for `batch_size`, if any. */
  public get batchSizeInput(): number | undefined {
    return this._batchSize;
  }

  /**
   * Backend id of each target, by the same keys as `targets`: what `monitoring_target.id` is for one target.
   *
   * A reference to the attribute's value after apply.
   */
  public get ids(): { [key: string]: string } {
    return this.getStringMapAttribute("ids");
  }

  /**
   * Declares an import of an existing `monitoring_target_set`; `cdktf plan` then generates its configuration.
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
      terraformResourceType: "monitoring_target_set",
      importId: importFromId,
      provider,
    });
  }

  /** Removes `batch_size` from the configuration. */
  public resetBatchSize(): void {
    this._batchSize = undefined;
  }

  /** Renders the configured arguments as Terraform JSON, keyed by attribute name; cdktf calls it during synthesis. */
  protected override synthesizeAttributes(): Record<string, unknown> {
    return {
      name: cdktf.stringToTerraform(this._name),
      targets: cdktf.hashMapper(monitoringTargetSetTargetsEntryToJson)(this._targets),
      batch_size: cdktf.numberToTerraform(this._batchSize),
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
      targets: {
        value: cdktf.hashMapperHcl(monitoringTargetSetTargetsEntryToJson)(this._targets),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      batch_size: {
        value: cdktf.numberToHclTerraform(this._batchSize),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
    };
    return Object.fromEntries(Object.entries(attrs).filter(([, v]) => v.value !== undefined));
  }
}
