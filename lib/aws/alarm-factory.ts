import type { CloudwatchMetricAlarm } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm";
import type { TerraformProvider } from "cdktf";
import type { Construct } from "constructs";
import type { CreatedAlarm } from "../core/alarm-cloud";
import type { AlarmSpec } from "../core/alarm-spec";
import { anomalyOperatorOf } from "./anomaly-operator";
import { cloudWatchDimensions } from "./cloudwatch-dimensions";
import { constructId } from "../core/construct-id";
import { mathAlarmConfig, type MathAlarmSpec } from "./metric-math";
import { isExtendedStatistic } from "./cloudwatch-alarm-rules";
import { GROUP_TAG, SEVERITY_TAG } from "../core/tag-keys";
import { awsBindings } from "./provider-bindings";

/** A CloudWatch alarm the library created, as the AWS `monitorXxx()` methods return it. */
export type MonitoringAlarm = CreatedAlarm<CloudwatchMetricAlarm>;

/** Where an alarm goes: its actions and, for us-east-1 metrics, the provider to use. */
export interface AlarmPlacement {
  readonly actions: readonly string[];
  /**
   * Provider of the alarm's region.
   *
   * @default - the stack's default AWS provider
   */
  readonly provider?: TerraformProvider;
  /** Also notify when the alarm returns to OK. */
  readonly notifyOnOk: boolean;
}

/**
 * The one place alarms are made: applies the name, actions, datapoints, missing-data treatment
 * and the static-or-anomaly shape uniformly. `id` is the construct id (the name without the
 * facade prefix), so ids depend on construct paths only, never on declaration order.
 */
export function createAlarm(
  scope: Construct,
  id: string,
  spec: AlarmSpec,
  placement: AlarmPlacement,
): MonitoringAlarm {
  const actions = placement.actions.length > 0 ? [...placement.actions] : undefined;
  const common = {
    alarmName: spec.name,
    alarmDescription: spec.description,
    evaluationPeriods: spec.evaluationPeriods,
    datapointsToAlarm: spec.datapointsToAlarm,
    treatMissingData: spec.treatMissingData,
    alarmActions: actions,
    okActions: placement.notifyOnOk ? actions : undefined,
    provider: placement.provider,
    tags: { [GROUP_TAG]: spec.group, [SEVERITY_TAG]: spec.severity },
  };
  if (spec.math) {
    const config = mathAlarmConfig(spec as MathAlarmSpec);
    return {
      spec,
      alarm: new awsBindings.CloudwatchMetricAlarm(scope, constructId(id), {
        ...common,
        ...config,
      }),
    };
  }
  const extended = isExtendedStatistic(spec.statistic);
  const alarm =
    spec.anomalyBand === undefined
      ? // One literal, no spread: a spread followed by properties and a second spread made a
        // dictionary-mode config object per alarm (about 4 KB each, 13 MB at N=1000 in the bench).
        new awsBindings.CloudwatchMetricAlarm(scope, constructId(id), {
          alarmName: common.alarmName,
          alarmDescription: common.alarmDescription,
          evaluationPeriods: common.evaluationPeriods,
          datapointsToAlarm: common.datapointsToAlarm,
          treatMissingData: common.treatMissingData,
          alarmActions: common.alarmActions,
          okActions: common.okActions,
          provider: common.provider,
          tags: common.tags,
          comparisonOperator: spec.comparisonOperator,
          threshold: spec.threshold,
          namespace: spec.namespace,
          metricName: spec.metricName,
          period: spec.period,
          statistic: extended ? undefined : spec.statistic,
          extendedStatistic: extended ? spec.statistic : undefined,
          dimensions: cloudWatchDimensions(spec),
        })
      : new awsBindings.CloudwatchMetricAlarm(scope, constructId(id), {
          ...common,
          comparisonOperator: anomalyOperatorOf(spec),
          thresholdMetricId: "band",
          metricQuery: [
            {
              id: "m1",
              returnData: true,
              metric: {
                namespace: spec.namespace,
                metricName: spec.metricName,
                period: spec.period,
                stat: spec.statistic,
                dimensions: cloudWatchDimensions(spec),
              },
            },
            {
              id: "band",
              expression: `ANOMALY_DETECTION_BAND(m1, ${spec.anomalyBand})`,
              label: `${spec.metricName} (expected band)`,
              returnData: true,
            },
          ],
        });
  return { spec, alarm };
}
