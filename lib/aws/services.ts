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
  /** {@inheritDoc ec2InstanceService} */
  ec2Instance: ec2InstanceService,
  /** {@inheritDoc lambdaFunctionService} */
  lambdaFunction: lambdaFunctionService,
  /** {@inheritDoc rdsInstanceService} */
  rdsInstance: rdsInstanceService,
  /** {@inheritDoc sqsQueueService} */
  sqsQueue: sqsQueueService,
  /** {@inheritDoc ebsVolumeService} */
  ebsVolume: ebsVolumeService,
  /** {@inheritDoc auroraClusterService} */
  auroraCluster: auroraClusterService,
  /** {@inheritDoc albService} */
  alb: albService,
  /** {@inheritDoc albTargetGroupService} */
  albTargetGroup: albTargetGroupService,
  /** {@inheritDoc apiGatewayRestStageService} */
  apiGatewayRestStage: apiGatewayRestStageService,
  /** {@inheritDoc apiGatewayHttpStageService} */
  apiGatewayHttpStage: apiGatewayHttpStageService,
  /** {@inheritDoc dynamodbTableService} */
  dynamodbTable: dynamodbTableService,
  /** {@inheritDoc ecsServiceService} */
  ecsService: ecsServiceService,
  /** {@inheritDoc elasticacheClusterService} */
  elasticacheCluster: elasticacheClusterService,
  /** {@inheritDoc elasticacheReplicationGroupService} */
  elasticacheReplicationGroup: elasticacheReplicationGroupService,
  /** {@inheritDoc snsTopicService} */
  snsTopic: snsTopicService,
  /** {@inheritDoc stepFunctionsStateMachineService} */
  stepFunctionsStateMachine: stepFunctionsStateMachineService,
  /** {@inheritDoc kinesisStreamService} */
  kinesisStream: kinesisStreamService,
  /** {@inheritDoc kinesisStreamConsumerService} */
  kinesisStreamConsumer: kinesisStreamConsumerService,
  /** {@inheritDoc cloudfrontDistributionService} */
  cloudfrontDistribution: cloudfrontDistributionService,
  /** {@inheritDoc cloudfrontFunctionService} */
  cloudfrontFunction: cloudfrontFunctionService,
  /** {@inheritDoc natGatewayService} */
  natGateway: natGatewayService,
  /** {@inheritDoc billingService} */
  billing: billingService,
} as const;

/** Id of a supported AWS service, e.g. `ec2Instance`; used to opt a service out of discovery. */
export type AwsServiceId = keyof typeof AWS_SERVICES;
