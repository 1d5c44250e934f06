/* eslint-disable @typescript-eslint/no-require-imports -- loading on first use is the point */
/**
 * The `@cdktf/provider-aws` classes the library creates, loaded on first use. An app that
 * declares only backend targets, or monitors nothing on AWS, never loads a provider binding
 * (each costs tens of milliseconds to load), and the package's run-time provider imports stand
 * in this one file. Elsewhere provider classes are imported with `import type` only.
 */
import type * as CloudwatchCompositeAlarmModule from "@cdktf/provider-aws/lib/cloudwatch-composite-alarm";
import type * as CloudwatchDashboardModule from "@cdktf/provider-aws/lib/cloudwatch-dashboard";
import type * as CloudwatchMetricAlarmModule from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm";
import type * as DataAwsRegionModule from "@cdktf/provider-aws/lib/data-aws-region";
import type * as ProviderModule from "@cdktf/provider-aws/lib/provider";
import type * as SnsTopicModule from "@cdktf/provider-aws/lib/sns-topic";
import type * as SnsTopicSubscriptionModule from "@cdktf/provider-aws/lib/sns-topic-subscription";
import { onFirstUse } from "../core/on-first-use";

const metricAlarm = onFirstUse(
  () =>
    require("@cdktf/provider-aws/lib/cloudwatch-metric-alarm") as typeof CloudwatchMetricAlarmModule,
);
const compositeAlarm = onFirstUse(
  () =>
    require("@cdktf/provider-aws/lib/cloudwatch-composite-alarm") as typeof CloudwatchCompositeAlarmModule,
);
const dashboard = onFirstUse(
  () => require("@cdktf/provider-aws/lib/cloudwatch-dashboard") as typeof CloudwatchDashboardModule,
);
const region = onFirstUse(
  () => require("@cdktf/provider-aws/lib/data-aws-region") as typeof DataAwsRegionModule,
);
const provider = onFirstUse(
  () => require("@cdktf/provider-aws/lib/provider") as typeof ProviderModule,
);
const topic = onFirstUse(
  () => require("@cdktf/provider-aws/lib/sns-topic") as typeof SnsTopicModule,
);
const subscription = onFirstUse(
  () =>
    require("@cdktf/provider-aws/lib/sns-topic-subscription") as typeof SnsTopicSubscriptionModule,
);

/** The provider-aws classes, each module loaded when its class is first asked for. */
export const awsBindings = {
  get CloudwatchMetricAlarm() {
    return metricAlarm().CloudwatchMetricAlarm;
  },
  get CloudwatchCompositeAlarm() {
    return compositeAlarm().CloudwatchCompositeAlarm;
  },
  get CloudwatchDashboard() {
    return dashboard().CloudwatchDashboard;
  },
  get DataAwsRegion() {
    return region().DataAwsRegion;
  },
  get AwsProvider() {
    return provider().AwsProvider;
  },
  get SnsTopic() {
    return topic().SnsTopic;
  },
  get SnsTopicSubscription() {
    return subscription().SnsTopicSubscription;
  },
};
