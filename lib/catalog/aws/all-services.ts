import type { AlarmDefault } from "../alarm-default";
import { EC2_INSTANCE_ALARMS } from "./ec2";
import { LAMBDA_FUNCTION_ALARMS } from "./lambda";
import { RDS_INSTANCE_ALARMS } from "./rds";
import { SQS_DEAD_LETTER_QUEUE_ALARMS, SQS_QUEUE_ALARMS } from "./sqs";

/**
 * Every AWS default-alarm list, keyed by the monitored resource type. Tools that need the whole
 * catalog (tests, documentation, coverage reports) read it here; service code imports its own list.
 */
export const AWS_ALARM_CATALOG: Readonly<Record<string, readonly AlarmDefault[]>> = {
  ec2Instance: EC2_INSTANCE_ALARMS,
  lambdaFunction: LAMBDA_FUNCTION_ALARMS,
  rdsInstance: RDS_INSTANCE_ALARMS,
  sqsQueue: SQS_QUEUE_ALARMS,
  sqsDeadLetterQueue: SQS_DEAD_LETTER_QUEUE_ALARMS,
};
