import type { CloudwatchMetricAlarm } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm";
import type { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { Annotations, TerraformStack, type TerraformProvider } from "cdktf";
import type {
  AlarmCloud,
  AlarmFacade,
  AlarmRenderer,
  CreatedAlarm,
  RenderContext,
} from "../core/alarm-cloud";
import type { AlarmSpec } from "../core/alarm-spec";
import { MonitoringConfigError } from "../core/config-error";
import { createAlarm, type MonitoringAlarm } from "./alarm-factory";
import { actionQuotaProblems, mathQuotaProblems } from "./alarm-quotas";
import { CLOUDWATCH_ALARM_RULES } from "./cloudwatch-alarm-rules";
import { buildCompositeAlarms, type CompositeAlarmOptions } from "./composite-alarms";
import {
  buildDashboards,
  defaultAwsProviderOf,
  defaultRegionOf,
  literalDefaultRegionOf,
  type DashboardOptions,
} from "./dashboards";
import type { NotifyOptions } from "../core/notify";
import { channelsOf, SharedNotifications } from "../core/shared-notifications";
import { NotificationTopics, sharedTopicsOf, type RegionKey } from "./notification-topics";
import { usEast1ProviderFor } from "./us-east-1";
import type { PlannedSlo } from "../core/slo";
import { createSloAlarms, sloQuotaProblems, type SloAlarms } from "./slo-alarms";
import { buildSloDashboard } from "./slo-dashboard";

/** The facade props CloudWatch rendering reads (see `MonitoringProps`). */
interface CloudWatchSettings {
  readonly notify?: NotifyOptions | SharedNotifications;
  readonly notifyOnOk?: boolean;
  readonly dashboard?: DashboardOptions | false;
  readonly usEast1Provider?: AwsProvider;
  readonly region?: string;
}

/** A composite alarm asked for with `addCompositeAlarm()`. */
export interface CompositeAlarmRequest {
  readonly id: string;
  readonly options: CompositeAlarmOptions;
}

/**
 * CloudWatch as the alarm cloud of AWS services: metric alarms in the stack's region (or
 * us-east-1 for global services), one SNS topic per severity, composite alarms and dashboards.
 */
export const cloudWatch: AlarmCloud<CloudwatchMetricAlarm> = {
  id: "aws",
  title: "CloudWatch",
  alarmRules: CLOUDWATCH_ALARM_RULES,
  notifyKinds: ["email", "webhook", "topicArn"],
  regionOf: (facade) => (facade.settings as CloudWatchSettings).region ?? defaultRegionOf(facade),
  startRendering: (facade) => new CloudWatchRenderer(facade),
};

/** CloudWatch's resources for one facade. */
export class CloudWatchRenderer implements AlarmRenderer<CloudwatchMetricAlarm> {
  /** Composite alarms to build at finalize, in the order they were asked for. */
  readonly composites: CompositeAlarmRequest[] = [];
  /** SLOs added with `addSlo()`, in the order they were added. */
  readonly slos: PlannedSlo[] = [];
  private readonly settings: CloudWatchSettings;
  private readonly topics: NotificationTopics;
  private usEast1?: TerraformProvider;
  private topicRegionChecked = false;

  constructor(private readonly facade: AlarmFacade) {
    this.settings = facade.settings as CloudWatchSettings;
    const notify = this.settings.notify;
    this.topics = SharedNotifications.isSharedNotifications(notify)
      ? sharedTopicsOf(notify)
      : new NotificationTopics(facade, facade.prefix, notify ?? {}, () =>
          this.providerFor("us-east-1"),
        );
  }

  render(spec: AlarmSpec, context: RenderContext): MonitoringAlarm {
    const region = regionKeyOf(spec.region, context);
    const provider = this.providerFor(region);
    if (region === "default") this.checkTopicRegion();
    const actions = this.topics.actionsFor(spec.severity, region);
    const tooMany = actionQuotaProblems(spec.severity, actions);
    if (tooMany.length > 0) {
      throw new MonitoringConfigError(this.facade.node.path, "Monitoring props", tooMany);
    }
    if (spec.math) {
      const problems = mathQuotaProblems(spec);
      if (problems.length > 0)
        throw new MonitoringConfigError(context.path, context.call, problems);
    }
    return createAlarm(this.facade, spec.name.slice(this.facade.prefix.length + 1), spec, {
      actions,
      provider,
      notifyOnOk: this.settings.notifyOnOk ?? true,
    });
  }

  /** Creates an SLO's burn-rate alarms in the stack's region, notifying each alert's severity. */
  addSlo(slo: PlannedSlo, path: string, call: string): SloAlarms {
    const problems = sloQuotaProblems(this.facade.prefix, slo);
    if (problems.length > 0) throw new MonitoringConfigError(path, call, problems);
    this.slos.push(slo);
    return createSloAlarms(
      this.facade,
      this.facade.prefix,
      slo,
      (severity) => this.topics.actionsFor(severity, "default"),
      this.settings.notifyOnOk ?? true,
    );
  }

  finalize(alarms: readonly CreatedAlarm<CloudwatchMetricAlarm>[]): void {
    const usEast1Severities = new Set(
      alarms.filter((a) => a.spec.region === "us-east-1").map((a) => a.spec.severity),
    );
    for (const severity of usEast1Severities) {
      if (channelsOf(this.settings.notify)[severity]?.some((c) => c.kind === "topicArn")) {
        Annotations.of(this.facade).addWarning(
          `Notify.topicArn() channels of ${severity} are not used by the us-east-1 alarms (billing, CloudFront): SNS topics are regional. Add an email or webhook channel to reach them.`,
        );
      }
    }
    buildCompositeAlarms(
      this.facade,
      this.facade.prefix,
      this.composites,
      alarms,
      (severity, region) => this.topics.actionsFor(severity, region),
      (region) => this.providerFor(region),
    );
    if (this.settings.dashboard !== false) {
      buildDashboards(
        this.facade,
        this.facade.prefix,
        alarms,
        this.settings.dashboard ?? {},
        this.settings.region,
      );
      buildSloDashboard(
        this.facade,
        this.facade.prefix,
        this.slos,
        () => this.settings.region ?? defaultRegionOf(this.facade),
      );
    }
  }

  /**
   * An alarm's actions must be topics of its own region: shared topics of another stack are in
   * that stack's region, so both stacks' default providers must agree (checked when both name
   * a literal region).
   */
  private checkTopicRegion(): void {
    if (this.topicRegionChecked) return;
    this.topicRegionChecked = true;
    const owner = this.topics.scope;
    if (TerraformStack.of(owner) === TerraformStack.of(this.facade)) return;
    if (defaultAwsProviderOf(owner) === undefined) {
      throw new MonitoringConfigError(this.facade.node.path, "notify", [
        {
          option: "notify",
          message: `SharedNotifications ${owner.node.path} makes its SNS topics in stack ${TerraformStack.of(owner).node.path}, which has no default AWS provider; allowed: a SharedNotifications in a stack with an AwsProvider (no alias) in the region of this facade's alarms`,
        },
      ]);
    }
    const topicRegion = literalDefaultRegionOf(owner);
    const alarmRegion = literalDefaultRegionOf(this.facade);
    if (topicRegion === undefined || alarmRegion === undefined || topicRegion === alarmRegion) {
      return;
    }
    throw new MonitoringConfigError(this.facade.node.path, "notify", [
      {
        option: "notify",
        message:
          `SharedNotifications ${owner.node.path} makes its SNS topics in "${topicRegion}" (the default AWS provider of its stack), ` +
          `but this facade's alarms are in "${alarmRegion}" and CloudWatch only notifies topics of the alarm's region; ` +
          `allowed: a SharedNotifications in a stack whose default AWS provider has region "${alarmRegion}"`,
      },
    ]);
  }

  private providerFor(region: RegionKey): TerraformProvider | undefined {
    if (region !== "us-east-1") return undefined;
    this.usEast1 ??= this.settings.usEast1Provider ?? usEast1ProviderFor(this.facade);
    return this.usEast1;
  }
}

/** CloudWatch alarms go to the stack's region or, for global services, to us-east-1. */
function regionKeyOf(region: string | undefined, context: RenderContext): RegionKey {
  if (region === undefined) return "default";
  if (region === "us-east-1") return region;
  throw new MonitoringConfigError(context.path, context.call, [
    {
      option: "region",
      message: `service definition "${context.serviceId}" puts its metrics in "${region}"; allowed on AWS: us-east-1 or none (the stack's region)`,
    },
  ]);
}
