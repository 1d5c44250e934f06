import type { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic";
import { SNS_TOPIC_ALARMS } from "../catalog/aws/sns";
import type { AlarmOptions, ResourceMonitoringOptions } from "../core/alarm-options";
import { literal } from "../core/service-definition";
import { cloudWatch } from "./cloudwatch";
import type { AwsServiceDefinition } from "./aws-service-definition";

/**
 * Options of `monitorSnsTopic()`. Each alarm option takes `{ warning?, critical?, ...overrides }`
 * or `false` to turn the alarm off; defaults and their sources are in `lib/catalog/aws/sns.ts`.
 */
export interface SnsTopicMonitoringOptions extends ResourceMonitoringOptions {
  /**
   * Failed deliveries to subscribers (count per minute).
   *
   * @default - warning > 0 in 5 of 5 periods of 60 s
   */
  readonly notificationsFailed?: AlarmOptions | false;
  /**
   * Messages dropped because their attributes do not parse against a filter policy.
   *
   * @default - warning > 0 in 5 of 5 periods of 60 s
   */
  readonly filteredOutInvalidAttributes?: AlarmOptions | false;
  /**
   * Messages dropped because their body does not parse against a filter policy.
   *
   * @default - warning > 0 in 5 of 5 periods of 60 s
   */
  readonly filteredOutInvalidMessageBody?: AlarmOptions | false;
  /**
   * Messages moved to a subscription's dead-letter queue.
   *
   * @default - warning > 0 in 5 of 5 periods of 60 s
   */
  readonly redrivenToDlq?: AlarmOptions | false;
  /**
   * Messages that could not be moved to the dead-letter queue (lost).
   *
   * @default - critical > 0 in 5 of 5 periods of 60 s
   */
  readonly failedToRedriveToDlq?: AlarmOptions | false;
  /**
   * Published messages below a baseline (steady traffic only). Off unless a threshold is set.
   *
   * @default - off
   */
  readonly messagesPublished?: AlarmOptions | false;
}

/** SNS topics (`aws_sns_topic`), dimension `TopicName`. */
export const snsTopicService: AwsServiceDefinition<SnsTopic, SnsTopicMonitoringOptions> = {
  id: "snsTopic",
  title: "SNS topic",
  terraformResourceType: "aws_sns_topic",
  cloud: cloudWatch,
  alarms: SNS_TOPIC_ALARMS,
  dimensions: (topic) => ({ TopicName: literal(topic.nameInput) ?? topic.name }),
};
