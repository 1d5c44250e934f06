// generated — do not edit; run npm run generate
// Binding of the data source `monitoring_template`, from the schema in lib/provider/schema.ts.
import type { Construct } from "constructs";
import * as cdktf from "cdktf";

/** One attribute as cdktf's HCL renderer expects it. */
interface HclAttribute {
  value: unknown;
  isBlock: boolean;
  type: string;
  storageClassType: string;
}

/** Arguments of {@link DataMonitoringTemplate}. */
export interface DataMonitoringTemplateConfig extends cdktf.TerraformMetaArguments {
  /**
   * Exact name of the template, e.g. `Linux by Zabbix agent`.
   *
   * Terraform attribute: `name`.
   */
  readonly name: string;
}

/**
 * Looks up a template of the monitoring backend by name.
 *
 * The `monitoring_template` data source of the `monitoring` provider.
 */
export class DataMonitoringTemplate extends cdktf.TerraformDataSource {
  /** The Terraform type name: `monitoring_template`. */
  public static readonly tfResourceType = "monitoring_template";
  private _name?: string;

  /**
   * @param scope - the scope in which to define this construct
   * @param id - construct id, unique among its siblings
   * @param config - the resource's arguments
   */
  public constructor(scope: Construct, id: string, config: DataMonitoringTemplateConfig) {
    super(scope, id, {
      terraformResourceType: "monitoring_template",
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
  }

  /**
   * Exact name of the template, e.g. `Linux by Zabbix agent`.
   *
   * A reference to the attribute's value after apply.
   */
  public get name(): string {
    return this.getStringAttribute("name");
  }

  /**
   * Exact name of the template, e.g. `Linux by Zabbix agent`.
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
   * Identifier of the template in the monitoring backend.
   *
   * A reference to the attribute's value after apply.
   */
  public get id(): string {
    return this.getStringAttribute("id");
  }

  /** Renders the configured arguments as Terraform JSON, keyed by attribute name; cdktf calls it during synthesis. */
  protected override synthesizeAttributes(): Record<string, unknown> {
    return {
      name: cdktf.stringToTerraform(this._name),
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
    };
    return Object.fromEntries(Object.entries(attrs).filter(([, v]) => v.value !== undefined));
  }
}
