/**
 * A small shop on AWS: a web server, its PostgreSQL database, an order queue with its dead-letter
 * queue and the worker that drains it, each monitored next to where it is declared.
 *
 * `npx cdktf synth` writes `cdktf.out/stacks/shop`; `npm test` checks the monitoring.
 */
import { DbInstance } from "@cdktf/provider-aws/lib/db-instance";
import { Instance } from "@cdktf/provider-aws/lib/instance";
import { LambdaFunction } from "@cdktf/provider-aws/lib/lambda-function";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { SqsQueue } from "@cdktf/provider-aws/lib/sqs-queue";
import { App, TerraformStack } from "cdktf";
import { Monitoring, Notify } from "cdktf-monitoring";
import type { Construct } from "constructs";

export class ShopStack extends TerraformStack {
  readonly monitoring: Monitoring;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, "aws", { region: "eu-west-1" });

    this.monitoring = new Monitoring(this, "monitoring", {
      prefix: "shop",
      notify: {
        critical: [Notify.email("oncall@example.com")],
        warning: [Notify.email("team@example.com")],
      },
    });

    const web = new Instance(this, "web", {
      ami: "ami-0123456789abcdef0",
      instanceType: "t3.small",
      tags: { Name: "shop-web" },
    });
    this.monitoring.monitorEc2Instance(web, {
      group: "storefront",
      cpuUtilization: { warning: 75, critical: 90 },
    });

    const db = new DbInstance(this, "orders-db", {
      identifier: "shop-orders",
      engine: "postgres",
      instanceClass: "db.t3.micro",
      allocatedStorage: 20,
      username: "shop",
      manageMasterUserPassword: true,
      skipFinalSnapshot: true,
    });
    this.monitoring.monitorRdsInstance(db, {
      group: "storefront",
      freeStorageSpace: { warning: "20%", critical: "10%" },
    });

    const deadLetters = new SqsQueue(this, "orders-dlq", { name: "shop-orders-dlq" });
    const orders = new SqsQueue(this, "orders", {
      name: "shop-orders",
      redrivePolicy: JSON.stringify({ deadLetterTargetArn: deadLetters.arn, maxReceiveCount: 5 }),
    });
    this.monitoring.monitorSqsQueue(orders, { group: "orders", deadLetterQueue: deadLetters });

    const worker = new LambdaFunction(this, "worker", {
      functionName: "shop-order-worker",
      role: "arn:aws:iam::123456789012:role/shop-order-worker",
      runtime: "nodejs20.x",
      handler: "index.handler",
      filename: "worker.zip",
      timeout: 30,
    });
    this.monitoring.monitorLambdaFunction(worker, { group: "orders" });

    // Pages on-call when anything in the storefront is critical.
    this.monitoring.addCompositeAlarm("storefront-down", { group: "storefront" });
  }
}

if (require.main === module) {
  const app = new App();
  new ShopStack(app, "shop");
  app.synth();
}
