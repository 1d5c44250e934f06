import type { AlarmDefault } from "../alarm-default";
import { ACCOUNT_ALARMS } from "./account";
import { ALB_ALARMS, ALB_TARGET_GROUP_ALARMS } from "./alb";
import { API_GATEWAY_HTTP_STAGE_ALARMS } from "./api-gateway-http";
import { API_GATEWAY_REST_STAGE_ALARMS } from "./api-gateway-rest";
import { AURORA_CLUSTER_ALARMS } from "./aurora";
import { BILLING_ALARMS } from "./billing";
import { CLOUDFRONT_DISTRIBUTION_ALARMS, CLOUDFRONT_FUNCTION_ALARMS } from "./cloudfront";
import { DYNAMODB_TABLE_ALARMS } from "./dynamodb";
import { EBS_VOLUME_ALARMS } from "./ebs";
import { EC2_INSTANCE_ALARMS } from "./ec2";
import { ECS_SERVICE_ALARMS } from "./ecs";
import { ELASTICACHE_ALARMS } from "./elasticache";
import { KINESIS_STREAM_ALARMS, KINESIS_STREAM_CONSUMER_ALARMS } from "./kinesis";
import { LAMBDA_FUNCTION_ALARMS } from "./lambda";
import { NAT_GATEWAY_ALARMS } from "./nat-gateway";
import { RDS_INSTANCE_ALARMS } from "./rds";
import { SNS_TOPIC_ALARMS } from "./sns";
import { SQS_DEAD_LETTER_QUEUE_ALARMS, SQS_QUEUE_ALARMS } from "./sqs";
import { STEP_FUNCTIONS_STATE_MACHINE_ALARMS } from "./step-functions";

/**
 * Every AWS default-alarm list, keyed by the monitored resource type. Tools that need the whole
 * catalog (tests, documentation, coverage reports) read it here; service code imports its own list.
 */
export const AWS_ALARM_CATALOG: Readonly<Record<string, readonly AlarmDefault[]>> = {
  ec2Instance: EC2_INSTANCE_ALARMS,
  ebsVolume: EBS_VOLUME_ALARMS,
  rdsInstance: RDS_INSTANCE_ALARMS,
  auroraCluster: AURORA_CLUSTER_ALARMS,
  lambdaFunction: LAMBDA_FUNCTION_ALARMS,
  alb: ALB_ALARMS,
  albTargetGroup: ALB_TARGET_GROUP_ALARMS,
  apiGatewayRestStage: API_GATEWAY_REST_STAGE_ALARMS,
  apiGatewayHttpStage: API_GATEWAY_HTTP_STAGE_ALARMS,
  sqsQueue: SQS_QUEUE_ALARMS,
  sqsDeadLetterQueue: SQS_DEAD_LETTER_QUEUE_ALARMS,
  dynamodbTable: DYNAMODB_TABLE_ALARMS,
  ecsService: ECS_SERVICE_ALARMS,
  elasticache: ELASTICACHE_ALARMS,
  snsTopic: SNS_TOPIC_ALARMS,
  stepFunctionsStateMachine: STEP_FUNCTIONS_STATE_MACHINE_ALARMS,
  kinesisStream: KINESIS_STREAM_ALARMS,
  kinesisStreamConsumer: KINESIS_STREAM_CONSUMER_ALARMS,
  cloudfrontDistribution: CLOUDFRONT_DISTRIBUTION_ALARMS,
  cloudfrontFunction: CLOUDFRONT_FUNCTION_ALARMS,
  natGateway: NAT_GATEWAY_ALARMS,
  billing: BILLING_ALARMS,
  account: ACCOUNT_ALARMS,
};
