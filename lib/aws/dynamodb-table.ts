import type { DynamodbTable } from "@cdktf/provider-aws/lib/dynamodb-table";
import { DYNAMODB_TABLE_ALARMS } from "../catalog/aws/dynamodb";
import type { AlarmOptions, ResourceMonitoringOptions } from "../core/alarm-options";
import { literal } from "../core/service-definition";
import { cloudWatch } from "./cloudwatch";
import type { AwsServiceDefinition } from "./aws-service-definition";

/**
 * Options of `monitorDynamodbTable()`. Each alarm option takes `{ warning?, critical?, ...overrides }`
 * or `false` to turn the alarm off; defaults and their sources are in `lib/catalog/aws/dynamodb.ts`.
 */
export interface DynamodbTableMonitoringOptions extends ResourceMonitoringOptions {
  /**
   * Throttled read events per minute.
   *
   * @default - warning > 0, critical > 10 in 5 of 5 periods of 60 s
   */
  readonly readThrottleEvents?: AlarmOptions | false;
  /**
   * Throttled write events per minute.
   *
   * @default - warning > 0, critical > 10 in 5 of 5 periods of 60 s
   */
  readonly writeThrottleEvents?: AlarmOptions | false;
  /**
   * Requests that failed with an internal DynamoDB error.
   *
   * @default - critical > 0 in 15 of 15 periods of 60 s
   */
  readonly systemErrors?: AlarmOptions | false;
  /**
   * Replication latency to each replica region of a global table (ms; dimension
   * `ReceivingRegion`), one alarm per literal replica region.
   *
   * @default - global tables: warning > 180,000 ms in 15 of 15 periods of 60 s per replica region
   */
  readonly replicationLatency?: AlarmOptions | false;
  /**
   * Average latency (ms) of successful GetItem requests (SuccessfulRequestLatency, `Operation=GetItem`).
   * Off unless you set a threshold.
   *
   * @default - off; when enabled: > your threshold in 10 of 10 periods of 60 s
   */
  readonly getItemLatency?: AlarmOptions | false;
  /**
   * Average latency (ms) of successful PutItem requests (SuccessfulRequestLatency, `Operation=PutItem`).
   * Off unless you set a threshold.
   *
   * @default - off; when enabled: > your threshold in 10 of 10 periods of 60 s
   */
  readonly putItemLatency?: AlarmOptions | false;
  /**
   * Average latency (ms) of successful UpdateItem requests (SuccessfulRequestLatency, `Operation=UpdateItem`).
   * Off unless you set a threshold.
   *
   * @default - off; when enabled: > your threshold in 10 of 10 periods of 60 s
   */
  readonly updateItemLatency?: AlarmOptions | false;
  /**
   * Average latency (ms) of successful DeleteItem requests (SuccessfulRequestLatency, `Operation=DeleteItem`).
   * Off unless you set a threshold.
   *
   * @default - off; when enabled: > your threshold in 10 of 10 periods of 60 s
   */
  readonly deleteItemLatency?: AlarmOptions | false;
  /**
   * Average latency (ms) of successful Query requests (SuccessfulRequestLatency, `Operation=Query`).
   * Off unless you set a threshold.
   *
   * @default - off; when enabled: > your threshold in 10 of 10 periods of 60 s
   */
  readonly queryLatency?: AlarmOptions | false;
  /**
   * Average latency (ms) of successful Scan requests (SuccessfulRequestLatency, `Operation=Scan`).
   * Off unless you set a threshold.
   *
   * @default - off; when enabled: > your threshold in 10 of 10 periods of 60 s
   */
  readonly scanLatency?: AlarmOptions | false;
  /**
   * Average latency (ms) of successful BatchGetItem requests (SuccessfulRequestLatency, `Operation=BatchGetItem`).
   * Off unless you set a threshold.
   *
   * @default - off; when enabled: > your threshold in 10 of 10 periods of 60 s
   */
  readonly batchGetItemLatency?: AlarmOptions | false;
  /**
   * Average latency (ms) of successful BatchWriteItem requests (SuccessfulRequestLatency, `Operation=BatchWriteItem`).
   * Off unless you set a threshold.
   *
   * @default - off; when enabled: > your threshold in 10 of 10 periods of 60 s
   */
  readonly batchWriteItemLatency?: AlarmOptions | false;
  /**
   * Average latency (ms) of successful TransactGetItems requests (SuccessfulRequestLatency, `Operation=TransactGetItems`).
   * Off unless you set a threshold.
   *
   * @default - off; when enabled: > your threshold in 10 of 10 periods of 60 s
   */
  readonly transactGetItemsLatency?: AlarmOptions | false;
  /**
   * Average latency (ms) of successful TransactWriteItems requests (SuccessfulRequestLatency, `Operation=TransactWriteItems`).
   * Off unless you set a threshold.
   *
   * @default - off; when enabled: > your threshold in 10 of 10 periods of 60 s
   */
  readonly transactWriteItemsLatency?: AlarmOptions | false;
}

/** The replica regions of a global table, when they are literal. */
function replicaRegionsOf(table: DynamodbTable): readonly string[] {
  const replicas = literal(table.replicaInput);
  if (!Array.isArray(replicas)) return [];
  return replicas
    .map((replica) => literal(replica.regionName))
    .filter((region): region is string => region !== undefined)
    .sort();
}

/** DynamoDB tables (`aws_dynamodb_table`), dimension `TableName`. */
export const dynamodbTableService: AwsServiceDefinition<
  DynamodbTable,
  DynamodbTableMonitoringOptions
> = {
  id: "dynamodbTable",
  title: "DynamoDB table",
  terraformResourceType: "aws_dynamodb_table",
  cloud: cloudWatch,
  alarms: DYNAMODB_TABLE_ALARMS,
  dimensions: (table) => ({ TableName: literal(table.nameInput) ?? table.name }),
  members: (table, alarm) =>
    alarm.key === "replicationLatency"
      ? replicaRegionsOf(table).map((region) => ({
          suffix: `-${region}`,
          dimensions: {
            TableName: literal(table.nameInput) ?? table.name,
            ReceivingRegion: region,
          },
        }))
      : undefined,
  applies: (table, alarm) =>
    alarm.key !== "replicationLatency" || replicaRegionsOf(table).length > 0,
};
