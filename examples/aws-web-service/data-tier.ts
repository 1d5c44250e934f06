import { DbInstance } from "@cdktf/provider-aws/lib/db-instance";
import { DbSubnetGroup } from "@cdktf/provider-aws/lib/db-subnet-group";
import { DynamodbTable } from "@cdktf/provider-aws/lib/dynamodb-table";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { LambdaEventSourceMapping } from "@cdktf/provider-aws/lib/lambda-event-source-mapping";
import { LambdaFunction } from "@cdktf/provider-aws/lib/lambda-function";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { SqsQueue } from "@cdktf/provider-aws/lib/sqs-queue";
import { Fn } from "cdktf";
import { Construct } from "constructs";
import type { Network } from "./network";

/** Options of {@link DataTier}. */
export interface DataTierProps {
  readonly network: Network;
  /** Security group allowed to reach the database (the web tier's tasks). */
  readonly clientSecurityGroupId: string;
  /** S3 location of the order worker's deployment package. */
  readonly workerCode: { readonly bucket: string; readonly key: string };
}

/**
 * Orders and sessions: a PostgreSQL instance, a DynamoDB session table, and an order queue with
 * a dead-letter queue consumed by a Lambda worker.
 */
export class DataTier extends Construct {
  readonly database: DbInstance;
  readonly sessions: DynamodbTable;
  readonly orders: SqsQueue;
  readonly ordersDlq: SqsQueue;
  readonly worker: LambdaFunction;

  constructor(scope: Construct, id: string, props: DataTierProps) {
    super(scope, id);
    const { network } = props;

    const dbSg = new SecurityGroup(this, "db-sg", {
      name: "shop-prod-db",
      description: "Storefront tasks to PostgreSQL",
      vpcId: network.vpc.id,
      ingress: [
        {
          protocol: "tcp",
          fromPort: 5432,
          toPort: 5432,
          securityGroups: [props.clientSecurityGroupId],
        },
      ],
    });
    const dbSubnets = new DbSubnetGroup(this, "db-subnets", {
      name: "shop-prod-db",
      subnetIds: network.privateSubnets.map((s) => s.id),
    });
    this.database = new DbInstance(this, "orders-db", {
      identifier: "shop-prod-orders",
      engine: "postgres",
      engineVersion: "16.4",
      instanceClass: "db.t4g.medium",
      allocatedStorage: 100,
      storageType: "gp3",
      dbName: "orders",
      username: "shop",
      manageMasterUserPassword: true,
      multiAz: true,
      dbSubnetGroupName: dbSubnets.name,
      vpcSecurityGroupIds: [dbSg.id],
      backupRetentionPeriod: 7,
      skipFinalSnapshot: false,
      finalSnapshotIdentifier: "shop-prod-orders-final",
    });

    this.sessions = new DynamodbTable(this, "sessions", {
      name: "shop-prod-sessions",
      billingMode: "PAY_PER_REQUEST",
      hashKey: "sessionId",
      attribute: [{ name: "sessionId", type: "S" }],
      ttl: { attributeName: "expiresAt", enabled: true },
    });

    this.ordersDlq = new SqsQueue(this, "orders-dlq", {
      name: "shop-prod-orders-dlq",
      messageRetentionSeconds: 1_209_600,
    });
    this.orders = new SqsQueue(this, "orders", {
      name: "shop-prod-orders",
      visibilityTimeoutSeconds: 180,
      messageRetentionSeconds: 345_600,
      redrivePolicy: Fn.jsonencode({ deadLetterTargetArn: this.ordersDlq.arn, maxReceiveCount: 5 }),
    });

    const workerRole = new IamRole(this, "worker-role", {
      name: "shop-prod-order-worker",
      assumeRolePolicy: Fn.jsonencode({
        Version: "2012-10-17",
        Statement: [
          {
            Effect: "Allow",
            Principal: { Service: "lambda.amazonaws.com" },
            Action: "sts:AssumeRole",
          },
        ],
      }),
      managedPolicyArns: ["arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole"],
    });
    this.worker = new LambdaFunction(this, "order-worker", {
      functionName: "shop-prod-order-worker",
      role: workerRole.arn,
      runtime: "nodejs20.x",
      handler: "index.handler",
      s3Bucket: props.workerCode.bucket,
      s3Key: props.workerCode.key,
      timeout: 30,
      memorySize: 512,
      reservedConcurrentExecutions: 20,
      environment: { variables: { SESSIONS_TABLE: this.sessions.name } },
    });
    new LambdaEventSourceMapping(this, "orders-to-worker", {
      eventSourceArn: this.orders.arn,
      functionName: this.worker.arn,
      batchSize: 10,
    });
  }
}
