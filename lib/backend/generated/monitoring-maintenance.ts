// generated — do not edit; run npm run generate
// Binding of the resource `monitoring_maintenance`, from the schema in lib/provider/schema.ts.
import type { Construct } from "constructs";
import * as cdktf from "cdktf";

/** One attribute as cdktf's HCL renderer expects it. */
interface HclAttribute {
  value: unknown;
  isBlock: boolean;
  type: string;
  storageClassType: string;
}

/** Arguments of {@link MonitoringMaintenance}. */
export interface MonitoringMaintenanceConfig extends cdktf.TerraformMetaArguments {
  /**
   * Unique name of the maintenance.
   *
   * From 1 to 128 characters.
   * Terraform attribute: `name`.
   */
  readonly name: string;
  /**
   * Description shown in the backend's web interface.
   *
   * Terraform attribute: `description`.
   * @default - not set
   */
  readonly description?: string;
  /**
   * RFC 3339 date-time from which the period applies, in whole minutes (e.g. `2026-12-01T00:00:00Z`).
   *
   * Must be RFC 3339 date-times in whole minutes with an offset, e.g. 2026-12-24T22:00:00Z or 2026-12-24T23:00:00+01:00.
   * Terraform attribute: `active_since`.
   */
  readonly activeSince: string;
  /**
   * RFC 3339 date-time until which the period applies, after `active_since` and at the latest 2038-01-19T03:14:00Z.
   *
   * Must be RFC 3339 date-times in whole minutes with an offset, e.g. 2026-12-24T22:00:00Z or 2026-12-24T23:00:00+01:00.
   * Terraform attribute: `active_till`.
   */
  readonly activeTill: string;
  /**
   * Whether the backend keeps collecting data during the maintenance (Zabbix: maintenance type). Defaults to true.
   *
   * Terraform attribute: `collect_data`.
   * @default true
   */
  readonly collectData?: boolean | cdktf.IResolvable;
  /**
   * Ids of the `monitoring_group`s whose targets are in maintenance. At least one group or target is required.
   *
   * From 1 to 1000 elements.
   * Terraform attribute: `groups`.
   * @default - not set
   */
  readonly groups?: string[];
  /**
   * Ids of the `monitoring_target`s in maintenance. At least one group or target is required.
   *
   * From 1 to 10000 elements.
   * Terraform attribute: `targets`.
   * @default - not set
   */
  readonly targets?: string[];
  /**
   * `one_time`: once, at `start`; `daily`, `weekly`, `monthly`: recurring at `start_time` between `active_since` and `active_till`.
   *
   * Allowed values: `one_time`, `daily`, `weekly`, `monthly`.
   * Terraform attribute: `period_type`.
   */
  readonly periodType: string;
  /**
   * One-time periods only (required there): RFC 3339 date-time the period starts at, in whole minutes.
   *
   * Must be RFC 3339 date-times in whole minutes with an offset, e.g. 2026-12-24T22:00:00Z or 2026-12-24T23:00:00+01:00.
   * Terraform attribute: `start`.
   * @default - not set
   */
  readonly start?: string;
  /**
   * Recurring periods only (required there): time of day the period starts at, `HH:MM` in the backend server's time zone.
   *
   * Must be times of day HH:MM from 00:00 to 23:59.
   * Terraform attribute: `start_time`.
   * @default - not set
   */
  readonly startTime?: string;
  /**
   * Length of each period in seconds, in whole minutes, from 300 (5 minutes).
   *
   * A whole number from 300 to 2147483647.
   * Terraform attribute: `duration`.
   */
  readonly duration: number;
  /**
   * Daily and weekly periods only: every how many days (daily) or weeks (weekly) the period recurs. Defaults to 1.
   *
   * A whole number from 1 to 1000.
   * Terraform attribute: `every`.
   * @default - computed by the provider (see the description)
   */
  readonly every?: number;
  /**
   * Weekly periods (required there), and monthly ones instead of `day_of_month`: the days the period starts on, of monday, tuesday, wednesday, thursday, friday, saturday, sunday.
   *
   * From 1 to 7 elements.
   * Terraform attribute: `days_of_week`.
   * @default - not set
   */
  readonly daysOfWeek?: string[];
  /**
   * Monthly periods with `days_of_week` only: which week of the month. Defaults to `first`.
   *
   * Allowed values: `first`, `second`, `third`, `fourth`, `last`.
   * Terraform attribute: `week_of_month`.
   * @default - computed by the provider (see the description)
   */
  readonly weekOfMonth?: string;
  /**
   * Monthly periods only, instead of `days_of_week`: the day of the month the period starts on.
   *
   * A whole number from 1 to 31.
   * Terraform attribute: `day_of_month`.
   * @default - not set
   */
  readonly dayOfMonth?: number;
  /**
   * Monthly periods only (required there): the months the period recurs in, of january, february, march, april, may, june, july, august, september, october, november, december.
   *
   * From 1 to 12 elements.
   * Terraform attribute: `months`.
   * @default - not set
   */
  readonly months?: string[];
}

/**
 * A maintenance window of the monitoring backend (Zabbix: maintenance): while one of its periods runs, problems of its groups' and targets' hosts raise no notifications. One period per resource; declare several resources for several windows.
 *
 * The `monitoring_maintenance` resource of the `monitoring` provider.
 */
export class MonitoringMaintenance extends cdktf.TerraformResource {
  /** The Terraform type name: `monitoring_maintenance`. */
  public static readonly tfResourceType = "monitoring_maintenance";
  private _name?: string;
  private _description?: string;
  private _activeSince?: string;
  private _activeTill?: string;
  private _collectData?: boolean | cdktf.IResolvable;
  private _groups?: string[];
  private _targets?: string[];
  private _periodType?: string;
  private _start?: string;
  private _startTime?: string;
  private _duration?: number;
  private _every?: number;
  private _daysOfWeek?: string[];
  private _weekOfMonth?: string;
  private _dayOfMonth?: number;
  private _months?: string[];

  /**
   * @param scope - the scope in which to define this construct
   * @param id - construct id, unique among its siblings
   * @param config - the resource's arguments
   */
  public constructor(scope: Construct, id: string, config: MonitoringMaintenanceConfig) {
    super(scope, id, {
      terraformResourceType: "monitoring_maintenance",
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
    this._description = config.description;
    this._activeSince = config.activeSince;
    this._activeTill = config.activeTill;
    this._collectData = config.collectData;
    this._groups = config.groups;
    this._targets = config.targets;
    this._periodType = config.periodType;
    this._start = config.start;
    this._startTime = config.startTime;
    this._duration = config.duration;
    this._every = config.every;
    this._daysOfWeek = config.daysOfWeek;
    this._weekOfMonth = config.weekOfMonth;
    this._dayOfMonth = config.dayOfMonth;
    this._months = config.months;
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
   * Unique name of the maintenance.
   *
   * A reference to the attribute's value after apply.
   */
  public get name(): string {
    return this.getStringAttribute("name");
  }

  /**
   * Unique name of the maintenance.
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
   * RFC 3339 date-time from which the period applies, in whole minutes (e.g. `2026-12-01T00:00:00Z`).
   *
   * A reference to the attribute's value after apply.
   */
  public get activeSince(): string {
    return this.getStringAttribute("active_since");
  }

  /**
   * RFC 3339 date-time from which the period applies, in whole minutes (e.g. `2026-12-01T00:00:00Z`).
   *
   * Assigning replaces the configured value of `active_since`.
   */
  public set activeSince(value: string) {
    this._activeSince = value;
  }

  /** The value given in the configuration for `active_since`, if any. */
  public get activeSinceInput(): string | undefined {
    return this._activeSince;
  }

  /**
   * RFC 3339 date-time until which the period applies, after `active_since` and at the latest 2038-01-19T03:14:00Z.
   *
   * A reference to the attribute's value after apply.
   */
  public get activeTill(): string {
    return this.getStringAttribute("active_till");
  }

  /**
   * RFC 3339 date-time until which the period applies, after `active_since` and at the latest 2038-01-19T03:14:00Z.
   *
   * Assigning replaces the configured value of `active_till`.
   */
  public set activeTill(value: string) {
    this._activeTill = value;
  }

  /** The value given in the configuration for `active_till`, if any. */
  public get activeTillInput(): string | undefined {
    return this._activeTill;
  }

  /**
   * Whether the backend keeps collecting data during the maintenance (Zabbix: maintenance type). Defaults to true.
   *
   * A reference to the attribute's value after apply.
   */
  public get collectData(): cdktf.IResolvable {
    return this.getBooleanAttribute("collect_data");
  }

  /**
   * Whether the backend keeps collecting data during the maintenance (Zabbix: maintenance type). Defaults to true.
   *
   * Assigning replaces the configured value of `collect_data`; `undefined` removes it.
   */
  public set collectData(value: boolean | cdktf.IResolvable | undefined) {
    this._collectData = value;
  }

  /** The value given in the configuration for `collect_data`, if any. */
  public get collectDataInput(): boolean | cdktf.IResolvable | undefined {
    return this._collectData;
  }

  /**
   * Ids of the `monitoring_group`s whose targets are in maintenance. At least one group or target is required.
   *
   * A reference to the attribute's value after apply.
   */
  public get groups(): string[] {
    return cdktf.Fn.tolist(this.getListAttribute("groups"));
  }

  /**
   * Ids of the `monitoring_group`s whose targets are in maintenance. At least one group or target is required.
   *
   * Assigning replaces the configured value of `groups`; `undefined` removes it.
   */
  public set groups(value: string[] | undefined) {
    this._groups = value;
  }

  /** The value given in the configuration for `groups`, if any. */
  public get groupsInput(): string[] | undefined {
    return this._groups;
  }

  /**
   * Ids of the `monitoring_target`s in maintenance. At least one group or target is required.
   *
   * A reference to the attribute's value after apply.
   */
  public get targets(): string[] {
    return cdktf.Fn.tolist(this.getListAttribute("targets"));
  }

  /**
   * Ids of the `monitoring_target`s in maintenance. At least one group or target is required.
   *
   * Assigning replaces the configured value of `targets`; `undefined` removes it.
   */
  public set targets(value: string[] | undefined) {
    this._targets = value;
  }

  /** The value given in the configuration for `targets`, if any. */
  public get targetsInput(): string[] | undefined {
    return this._targets;
  }

  /**
   * `one_time`: once, at `start`; `daily`, `weekly`, `monthly`: recurring at `start_time` between `active_since` and `active_till`.
   *
   * A reference to the attribute's value after apply.
   */
  public get periodType(): string {
    return this.getStringAttribute("period_type");
  }

  /**
   * `one_time`: once, at `start`; `daily`, `weekly`, `monthly`: recurring at `start_time` between `active_since` and `active_till`.
   *
   * Assigning replaces the configured value of `period_type`.
   */
  public set periodType(value: string) {
    this._periodType = value;
  }

  /** The value given in the configuration for `period_type`, if any. */
  public get periodTypeInput(): string | undefined {
    return this._periodType;
  }

  /**
   * One-time periods only (required there): RFC 3339 date-time the period starts at, in whole minutes.
   *
   * A reference to the attribute's value after apply.
   */
  public get start(): string {
    return this.getStringAttribute("start");
  }

  /**
   * One-time periods only (required there): RFC 3339 date-time the period starts at, in whole minutes.
   *
   * Assigning replaces the configured value of `start`; `undefined` removes it.
   */
  public set start(value: string | undefined) {
    this._start = value;
  }

  /** The value given in the configuration for `start`, if any. */
  public get startInput(): string | undefined {
    return this._start;
  }

  /**
   * Recurring periods only (required there): time of day the period starts at, `HH:MM` in the backend server's time zone.
   *
   * A reference to the attribute's value after apply.
   */
  public get startTime(): string {
    return this.getStringAttribute("start_time");
  }

  /**
   * Recurring periods only (required there): time of day the period starts at, `HH:MM` in the backend server's time zone.
   *
   * Assigning replaces the configured value of `start_time`; `undefined` removes it.
   */
  public set startTime(value: string | undefined) {
    this._startTime = value;
  }

  /** The value given in the configuration for `start_time`, if any. */
  public get startTimeInput(): string | undefined {
    return this._startTime;
  }

  /**
   * Length of each period in seconds, in whole minutes, from 300 (5 minutes).
   *
   * A reference to the attribute's value after apply.
   */
  public get duration(): number {
    return this.getNumberAttribute("duration");
  }

  /**
   * Length of each period in seconds, in whole minutes, from 300 (5 minutes).
   *
   * Assigning replaces the configured value of `duration`.
   */
  public set duration(value: number) {
    this._duration = value;
  }

  /** The value given in the configuration for `duration`, if any. */
  public get durationInput(): number | undefined {
    return this._duration;
  }

  /**
   * Daily and weekly periods only: every how many days (daily) or weeks (weekly) the period recurs. Defaults to 1.
   *
   * A reference to the attribute's value after apply.
   */
  public get every(): number {
    return this.getNumberAttribute("every");
  }

  /**
   * Daily and weekly periods only: every how many days (daily) or weeks (weekly) the period recurs. Defaults to 1.
   *
   * Assigning replaces the configured value of `every`; `undefined` removes it.
   */
  public set every(value: number | undefined) {
    this._every = value;
  }

  /** The value given in the configuration for `every`, if any. */
  public get everyInput(): number | undefined {
    return this._every;
  }

  /**
   * Weekly periods (required there), and monthly ones instead of `day_of_month`: the days the period starts on, of monday, tuesday, wednesday, thursday, friday, saturday, sunday.
   *
   * A reference to the attribute's value after apply.
   */
  public get daysOfWeek(): string[] {
    return cdktf.Fn.tolist(this.getListAttribute("days_of_week"));
  }

  /**
   * Weekly periods (required there), and monthly ones instead of `day_of_month`: the days the period starts on, of monday, tuesday, wednesday, thursday, friday, saturday, sunday.
   *
   * Assigning replaces the configured value of `days_of_week`; `undefined` removes it.
   */
  public set daysOfWeek(value: string[] | undefined) {
    this._daysOfWeek = value;
  }

  /** The value given in the configuration for `days_of_week`, if any. */
  public get daysOfWeekInput(): string[] | undefined {
    return this._daysOfWeek;
  }

  /**
   * Monthly periods with `days_of_week` only: which week of the month. Defaults to `first`.
   *
   * A reference to the attribute's value after apply.
   */
  public get weekOfMonth(): string {
    return this.getStringAttribute("week_of_month");
  }

  /**
   * Monthly periods with `days_of_week` only: which week of the month. Defaults to `first`.
   *
   * Assigning replaces the configured value of `week_of_month`; `undefined` removes it.
   */
  public set weekOfMonth(value: string | undefined) {
    this._weekOfMonth = value;
  }

  /** The value given in the configuration for `week_of_month`, if any. */
  public get weekOfMonthInput(): string | undefined {
    return this._weekOfMonth;
  }

  /**
   * Monthly periods only, instead of `days_of_week`: the day of the month the period starts on.
   *
   * A reference to the attribute's value after apply.
   */
  public get dayOfMonth(): number {
    return this.getNumberAttribute("day_of_month");
  }

  /**
   * Monthly periods only, instead of `days_of_week`: the day of the month the period starts on.
   *
   * Assigning replaces the configured value of `day_of_month`; `undefined` removes it.
   */
  public set dayOfMonth(value: number | undefined) {
    this._dayOfMonth = value;
  }

  /** The value given in the configuration for `day_of_month`, if any. */
  public get dayOfMonthInput(): number | undefined {
    return this._dayOfMonth;
  }

  /**
   * Monthly periods only (required there): the months the period recurs in, of january, february, march, april, may, june, july, august, september, october, november, december.
   *
   * A reference to the attribute's value after apply.
   */
  public get months(): string[] {
    return cdktf.Fn.tolist(this.getListAttribute("months"));
  }

  /**
   * Monthly periods only (required there): the months the period recurs in, of january, february, march, april, may, june, july, august, september, october, november, december.
   *
   * Assigning replaces the configured value of `months`; `undefined` removes it.
   */
  public set months(value: string[] | undefined) {
    this._months = value;
  }

  /** The value given in the configuration for `months`, if any. */
  public get monthsInput(): string[] | undefined {
    return this._months;
  }

  /**
   * Declares an import of an existing `monitoring_maintenance`; `cdktf plan` then generates its configuration.
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
      terraformResourceType: "monitoring_maintenance",
      importId: importFromId,
      provider,
    });
  }

  /** Removes `description` from the configuration. */
  public resetDescription(): void {
    this._description = undefined;
  }

  /** Removes `collect_data` from the configuration. */
  public resetCollectData(): void {
    this._collectData = undefined;
  }

  /** Removes `groups` from the configuration. */
  public resetGroups(): void {
    this._groups = undefined;
  }

  /** Removes `targets` from the configuration. */
  public resetTargets(): void {
    this._targets = undefined;
  }

  /** Removes `start` from the configuration. */
  public resetStart(): void {
    this._start = undefined;
  }

  /** Removes `start_time` from the configuration. */
  public resetStartTime(): void {
    this._startTime = undefined;
  }

  /** Removes `every` from the configuration. */
  public resetEvery(): void {
    this._every = undefined;
  }

  /** Removes `days_of_week` from the configuration. */
  public resetDaysOfWeek(): void {
    this._daysOfWeek = undefined;
  }

  /** Removes `week_of_month` from the configuration. */
  public resetWeekOfMonth(): void {
    this._weekOfMonth = undefined;
  }

  /** Removes `day_of_month` from the configuration. */
  public resetDayOfMonth(): void {
    this._dayOfMonth = undefined;
  }

  /** Removes `months` from the configuration. */
  public resetMonths(): void {
    this._months = undefined;
  }

  /** Renders the configured arguments as Terraform JSON, keyed by attribute name; cdktf calls it during synthesis. */
  protected override synthesizeAttributes(): Record<string, unknown> {
    return {
      name: cdktf.stringToTerraform(this._name),
      description: cdktf.stringToTerraform(this._description),
      active_since: cdktf.stringToTerraform(this._activeSince),
      active_till: cdktf.stringToTerraform(this._activeTill),
      collect_data: cdktf.booleanToTerraform(this._collectData),
      groups: cdktf.listMapper(cdktf.stringToTerraform, false)(this._groups),
      targets: cdktf.listMapper(cdktf.stringToTerraform, false)(this._targets),
      period_type: cdktf.stringToTerraform(this._periodType),
      start: cdktf.stringToTerraform(this._start),
      start_time: cdktf.stringToTerraform(this._startTime),
      duration: cdktf.numberToTerraform(this._duration),
      every: cdktf.numberToTerraform(this._every),
      days_of_week: cdktf.listMapper(cdktf.stringToTerraform, false)(this._daysOfWeek),
      week_of_month: cdktf.stringToTerraform(this._weekOfMonth),
      day_of_month: cdktf.numberToTerraform(this._dayOfMonth),
      months: cdktf.listMapper(cdktf.stringToTerraform, false)(this._months),
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
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      active_since: {
        value: cdktf.stringToHclTerraform(this._activeSince),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      active_till: {
        value: cdktf.stringToHclTerraform(this._activeTill),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      collect_data: {
        value: cdktf.booleanToHclTerraform(this._collectData),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      groups: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._groups),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      targets: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._targets),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      period_type: {
        value: cdktf.stringToHclTerraform(this._periodType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      start: {
        value: cdktf.stringToHclTerraform(this._start),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      start_time: {
        value: cdktf.stringToHclTerraform(this._startTime),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      duration: {
        value: cdktf.numberToHclTerraform(this._duration),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      every: {
        value: cdktf.numberToHclTerraform(this._every),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      days_of_week: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._daysOfWeek),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      week_of_month: {
        value: cdktf.stringToHclTerraform(this._weekOfMonth),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      day_of_month: {
        value: cdktf.numberToHclTerraform(this._dayOfMonth),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      months: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._months),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
    };
    return Object.fromEntries(Object.entries(attrs).filter(([, v]) => v.value !== undefined));
  }
}
