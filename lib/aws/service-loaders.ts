/* eslint-disable @typescript-eslint/no-require-imports -- loading on first use is the point */
/**
 * The AWS modules the facade loads on first use: the service definitions its `monitorXxx()`
 * methods use (each brings its catalog file), so that an app loads only the services it monitors,
 * and the AWS-only parts of the facade (CloudWatch rendering, composite alarms, account alarms, S3
 * targets), which an Azure-only or backend-only app never loads. `AWS_SERVICES` (`./services`)
 * loads every service; discovery and the `cdktf-monitoring/aws` entry point use it.
 */
import type * as AlbModule from "./alb";
import type * as AlbTargetGroupModule from "./alb-target-group";
import type * as ApiGatewayHttpStageModule from "./api-gateway-http-stage";
import type * as ApiGatewayRestStageModule from "./api-gateway-rest-stage";
import type * as AuroraClusterModule from "./aurora-cluster";
import type * as BillingModule from "./billing";
import type * as CloudfrontDistributionModule from "./cloudfront-distribution";
import type * as CloudfrontFunctionModule from "./cloudfront-function";
import type * as DynamodbTableModule from "./dynamodb-table";
import type * as EbsVolumeModule from "./ebs-volume";
import type * as Ec2InstanceModule from "./ec2-instance";
import type * as EcsServiceModule from "./ecs-service";
import type * as ElasticacheClusterModule from "./elasticache-cluster";
import type * as ElasticacheReplicationGroupModule from "./elasticache-replication-group";
import type * as KinesisStreamModule from "./kinesis-stream";
import type * as KinesisStreamConsumerModule from "./kinesis-stream-consumer";
import type * as LambdaFunctionModule from "./lambda-function";
import type * as NatGatewayModule from "./nat-gateway";
import type * as RdsInstanceModule from "./rds-instance";
import type * as SnsTopicModule from "./sns-topic";
import type * as SqsQueueModule from "./sqs-queue";
import type * as StepFunctionsStateMachineModule from "./step-functions-state-machine";
import type * as AccountModule from "./account";
import type * as CloudwatchModule from "./cloudwatch";
import type * as CompositeAlarmsModule from "./composite-alarms";
import type * as DashboardsModule from "./dashboards";
import type * as S3BucketTargetModule from "./s3-bucket-target";
import { onFirstRead } from "../core/on-first-use";

/** The AWS service definitions by id, each module loaded when its definition is first read. */
export const awsServiceDefinitions = onFirstRead({
  ec2Instance: () => (require("./ec2-instance") as typeof Ec2InstanceModule).ec2InstanceService,
  lambdaFunction: () =>
    (require("./lambda-function") as typeof LambdaFunctionModule).lambdaFunctionService,
  rdsInstance: () => (require("./rds-instance") as typeof RdsInstanceModule).rdsInstanceService,
  sqsQueue: () => (require("./sqs-queue") as typeof SqsQueueModule).sqsQueueService,
  ebsVolume: () => (require("./ebs-volume") as typeof EbsVolumeModule).ebsVolumeService,
  auroraCluster: () =>
    (require("./aurora-cluster") as typeof AuroraClusterModule).auroraClusterService,
  alb: () => (require("./alb") as typeof AlbModule).albService,
  albTargetGroup: () =>
    (require("./alb-target-group") as typeof AlbTargetGroupModule).albTargetGroupService,
  apiGatewayRestStage: () =>
    (require("./api-gateway-rest-stage") as typeof ApiGatewayRestStageModule)
      .apiGatewayRestStageService,
  apiGatewayHttpStage: () =>
    (require("./api-gateway-http-stage") as typeof ApiGatewayHttpStageModule)
      .apiGatewayHttpStageService,
  dynamodbTable: () =>
    (require("./dynamodb-table") as typeof DynamodbTableModule).dynamodbTableService,
  ecsService: () => (require("./ecs-service") as typeof EcsServiceModule).ecsServiceService,
  elasticacheCluster: () =>
    (require("./elasticache-cluster") as typeof ElasticacheClusterModule).elasticacheClusterService,
  elasticacheReplicationGroup: () =>
    (require("./elasticache-replication-group") as typeof ElasticacheReplicationGroupModule)
      .elasticacheReplicationGroupService,
  snsTopic: () => (require("./sns-topic") as typeof SnsTopicModule).snsTopicService,
  stepFunctionsStateMachine: () =>
    (require("./step-functions-state-machine") as typeof StepFunctionsStateMachineModule)
      .stepFunctionsStateMachineService,
  kinesisStream: () =>
    (require("./kinesis-stream") as typeof KinesisStreamModule).kinesisStreamService,
  kinesisStreamConsumer: () =>
    (require("./kinesis-stream-consumer") as typeof KinesisStreamConsumerModule)
      .kinesisStreamConsumerService,
  cloudfrontDistribution: () =>
    (require("./cloudfront-distribution") as typeof CloudfrontDistributionModule)
      .cloudfrontDistributionService,
  cloudfrontFunction: () =>
    (require("./cloudfront-function") as typeof CloudfrontFunctionModule).cloudfrontFunctionService,
  natGateway: () => (require("./nat-gateway") as typeof NatGatewayModule).natGatewayService,
  billing: () => (require("./billing") as typeof BillingModule).billingService,
});

/** The AWS-only parts of the facade, each module loaded when first read. */
export const awsFacadeParts = onFirstRead({
  /** `./account`: the account-level alarms of `monitorAccount()`. */
  account: () => require("./account") as typeof AccountModule,
  cloudWatch: () => (require("./cloudwatch") as typeof CloudwatchModule).cloudWatch,
  validateCompositeAlarm: () =>
    (require("./composite-alarms") as typeof CompositeAlarmsModule).validateCompositeAlarm,
  defaultRegionOf: () => (require("./dashboards") as typeof DashboardsModule).defaultRegionOf,
  registerS3BucketTarget: () =>
    (require("./s3-bucket-target") as typeof S3BucketTargetModule).registerS3BucketTarget,
});
