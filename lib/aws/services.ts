import { albService } from "./alb";
import { albTargetGroupService } from "./alb-target-group";
import { apiGatewayHttpStageService } from "./api-gateway-http-stage";
import { apiGatewayRestStageService } from "./api-gateway-rest-stage";
import { auroraClusterService } from "./aurora-cluster";
import { billingService } from "./billing";
import { cloudfrontDistributionService } from "./cloudfront-distribution";
import { cloudfrontFunctionService } from "./cloudfront-function";
import { dynamodbTableService } from "./dynamodb-table";
import { ebsVolumeService } from "./ebs-volume";
import { ecsServiceService } from "./ecs-service";
import { elasticacheClusterService } from "./elasticache-cluster";
import { elasticacheReplicationGroupService } from "./elasticache-replication-group";
import { kinesisStreamService } from "./kinesis-stream";
import { kinesisStreamConsumerService } from "./kinesis-stream-consumer";
import { natGatewayService } from "./nat-gateway";
import { snsTopicService } from "./sns-topic";
import { stepFunctionsStateMachineService } from "./step-functions-state-machine";
import { ec2InstanceService } from "./ec2-instance";
import { lambdaFunctionService } from "./lambda-function";
import { rdsInstanceService } from "./rds-instance";
import { sqsQueueService } from "./sqs-queue";

/**
 * Every supported AWS service, by id. Discovery (`watchScope`) attaches the defaults of these to
 * the resources it finds; one line per service.
 */
export const AWS_SERVICES = {
  ec2Instance: ec2InstanceService,
  lambdaFunction: lambdaFunctionService,
  rdsInstance: rdsInstanceService,
  sqsQueue: sqsQueueService,
  ebsVolume: ebsVolumeService,
  auroraCluster: auroraClusterService,
  alb: albService,
  albTargetGroup: albTargetGroupService,
  apiGatewayRestStage: apiGatewayRestStageService,
  apiGatewayHttpStage: apiGatewayHttpStageService,
  dynamodbTable: dynamodbTableService,
  ecsService: ecsServiceService,
  elasticacheCluster: elasticacheClusterService,
  elasticacheReplicationGroup: elasticacheReplicationGroupService,
  snsTopic: snsTopicService,
  stepFunctionsStateMachine: stepFunctionsStateMachineService,
  kinesisStream: kinesisStreamService,
  kinesisStreamConsumer: kinesisStreamConsumerService,
  cloudfrontDistribution: cloudfrontDistributionService,
  cloudfrontFunction: cloudfrontFunctionService,
  natGateway: natGatewayService,
  billing: billingService,
} as const;

/** Id of a supported AWS service, e.g. `ec2Instance`; used to opt a service out of discovery. */
export type AwsServiceId = keyof typeof AWS_SERVICES;
