import type { KinesisStream } from "@cdktf/provider-aws/lib/kinesis-stream";
import type { KinesisStreamConsumer } from "@cdktf/provider-aws/lib/kinesis-stream-consumer";
import { Fn } from "cdktf";
import { KINESIS_STREAM_CONSUMER_ALARMS } from "../catalog/aws/kinesis";
import type { AlarmOptions, ResourceMonitoringOptions } from "../core/alarm-options";
import { MonitoringConfigError } from "../core/config-error";
import { memoizedPerResource, referencedResource } from "./private/resource-references";
import { retentionMsOf } from "./private/kinesis-retention";
import { literal } from "../core/service-definition";
import { cloudWatch } from "./cloudwatch";
import type { AwsServiceDefinition } from "./aws-service-definition";

/**
 * Options of `monitorKinesisStreamConsumer()`. Each alarm option takes
 * `{ warning?, critical?, ...overrides }` or `false` to turn the alarm off; defaults and their
 * sources are in `lib/catalog/aws/kinesis.ts`.
 */
export interface KinesisStreamConsumerMonitoringOptions extends ResourceMonitoringOptions {
  /**
   * How far (ms) the records delivered to the consumer are behind the tip of the stream
   * (SubscribeToShardEvent.MillisBehindLatest, Average); percentages are of the stream's retention.
   *
   * @default - warning > 25%, critical > 50% of the stream's retention (24 h when unset), 5 of 5
   *   periods of 60 s; left out with a warning when the stream is not declared in the same stack
   */
  readonly millisBehindLatest?: AlarmOptions | false;
}

/** The stream of the same stack that the consumer's `stream_arn` refers to. */
const streamOf = memoizedPerResource((consumer: KinesisStreamConsumer) =>
  referencedResource<KinesisStream>(consumer, consumer.streamArnInput, "aws_kinesis_stream"),
);

/** The stream name: the declared stream's, else the part of a literal ARN after `stream/`. */
function streamNameOf(consumer: KinesisStreamConsumer): string {
  const stream = streamOf(consumer);
  if (stream) return literal(stream.nameInput) ?? stream.name;
  const arn = literal(consumer.streamArnInput);
  if (arn !== undefined) return streamNameOfArn(consumer, arn);
  return Fn.element(Fn.split("/", consumer.streamArn), 1);
}

const STREAM_ARN = /^arn:[a-z-]+:kinesis:[a-z0-9-]+:\d{12}:stream\/([A-Za-z0-9_.-]+)$/;

function streamNameOfArn(consumer: KinesisStreamConsumer, arn: string): string {
  const name = STREAM_ARN.exec(arn)?.[1];
  if (name !== undefined) return name;
  throw new MonitoringConfigError(consumer.node.path, "monitorKinesisStreamConsumer()", [
    {
      option: "streamArn",
      message:
        `${JSON.stringify(arn)} is not the ARN of a Kinesis data stream, so the StreamName dimension ` +
        "cannot be taken from it; allowed: arn:<partition>:kinesis:<region>:<account>:stream/<name>",
    },
  ]);
}

/**
 * Enhanced fan-out consumers of Kinesis data streams (`aws_kinesis_stream_consumer`), dimensions
 * `StreamName` and `ConsumerName`.
 */
export const kinesisStreamConsumerService: AwsServiceDefinition<
  KinesisStreamConsumer,
  KinesisStreamConsumerMonitoringOptions
> = {
  id: "kinesisStreamConsumer",
  title: "Kinesis stream consumer",
  terraformResourceType: "aws_kinesis_stream_consumer",
  cloud: cloudWatch,
  alarms: KINESIS_STREAM_CONSUMER_ALARMS,
  dimensions: (consumer) => ({
    StreamName: streamNameOf(consumer),
    ConsumerName: literal(consumer.nameInput) ?? consumer.name,
  }),
  inputs: {
    retentionMs: {
      describe: "the retention period of the consumer's stream",
      howToSet:
        "declare the stream in the same stack with a literal retentionPeriod and pass its arn as streamArn",
      resolve: (consumer) => {
        const stream = streamOf(consumer);
        return stream ? retentionMsOf(stream) : undefined;
      },
    },
  },
};
