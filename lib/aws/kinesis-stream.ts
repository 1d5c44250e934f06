import type { KinesisStream } from "@cdktf/provider-aws/lib/kinesis-stream";
import { KINESIS_STREAM_ALARMS } from "../catalog/aws/kinesis";
import type { AlarmOptions, ResourceMonitoringOptions } from "../core/alarm-options";
import { retentionMsOf } from "./private/kinesis-retention";
import { literal } from "../core/service-definition";
import { cloudWatch } from "./cloudwatch";
import type { AwsServiceDefinition } from "./aws-service-definition";

/**
 * Options of `monitorKinesisStream()`. Each alarm option takes `{ warning?, critical?, ...overrides }`
 * or `false` to turn the alarm off; defaults and their sources are in `lib/catalog/aws/kinesis.ts`.
 */
export interface KinesisStreamMonitoringOptions extends ResourceMonitoringOptions {
  /**
   * Age of the last record read by GetRecords (ms); percentages are of the stream's retention.
   *
   * @default - warning > 25%, critical > 50% of the retention period, 15 of 15 periods of 60 s
   */
  readonly iteratorAge?: AlarmOptions | false;
  /**
   * Share of successful GetRecords calls (0..1).
   *
   * @default - warning < 1 in 5 of 5 periods of 60 s
   */
  readonly getRecordsSuccess?: AlarmOptions | false;
  /**
   * Share of successful PutRecord calls (0..1).
   *
   * @default - warning < 1 in 5 of 5 periods of 60 s
   */
  readonly putRecordSuccess?: AlarmOptions | false;
  /**
   * Records that failed in PutRecords calls.
   *
   * @default - warning > 0 in 5 of 5 periods of 60 s
   */
  readonly putRecordsFailedRecords?: AlarmOptions | false;
  /**
   * Share of throttled reads.
   *
   * @default - warning > 0 in 5 of 5 periods of 60 s
   */
  readonly readProvisionedThroughputExceeded?: AlarmOptions | false;
  /**
   * Share of throttled writes.
   *
   * @default - warning > 0 in 5 of 5 periods of 60 s
   */
  readonly writeProvisionedThroughputExceeded?: AlarmOptions | false;
}

/** Kinesis data streams (`aws_kinesis_stream`), dimension `StreamName`. */
export const kinesisStreamService: AwsServiceDefinition<
  KinesisStream,
  KinesisStreamMonitoringOptions
> = {
  id: "kinesisStream",
  title: "Kinesis stream",
  terraformResourceType: "aws_kinesis_stream",
  cloud: cloudWatch,
  alarms: KINESIS_STREAM_ALARMS,
  dimensions: (stream) => ({ StreamName: literal(stream.nameInput) ?? stream.name }),
  inputs: {
    retentionMs: {
      describe: "the stream's retention period",
      howToSet: "set retentionPeriod to a literal number of hours",
      resolve: retentionMsOf,
    },
  },
};
