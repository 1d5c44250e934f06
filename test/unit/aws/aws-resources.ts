import { ApiGatewayDeployment } from "@cdktf/provider-aws/lib/api-gateway-deployment";
import { ApiGatewayRestApi } from "@cdktf/provider-aws/lib/api-gateway-rest-api";
import { ApiGatewayStage } from "@cdktf/provider-aws/lib/api-gateway-stage";
import { Apigatewayv2Api } from "@cdktf/provider-aws/lib/apigatewayv2-api";
import { Apigatewayv2Stage } from "@cdktf/provider-aws/lib/apigatewayv2-stage";
import { BudgetsBudget } from "@cdktf/provider-aws/lib/budgets-budget";
import { CloudfrontDistribution } from "@cdktf/provider-aws/lib/cloudfront-distribution";
import { CloudfrontFunction } from "@cdktf/provider-aws/lib/cloudfront-function";
import { DbInstance } from "@cdktf/provider-aws/lib/db-instance";
import { DynamodbTable } from "@cdktf/provider-aws/lib/dynamodb-table";
import { EbsVolume } from "@cdktf/provider-aws/lib/ebs-volume";
import { EcsService } from "@cdktf/provider-aws/lib/ecs-service";
import { ElasticacheCluster } from "@cdktf/provider-aws/lib/elasticache-cluster";
import { ElasticacheReplicationGroup } from "@cdktf/provider-aws/lib/elasticache-replication-group";
import { Instance } from "@cdktf/provider-aws/lib/instance";
import { KinesisStream } from "@cdktf/provider-aws/lib/kinesis-stream";
import { KinesisStreamConsumer } from "@cdktf/provider-aws/lib/kinesis-stream-consumer";
import { LambdaFunction } from "@cdktf/provider-aws/lib/lambda-function";
import { Lb } from "@cdktf/provider-aws/lib/lb";
import { LbTargetGroup } from "@cdktf/provider-aws/lib/lb-target-group";
import { NatGateway } from "@cdktf/provider-aws/lib/nat-gateway";
import { RdsCluster } from "@cdktf/provider-aws/lib/rds-cluster";
import { SfnStateMachine } from "@cdktf/provider-aws/lib/sfn-state-machine";
import { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic";
import { SqsQueue } from "@cdktf/provider-aws/lib/sqs-queue";
import { VolumeAttachment } from "@cdktf/provider-aws/lib/volume-attachment";
import type { TerraformResource, TerraformStack } from "cdktf";
import type { AWS_SERVICES } from "../../../lib";
import { ami } from "../core/synth-helpers";

const ROLE = "arn:aws:iam::123456789012:role/app";
const SUBNETS = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"];

/** A resource of each AWS service's type, named `name` where the type has a name. */
export const AWS_RESOURCES: Readonly<
  Record<keyof typeof AWS_SERVICES, (stack: TerraformStack, name: string) => TerraformResource>
> = {
  ec2Instance: (stack, name) =>
    new Instance(stack, name, { ami, instanceType: "t3.micro", subnetId: SUBNETS[0] }),
  lambdaFunction: (stack, name) =>
    new LambdaFunction(stack, name, {
      functionName: name,
      role: ROLE,
      runtime: "nodejs20.x",
      handler: "index.handler",
      s3Bucket: "artifacts",
      s3Key: "fn.zip",
      timeout: 10,
    }),
  rdsInstance: (stack, name) =>
    new DbInstance(stack, name, {
      identifier: name,
      engine: "postgres",
      instanceClass: "db.t4g.medium",
      allocatedStorage: 50,
    }),
  sqsQueue: (stack, name) => new SqsQueue(stack, name, { name }),
  ebsVolume: (stack, name) => {
    const volume = new EbsVolume(stack, name, {
      availabilityZone: "eu-west-1a",
      size: 200,
      type: "gp3",
    });
    const instance = new Instance(stack, `${name}-instance`, { ami, instanceType: "t3.micro" });
    new VolumeAttachment(stack, `${name}-attachment`, {
      deviceName: "/dev/sdf",
      volumeId: volume.id,
      instanceId: instance.id,
    });
    return volume;
  },
  auroraCluster: (stack, name) =>
    new RdsCluster(stack, name, { clusterIdentifier: name, engine: "aurora-postgresql" }),
  alb: (stack, name) =>
    new Lb(stack, name, { name, loadBalancerType: "application", subnets: SUBNETS }),
  albTargetGroup: (stack, name) =>
    new LbTargetGroup(stack, name, {
      name,
      port: 80,
      protocol: "HTTP",
      vpcId: "vpc-0a1b2c3d4e5f60001",
    }),
  apiGatewayRestStage: (stack, name) => {
    const api = new ApiGatewayRestApi(stack, `${name}-api`, { name });
    const deployment = new ApiGatewayDeployment(stack, `${name}-deployment`, {
      restApiId: api.id,
    });
    return new ApiGatewayStage(stack, name, {
      restApiId: api.id,
      deploymentId: deployment.id,
      stageName: "prod",
    });
  },
  apiGatewayHttpStage: (stack, name) => {
    const api = new Apigatewayv2Api(stack, `${name}-api`, { name, protocolType: "HTTP" });
    return new Apigatewayv2Stage(stack, name, { apiId: api.id, name: "prod" });
  },
  dynamodbTable: (stack, name) =>
    new DynamodbTable(stack, name, {
      name,
      billingMode: "PAY_PER_REQUEST",
      hashKey: "pk",
      attribute: [{ name: "pk", type: "S" }],
      streamEnabled: true,
      streamViewType: "NEW_AND_OLD_IMAGES",
      replica: [{ regionName: "eu-central-1" }],
    }),
  ecsService: (stack, name) =>
    new EcsService(stack, name, { name, cluster: "cluster", taskDefinition: "app:1" }),
  elasticacheCluster: (stack, name) =>
    new ElasticacheCluster(stack, name, {
      clusterId: name,
      engine: "redis",
      nodeType: "cache.t4g.small",
      numCacheNodes: 1,
    }),
  elasticacheReplicationGroup: (stack, name) =>
    new ElasticacheReplicationGroup(stack, name, {
      replicationGroupId: name,
      description: name,
      engine: "valkey",
      nodeType: "cache.t4g.small",
      numCacheClusters: 2,
    }),
  snsTopic: (stack, name) => new SnsTopic(stack, name, { name }),
  stepFunctionsStateMachine: (stack, name) =>
    new SfnStateMachine(stack, name, { name, roleArn: ROLE, definition: "{}" }),
  kinesisStream: (stack, name) => new KinesisStream(stack, name, { name, shardCount: 1 }),
  kinesisStreamConsumer: (stack, name) => {
    const stream = new KinesisStream(stack, `${name}-stream`, { name, shardCount: 1 });
    return new KinesisStreamConsumer(stack, name, { name, streamArn: stream.arn });
  },
  cloudfrontDistribution: (stack, name) =>
    new CloudfrontDistribution(stack, name, {
      enabled: true,
      origin: [{ originId: "origin", domainName: "origin.example.com" }],
      defaultCacheBehavior: {
        targetOriginId: "origin",
        viewerProtocolPolicy: "redirect-to-https",
        allowedMethods: ["GET", "HEAD"],
        cachedMethods: ["GET", "HEAD"],
      },
      restrictions: { geoRestriction: { restrictionType: "none" } },
      viewerCertificate: { cloudfrontDefaultCertificate: true },
    }),
  cloudfrontFunction: (stack, name) =>
    new CloudfrontFunction(stack, name, {
      name,
      runtime: "cloudfront-js-2.0",
      code: "function handler(event) { return event.request; }",
    }),
  natGateway: (stack, name) =>
    new NatGateway(stack, name, {
      subnetId: SUBNETS[0]!,
      allocationId: "eipalloc-0a1b2c3d4e5f60001",
    }),
  billing: (stack, name) =>
    new BudgetsBudget(stack, name, {
      name,
      budgetType: "COST",
      limitAmount: "1000",
      limitUnit: "USD",
      timeUnit: "MONTHLY",
    }),
};
