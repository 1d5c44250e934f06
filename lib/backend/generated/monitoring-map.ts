// generated — do not edit; run npm run generate
// Binding of the resource `monitoring_map`, from the schema in lib/provider/schema.ts.
import type { Construct } from "constructs";
import * as cdktf from "cdktf";

/** One attribute as cdktf's HCL renderer expects it. */
interface HclAttribute {
  value: unknown;
  isBlock: boolean;
  type: string;
  storageClassType: string;
}

/** Arguments of {@link MonitoringMap}. */
export interface MonitoringMapConfig extends cdktf.TerraformMetaArguments {
  /**
   * Unique name of the map.
   *
   * From 1 to 128 characters.
   * Terraform attribute: `name`.
   */
  readonly name: string;
  /**
   * Width of the map in pixels. Defaults to 800.
   *
   * A whole number from 1 to 10000.
   * Terraform attribute: `width`.
   * @default 800
   */
  readonly width?: number;
  /**
   * Height of the map in pixels. Defaults to 600.
   *
   * A whole number from 1 to 10000.
   * Terraform attribute: `height`.
   * @default 600
   */
  readonly height?: number;
  /**
   * The targets on the map, each `<target id>@<x>,<y>` (pixel position of its icon's top-left corner inside the map), optionally followed by `@<label>`; without a label the icon shows the target's visible name. At most one element per target.
   *
   * From 1 to 10000 elements.
   * Terraform attribute: `elements`.
   */
  readonly elements: string[];
  /**
   * Links between elements, each `<target id>-><target id>`: the first target depends on the second. Both targets are elements of the map.
   *
   * From 1 to 100000 elements.
   * Terraform attribute: `links`.
   * @default - not set
   */
  readonly links?: string[];
}

/**
 * A map of targets in the monitoring backend (Zabbix: map): each target an icon showing its problems, with links between targets that depend on each other. Elements that are not targets, added in the web interface, are removed by the next apply.
 *
 * The `monitoring_map` resource of the `monitoring` provider.
 */
export class MonitoringMap extends cdktf.TerraformResource {
  /** The Terraform type name: `monitoring_map`. */
  public static readonly tfResourceType = "monitoring_map";
  private _name?: string;
  private _width?: number;
  private _height?: number;
  private _elements?: string[];
  private _links?: string[];

  /**
   * @param scope - the scope in which to define this construct
   * @param id - construct id, unique among its siblings
   * @param config - the resource's arguments
   */
  public constructor(scope: Construct, id: string, config: MonitoringMapConfig) {
    super(scope, id, {
      terraformResourceType: "monitoring_map",
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
    this._width = config.width;
    this._height = config.height;
    this._elements = config.elements;
    this._links = config.links;
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
   * Unique name of the map.
   *
   * A reference to the attribute's value after apply.
   */
  public get name(): string {
    return this.getStringAttribute("name");
  }

  /**
   * Unique name of the map.
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
   * Width of the map in pixels. Defaults to 800.
   *
   * A reference to the attribute's value after apply.
   */
  public get width(): number {
    return this.getNumberAttribute("width");
  }

  /**
   * Width of the map in pixels. Defaults to 800.
   *
   * Assigning replaces the configured value of `width`; `undefined` removes it.
   */
  public set width(value: number | undefined) {
    this._width = value;
  }

  /** The value given in the configuration for `width`, if any. */
  public get widthInput(): number | undefined {
    return this._width;
  }

  /**
   * Height of the map in pixels. Defaults to 600.
   *
   * A reference to the attribute's value after apply.
   */
  public get height(): number {
    return this.getNumberAttribute("height");
  }

  /**
   * Height of the map in pixels. Defaults to 600.
   *
   * Assigning replaces the configured value of `height`; `undefined` removes it.
   */
  public set height(value: number | undefined) {
    this._height = value;
  }

  /** The value given in the configuration for `height`, if any. */
  public get heightInput(): number | undefined {
    return this._height;
  }

  /**
   * The targets on the map, each `<target id>@<x>,<y>` (pixel position of its icon's top-left corner inside the map), optionally followed by `@<label>`; without a label the icon shows the target's visible name. At most one element per target.
   *
   * A reference to the attribute's value after apply.
   */
  public get elements(): string[] {
    return cdktf.Fn.tolist(this.getListAttribute("elements"));
  }

  /**
   * The targets on the map, each `<target id>@<x>,<y>` (pixel position of its icon's top-left corner inside the map), optionally followed by `@<label>`; without a label the icon shows the target's visible name. At most one element per target.
   *
   * Assigning replaces the configured value of `elements`.
   */
  public set elements(value: string[]) {
    this._elements = value;
  }

  /** The value given in the configuration for `elements`, if any. */
  public get elementsInput(): string[] | undefined {
    return this._elements;
  }

  /**
   * Links between elements, each `<target id>-><target id>`: the first target depends on the second. Both targets are elements of the map.
   *
   * A reference to the attribute's value after apply.
   */
  public get links(): string[] {
    return cdktf.Fn.tolist(this.getListAttribute("links"));
  }

  /**
   * Links between elements, each `<target id>-><target id>`: the first target depends on the second. Both targets are elements of the map.
   *
   * Assigning replaces the configured value of `links`; `undefined` removes it.
   */
  public set links(value: string[] | undefined) {
    this._links = value;
  }

  /** The value given in the configuration for `links`, if any. */
  public get linksInput(): string[] | undefined {
    return this._links;
  }

  /**
   * Declares an import of an existing `monitoring_map`; `cdktf plan` then generates its configuration.
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
      terraformResourceType: "monitoring_map",
      importId: importFromId,
      provider,
    });
  }

  /** Removes `width` from the configuration. */
  public resetWidth(): void {
    this._width = undefined;
  }

  /** Removes `height` from the configuration. */
  public resetHeight(): void {
    this._height = undefined;
  }

  /** Removes `links` from the configuration. */
  public resetLinks(): void {
    this._links = undefined;
  }

  /** Renders the configured arguments as Terraform JSON, keyed by attribute name; cdktf calls it during synthesis. */
  protected override synthesizeAttributes(): Record<string, unknown> {
    return {
      name: cdktf.stringToTerraform(this._name),
      width: cdktf.numberToTerraform(this._width),
      height: cdktf.numberToTerraform(this._height),
      elements: cdktf.listMapper(cdktf.stringToTerraform, false)(this._elements),
      links: cdktf.listMapper(cdktf.stringToTerraform, false)(this._links),
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
      width: {
        value: cdktf.numberToHclTerraform(this._width),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      height: {
        value: cdktf.numberToHclTerraform(this._height),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      elements: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._elements),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      links: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._links),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
    };
    return Object.fromEntries(Object.entries(attrs).filter(([, v]) => v.value !== undefined));
  }
}
