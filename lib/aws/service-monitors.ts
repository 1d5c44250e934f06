import type { ApiGatewayStage } from "@cdktf/provider-aws/lib/api-gateway-stage";
import type { Apigatewayv2Stage } from "@cdktf/provider-aws/lib/apigatewayv2-stage";
import type { BudgetsBudget } from "@cdktf/provider-aws/lib/budgets-budget";
import type { CloudfrontDistribution } from "@cdktf/provider-aws/lib/cloudfront-distribution";
import type { CloudfrontFunction } from "@cdktf/provider-aws/lib/cloudfront-function";
import type { DynamodbTable } from "@cdktf/provider-aws/lib/dynamodb-table";
import type { EbsVolume } from "@cdktf/provider-aws/lib/ebs-volume";
import type { EcsService } from "@cdktf/provider-aws/lib/ecs-service";
import type { ElasticacheCluster } from "@cdktf/provider-aws/lib/elasticache-cluster";
import type { ElasticacheReplicationGroup } from "@cdktf/provider-aws/lib/elasticache-replication-group";
import type { KinesisStream } from "@cdktf/provider-aws/lib/kinesis-stream";
import type { KinesisStreamConsumer } from "@cdktf/provider-aws/lib/kinesis-stream-consumer";
import type { Lb } from "@cdktf/provider-aws/lib/lb";
import type { LbTargetGroup } from "@cdktf/provider-aws/lib/lb-target-group";
import type { NatGateway } from "@cdktf/provider-aws/lib/nat-gateway";
import type { RdsCluster } from "@cdktf/provider-aws/lib/rds-cluster";
import type { SfnStateMachine } from "@cdktf/provider-aws/lib/sfn-state-machine";
import type { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic";
import type { TerraformResource } from "cdktf";
import { Construct } from "constructs";
import type { MonitoringAlarm } from "./alarm-factory";
import { awsFacadeParts, awsServiceDefinitions } from "./service-loaders";
import type { CreatedAlarm } from "../core/alarm-cloud";
import type { ResourceMonitoringOptions } from "../core/alarm-options";
import { appRegistryOf } from "../core/app-registry";
import { MonitoringConfigError } from "../core/config-error";
import type { AccountMonitoringOptions } from "./account";
import type { AlbMonitoringOptions } from "./alb";
import type { AlbTargetGroupMonitoringOptions } from "./alb-target-group";
import type { ApiGatewayHttpStageMonitoringOptions } from "./api-gateway-http-stage";
import type { ApiGatewayRestStageMonitoringOptions } from "./api-gateway-rest-stage";
import type { AuroraClusterMonitoringOptions } from "./aurora-cluster";
import type { BillingMonitoringOptions } from "./billing";
import type { CloudfrontDistributionMonitoringOptions } from "./cloudfront-distribution";
import type { CloudfrontFunctionMonitoringOptions } from "./cloudfront-function";
import type { DynamodbTableMonitoringOptions } from "./dynamodb-table";
import type { EbsVolumeMonitoringOptions } from "./ebs-volume";
import type { EcsServiceMonitoringOptions } from "./ecs-service";
import type { ElasticacheMonitoringOptions } from "./elasticache-cluster";

import type { KinesisStreamMonitoringOptions } from "./kinesis-stream";
import type { KinesisStreamConsumerMonitoringOptions } from "./kinesis-stream-consumer";
import type { NatGatewayMonitoringOptions } from "./nat-gateway";
import type { ServiceDefinition } from "../core/service-definition";
import type { SnsTopicMonitoringOptions } from "./sns-topic";
import type { StepFunctionsStateMachineMonitoringOptions } from "./step-functions-state-machine";

/**
 * The `monitorXxx()` methods of the AWS services beyond the facade's own, kept apart so the
 * facade file stays readable. Each one monitors the user's provider-aws resource with the catalog
 * defaults (see `lib/catalog/aws/`) and the given overrides, and returns the alarms it created.
 */
export abstract class AwsServiceMonitors extends Construct {
  /** Prefix of every alarm name of the facade. */
  abstract readonly prefix: string;

  /** Monitors a resource with any service definition (implemented by the facade). */
  abstract monitor<
    R extends TerraformResource,
    O extends ResourceMonitoringOptions,
    A extends TerraformResource,
  >(
    service: ServiceDefinition<R, O, A>,
    resource: R,
    options?: O,
    context?: string,
  ): readonly CreatedAlarm<A>[];

  /** Monitors an EBS volume (`aws_ebs_volume`) attached in the stack by an `aws_volume_attachment`. */
  monitorEbsVolume(
    volume: EbsVolume,
    options: EbsVolumeMonitoringOptions = {},
  ): readonly MonitoringAlarm[] {
    return this.monitor(awsServiceDefinitions.ebsVolume, volume, options, "monitorEbsVolume()");
  }

  /** Monitors an Aurora DB cluster (`aws_rds_cluster`) through its writer. */
  monitorAuroraCluster(
    cluster: RdsCluster,
    options: AuroraClusterMonitoringOptions = {},
  ): readonly MonitoringAlarm[] {
    return this.monitor(
      awsServiceDefinitions.auroraCluster,
      cluster,
      options,
      "monitorAuroraCluster()",
    );
  }

  /** Monitors an Application Load Balancer (`aws_lb`). */
  monitorAlb(loadBalancer: Lb, options: AlbMonitoringOptions = {}): readonly MonitoringAlarm[] {
    return this.monitor(awsServiceDefinitions.alb, loadBalancer, options, "monitorAlb()");
  }

  /**
   * Monitors a target group of an Application Load Balancer (`aws_lb_target_group`); the load
   * balancer is found through the stack's listeners, else from the group's attachments at plan.
   */
  monitorAlbTargetGroup(
    targetGroup: LbTargetGroup,
    options: AlbTargetGroupMonitoringOptions = {},
  ): readonly MonitoringAlarm[] {
    return this.monitor(
      awsServiceDefinitions.albTargetGroup,
      targetGroup,
      options,
      "monitorAlbTargetGroup()",
    );
  }

  /** Monitors a stage of an API Gateway REST API (`aws_api_gateway_stage`). */
  monitorApiGatewayRestStage(
    stage: ApiGatewayStage,
    options: ApiGatewayRestStageMonitoringOptions = {},
  ): readonly MonitoringAlarm[] {
    return this.monitor(
      awsServiceDefinitions.apiGatewayRestStage,
      stage,
      options,
      "monitorApiGatewayRestStage()",
    );
  }

  /** Monitors a stage of an API Gateway HTTP API (`aws_apigatewayv2_stage`). */
  monitorApiGatewayHttpStage(
    stage: Apigatewayv2Stage,
    options: ApiGatewayHttpStageMonitoringOptions = {},
  ): readonly MonitoringAlarm[] {
    return this.monitor(
      awsServiceDefinitions.apiGatewayHttpStage,
      stage,
      options,
      "monitorApiGatewayHttpStage()",
    );
  }

  /** Monitors a DynamoDB table (`aws_dynamodb_table`). */
  monitorDynamodbTable(
    table: DynamodbTable,
    options: DynamodbTableMonitoringOptions = {},
  ): readonly MonitoringAlarm[] {
    return this.monitor(
      awsServiceDefinitions.dynamodbTable,
      table,
      options,
      "monitorDynamodbTable()",
    );
  }

  /** Monitors an ECS service (`aws_ecs_service`). */
  monitorEcsService(
    service: EcsService,
    options: EcsServiceMonitoringOptions = {},
  ): readonly MonitoringAlarm[] {
    return this.monitor(awsServiceDefinitions.ecsService, service, options, "monitorEcsService()");
  }

  /** Monitors an ElastiCache cluster (`aws_elasticache_cluster`). */
  monitorElasticacheCluster(
    cluster: ElasticacheCluster,
    options: ElasticacheMonitoringOptions = {},
  ): readonly MonitoringAlarm[] {
    return this.monitor(
      awsServiceDefinitions.elasticacheCluster,
      cluster,
      options,
      "monitorElasticacheCluster()",
    );
  }

  /**
   * Monitors each member cluster of an ElastiCache replication group
   * (`aws_elasticache_replication_group`); alarm names end in the member number.
   */
  monitorElasticacheReplicationGroup(
    group: ElasticacheReplicationGroup,
    options: ElasticacheMonitoringOptions = {},
  ): readonly MonitoringAlarm[] {
    return this.monitor(
      awsServiceDefinitions.elasticacheReplicationGroup,
      group,
      options,
      "monitorElasticacheReplicationGroup()",
    );
  }

  /** Monitors an SNS topic (`aws_sns_topic`). */
  monitorSnsTopic(
    topic: SnsTopic,
    options: SnsTopicMonitoringOptions = {},
  ): readonly MonitoringAlarm[] {
    return this.monitor(awsServiceDefinitions.snsTopic, topic, options, "monitorSnsTopic()");
  }

  /** Monitors a Step Functions state machine (`aws_sfn_state_machine`). */
  monitorStepFunctionsStateMachine(
    stateMachine: SfnStateMachine,
    options: StepFunctionsStateMachineMonitoringOptions = {},
  ): readonly MonitoringAlarm[] {
    return this.monitor(
      awsServiceDefinitions.stepFunctionsStateMachine,
      stateMachine,
      options,
      "monitorStepFunctionsStateMachine()",
    );
  }

  /** Monitors a Kinesis data stream (`aws_kinesis_stream`). */
  monitorKinesisStream(
    stream: KinesisStream,
    options: KinesisStreamMonitoringOptions = {},
  ): readonly MonitoringAlarm[] {
    return this.monitor(
      awsServiceDefinitions.kinesisStream,
      stream,
      options,
      "monitorKinesisStream()",
    );
  }

  /**
   * Monitors an enhanced fan-out consumer of a Kinesis stream (`aws_kinesis_stream_consumer`); its
   * lag follows the retention of the stream it refers to.
   */
  monitorKinesisStreamConsumer(
    consumer: KinesisStreamConsumer,
    options: KinesisStreamConsumerMonitoringOptions = {},
  ): readonly MonitoringAlarm[] {
    return this.monitor(
      awsServiceDefinitions.kinesisStreamConsumer,
      consumer,
      options,
      "monitorKinesisStreamConsumer()",
    );
  }

  /** Monitors a CloudFront distribution (`aws_cloudfront_distribution`); alarms go to us-east-1. */
  monitorCloudfrontDistribution(
    distribution: CloudfrontDistribution,
    options: CloudfrontDistributionMonitoringOptions = {},
  ): readonly MonitoringAlarm[] {
    return this.monitor(
      awsServiceDefinitions.cloudfrontDistribution,
      distribution,
      options,
      "monitorCloudfrontDistribution()",
    );
  }

  /** Monitors a CloudFront function (`aws_cloudfront_function`); alarms go to us-east-1. */
  monitorCloudfrontFunction(
    fn: CloudfrontFunction,
    options: CloudfrontFunctionMonitoringOptions = {},
  ): readonly MonitoringAlarm[] {
    return this.monitor(
      awsServiceDefinitions.cloudfrontFunction,
      fn,
      options,
      "monitorCloudfrontFunction()",
    );
  }

  /** Monitors a NAT gateway (`aws_nat_gateway`). */
  monitorNatGateway(
    natGateway: NatGateway,
    options: NatGatewayMonitoringOptions = {},
  ): readonly MonitoringAlarm[] {
    return this.monitor(
      awsServiceDefinitions.natGateway,
      natGateway,
      options,
      "monitorNatGateway()",
    );
  }

  /**
   * Monitors the account's estimated charges against a monthly cost budget
   * (`aws_budgets_budget`); alarms go to us-east-1.
   */
  monitorBilling(
    budget: BudgetsBudget,
    options: BillingMonitoringOptions = {},
  ): readonly MonitoringAlarm[] {
    return this.monitor(awsServiceDefinitions.billing, budget, options, "monitorBilling()");
  }

  /**
   * Alarms on the account-level metrics (no resource dimension) of the account and region of the
   * stack's default AWS provider: DynamoDB account capacity and user errors, Lambda claimed
   * concurrency. Once per provider in the whole app; alarm names use `account` as resource part.
   */
  monitorAccount(options: AccountMonitoringOptions = {}): readonly MonitoringAlarm[] {
    const account = awsFacadeParts.account;
    const provider = account.defaultAwsProviderOf(this);
    if (provider === undefined) {
      throw new MonitoringConfigError(this.node.path, "monitorAccount()", [
        {
          option: "provider",
          message:
            "the stack has no default AwsProvider (one without alias) to stand for the account; allowed: declare one in the facade's stack",
        },
      ]);
    }
    const owner = appRegistryOf(this).monitored.get(provider);
    if (owner !== undefined) {
      throw new MonitoringConfigError(this.node.path, "monitorAccount()", [
        {
          option: "provider",
          message: `the account and region of ${provider.node.path} already have their alarms from ${owner}; allowed: one monitorAccount() per AWS provider in the app`,
        },
      ]);
    }
    const alarms = this.monitor(
      account.accountServiceFor(options),
      provider,
      { ...options, name: options.name ?? "account" },
      "monitorAccount()",
    );
    account.warnOnAccountAlarmClash(this, provider, this.prefix);
    return alarms;
  }
}
