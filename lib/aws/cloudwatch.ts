import type { CloudwatchMetricAlarm } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm";
import type { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { Annotations, type TerraformProvider } from "cdktf";
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
import { buildDashboards, defaultRegionOf, type DashboardOptions } from "./dashboards";
import { NotificationTopics, type NotifyOptions, type RegionKey } from "./notification-topics";
import { usEast1ProviderFor } from "./us-east-1";
import type { PlannedSlo } from "../core/slo";
import { createSloAlarms, sloQuotaProblems, type SloAlarms } from "./slo-alarms";
import { buildSloDashboard } from "./slo-dashboard";

/** The facade props CloudWatch rendering reads (see `MonitoringProps`). */
interface CloudWatchSettings {
  readonly notify?: NotifyOptions;
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

  constructor(private readonly facade: AlarmFacade) {
    this.settings = facade.settings as CloudWatchSettings;
    this.topics = new NotificationTopics(facade, facade.prefix, this.settings.notify ?? {});
  }

  render(spec: AlarmSpec, context: RenderContext): MonitoringAlarm {
    const region = regionKeyOf(spec.region, context);
    const provider = this.providerFor(region);
    const actions = this.topics.actionsFor(spec.severity, region, provider);
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
      if (this.settings.notify?.[severity]?.some((c) => c.kind === "topicArn")) {
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
      (severity, region) => this.topics.actionsFor(severity, region, this.providerFor(region)),
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
