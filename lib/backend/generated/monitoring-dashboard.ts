// generated — do not edit; run npm run generate
// Binding of the resource `monitoring_dashboard`, from the schema in lib/provider/schema.ts.
import type { Construct } from "constructs";
import * as cdktf from "cdktf";

/** One attribute as cdktf's HCL renderer expects it. */
interface HclAttribute {
  value: unknown;
  isBlock: boolean;
  type: string;
  storageClassType: string;
}

/** Arguments of {@link MonitoringDashboard}. */
export interface MonitoringDashboardConfig extends cdktf.TerraformMetaArguments {
  /**
   * Unique name of the dashboard.
   *
   * From 1 to 255 characters.
   * Terraform attribute: `name`.
   */
  readonly name: string;
  /**
   * Ids of the `monitoring_group`s shown (at least one).
   *
   * From 1 to 1000 elements.
   * Terraform attribute: `groups`.
   */
  readonly groups: string[];
}

/**
 * A dashboard in the monitoring backend showing the problems and availability of one or more groups.
 *
 * The `monitoring_dashboard` resource of the `monitoring` provider.
 */
export class MonitoringDashboard extends cdktf.TerraformResource {
  /** The Terraform type name: `monitoring_dashboard`. */
  public static readonly tfResourceType = "monitoring_dashboard";
  private _name?: string;
  private _groups?: string[];

  /**
   * @param scope - the scope in which to define this construct
   * @param id - construct id, unique among its siblings
   * @param config - the resource's arguments
   */
  public constructor(scope: Construct, id: string, config: MonitoringDashboardConfig) {
    super(scope, id, {
      terraformResourceType: "monitoring_dashboard",
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
    this._groups = config.groups;
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
   * Unique name of the dashboard.
   *
   * A reference to the attribute's value after apply.
   */
  public get name(): string {
    return this.getStringAttribute("name");
  }

  /**
   * Unique name of the dashboard.
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
   * Ids of the `monitoring_group`s shown (at least one).
   *
   * A reference to the attribute's value after apply.
   */
  public get groups(): string[] {
    return cdktf.Fn.tolist(this.getListAttribute("groups"));
  }

  /**
   * Ids of the `monitoring_group`s shown (at least one).
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
   * Declares an import of an existing `monitoring_dashboard`; `cdktf plan` then generates its configuration.
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
      terraformResourceType: "monitoring_dashboard",
      importId: importFromId,
      provider,
    });
  }

  /** Renders the configured arguments as Terraform JSON, keyed by attribute name; cdktf calls it during synthesis. */
  protected override synthesizeAttributes(): Record<string, unknown> {
    return {
      name: cdktf.stringToTerraform(this._name),
      groups: cdktf.listMapper(cdktf.stringToTerraform, false)(this._groups),
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
      groups: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._groups),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
    };
    return Object.fromEntries(Object.entries(attrs).filter(([, v]) => v.value !== undefined));
  }
}
