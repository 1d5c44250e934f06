import type { TerraformResource } from "cdktf";
import type { IConstruct } from "constructs";
import type { AlarmRules } from "./alarm-rules";
import type { NotifyKind } from "./notify";
import type { AlarmSpec } from "./alarm-spec";
import type { NormalizedSchedule } from "./maintenance-schedule";

/** An alarm the library created: the cloud-neutral spec and the resource it was rendered as. */
export interface CreatedAlarm<A extends TerraformResource = TerraformResource> {
  /** The spec the alarm was made from (name, thresholds, metric, group, ...). */
  readonly spec: AlarmSpec;
  /** The Terraform resource, e.g. a `CloudwatchMetricAlarm` or a `MonitorMetricAlert`. */
  readonly alarm: A;
}

/** What a cloud's renderer sees of the facade it renders for. */
export interface AlarmFacade extends IConstruct {
  /** First part of every name the facade creates. */
  readonly prefix: string;
  /** The facade's props, validated; each cloud reads the ones that concern it. */
  readonly settings: object;
}

/**
 * One cloud's alarm service (CloudWatch, Azure Monitor): its limits, and how its alarms,
 * notifications and dashboards are made. Service definitions name the cloud their alarms go to;
 * the facade starts one renderer per cloud it meets.
 *
 * @typeParam A the Terraform resource class of the cloud's alarms
 */
export interface AlarmCloud<A extends TerraformResource = TerraformResource> {
  /** Stable id, e.g. `aws`. */
  readonly id: string;
  /** What the cloud's alarms accept: periods, aggregations, name lengths, ... */
  readonly alarmRules: AlarmRules;
  /** Human name for messages, e.g. `CloudWatch`. */
  readonly title: string;
  /** The `Notify` channel kinds its alarms can notify; the others are left to other clouds. */
  readonly notifyKinds: readonly NotifyKind[];
  /**
   * The region of a monitored resource as the backend's cloud templates name it (for its
   * `BackendTargetDefinition.identifiers`); called only when the resource becomes a target.
   */
  regionOf(facade: AlarmFacade, resource: TerraformResource): string;
  /** The renderer of this cloud's resources for one facade; called once per facade. */
  startRendering(facade: AlarmFacade): AlarmRenderer<A>;
}

/** Makes one cloud's resources for one facade. */
export interface AlarmRenderer<A extends TerraformResource = TerraformResource> {
  /** Creates the alarm of one spec, with its notification wiring. */
  render(spec: AlarmSpec, context: RenderContext): CreatedAlarm<A>;
  /**
   * Once, after discovery: what is made from all the cloud's alarms of the facade (sorted by
   * name), such as dashboards.
   */
  finalize(alarms: readonly CreatedAlarm<A>[]): void;
  /**
   * Optional: silences the notifications of `alarms` (a maintenance window's, of its service
   * groups) while the window's schedule runs.
   *
   * @default - the cloud has no scheduled suppression: the facade warns that its alarms keep notifying
   */
  suppress?(request: SuppressionRequest, alarms: readonly CreatedAlarm<A>[]): void;
}

/** A maintenance window, as the clouds' suppression rules read it. */
export interface SuppressionRequest {
  /** Id the window was declared with, unique per facade (for construct ids). */
  readonly id: string;
  /** Name of the window (the facade's prefix, a dash, and its id, unless named). */
  readonly name: string;
  /**
   * Description of the window.
   *
   * @default - none
   */
  readonly description?: string;
  /** When the alarms are silenced. */
  readonly schedule: NormalizedSchedule;
  /** The call that asked, for error messages, e.g. `maintenance("patch-night")`. */
  readonly call: string;
}

/** The resource an alarm watches, and who asked for it (for error messages). */
export interface RenderContext {
  /** The monitored resource, e.g. to read its id or resource group. */
  readonly resource: TerraformResource;
  /** The service definition's id. */
  readonly serviceId: string;
  /** The construct path errors name. */
  readonly path: string;
  /** The call that asked, e.g. `monitorEc2Instance()`. */
  readonly call: string;
  /** The service definition's `cloudSettings`, for its cloud to read. */
  readonly cloudSettings?: object;
}
