import type { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import type { Construct } from "constructs";
import { Monitoring, Notify, type NotifyOptions } from "../../lib";
import type { DataTier } from "./data-tier";

/** Who is told, per severity (the e2e test derives the expected topics and subscriptions from it). */
export const NOTIFY: NotifyOptions = {
  critical: [
    Notify.email("oncall@example.com"),
    Notify.webhook("https://hooks.example.com/alerts/shop-prod"),
  ],
  warning: [Notify.email("shop-team@example.com")],
};

/** Service group of the order pipeline: its dashboard section and composite alarm. */
export const ORDERS_GROUP = "orders";
/** Service group of everything discovery finds (the storefront, its network and CDN). */
export const STOREFRONT_GROUP = "storefront";

const RUNBOOKS = "https://runbooks.example.com/shop";

/**
 * The example's monitoring: the order pipeline explicitly, with a few overrides, and everything
 * else in the stack through discovery with the catalog defaults.
 */
export function monitorWebService(
  stack: Construct,
  data: DataTier,
  usEast1Provider: AwsProvider,
): Monitoring {
  const monitoring = new Monitoring(stack, "monitoring", {
    prefix: "shop-prod",
    notify: NOTIFY,
    usEast1Provider,
  });

  monitoring.monitorRdsInstance(data.database, {
    group: ORDERS_GROUP,
    // Critical when less than 10% of the 100 GiB allocated storage is free.
    freeStorageSpace: { critical: "10%", runbookUrl: `${RUNBOOKS}/rds-storage` },
    cpuUtilization: { warning: 75, critical: 90 },
  });
  monitoring.monitorSqsQueue(data.orders, {
    group: ORDERS_GROUP,
    deadLetterQueue: data.ordersDlq,
    ageOfOldestMessage: { warning: 900, critical: 3600, runbookUrl: `${RUNBOOKS}/orders-backlog` },
  });
  monitoring.monitorLambdaFunction(data.worker, {
    group: ORDERS_GROUP,
    // The worker runs behind a queue: a few failed batches are retried, so warn first.
    errors: { warning: 0, critical: 5, datapointsToAlarm: 2, evaluationPeriods: 3 },
    duration: { warning: "70%", critical: "90%" },
  });
  monitoring.addCompositeAlarm("orders-critical", { group: ORDERS_GROUP, severity: "critical" });

  monitoring.watchScope(stack, {
    group: STOREFRONT_GROUP,
    // The storefront tolerates up to 2% failed requests at the load balancer; 5% pages.
    defaults: { alb: { errorRate5xx: { warning: 2, critical: 5 } } },
  });
  // DynamoDB account capacity and Lambda concurrency against the account's regional quota.
  monitoring.monitorAccount({ group: "account", lambdaConcurrencyQuota: 1000 });
  return monitoring;
}
