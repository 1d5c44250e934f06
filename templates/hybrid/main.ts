/**
 * A hybrid estate: the storefront on AWS (two web servers and their database) and the warehouse
 * on premises (application servers, a core switch, the stock database), plus the shop's public
 * URL. CloudWatch alerts on the cloud; the central Zabbix backend gets every target, grouped by
 * service, with the same thresholds.
 *
 * Two stacks: `estate-cloud` (AWS credentials) and `estate-backend` (Zabbix credentials, the
 * `monitoring` provider: `npx cdktf-monitoring provider install` once per machine). The backend
 * API is `$ZABBIX_URL`; the provider reads `ZABBIX_USERNAME` and `ZABBIX_PASSWORD`.
 */
import { DbInstance } from "@cdktf/provider-aws/lib/db-instance";
import { Instance } from "@cdktf/provider-aws/lib/instance";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { App, TerraformStack, TerraformVariable } from "cdktf";
import {
  LinuxServer,
  Monitoring,
  MonitoringProvider,
  NetworkDevice,
  Notify,
  PostgresDatabase,
  WebEndpoint,
} from "cdktf-monitoring";
import type { Construct } from "constructs";

/** The central backend: the `monitoring` provider and the on-premises estate. */
export class BackendStack extends TerraformStack {
  constructor(scope: Construct, id: string, zabbixUrl: string) {
    super(scope, id);
    new MonitoringProvider(this, "monitoring", { zabbix: { url: zabbixUrl } });
    const secret = (name: string) =>
      new TerraformVariable(this, name, { type: "string", sensitive: true });

    for (const name of ["wh-app-01", "wh-app-02"]) {
      new LinuxServer(this, name, {
        address: name === "wh-app-01" ? "192.0.2.11" : "192.0.2.12",
        group: "warehouse",
        thresholds: { cpuUtilizationCritical: 90 },
      });
    }
    new NetworkDevice(this, "wh-core-sw", {
      address: "192.0.2.2",
      group: "warehouse",
      snmp: { version: "2c", community: secret("snmp_community") },
    });
    new PostgresDatabase(this, "wh-stock-db", {
      address: "192.0.2.30",
      group: "warehouse",
      password: secret("stock_db_password"),
    });
    new WebEndpoint(this, "shop-home", { url: "https://shop.example.com/", group: "storefront" });
  }
}

/** The storefront on AWS, registered in the backend as well. */
export class CloudStack extends TerraformStack {
  readonly monitoring: Monitoring;

  constructor(scope: Construct, id: string, backend: BackendStack) {
    super(scope, id);
    new AwsProvider(this, "aws", { region: "eu-west-1" });
    this.monitoring = new Monitoring(this, "monitoring", {
      prefix: "shop",
      notify: { critical: [Notify.email("oncall@example.com")] },
      backend: { scope: backend },
    });
    for (const name of ["web-1", "web-2"]) {
      const web = new Instance(this, name, {
        ami: "ami-0123456789abcdef0",
        instanceType: "t3.small",
        tags: { Name: `shop-${name}` },
      });
      // One threshold, two places: the CloudWatch warning and the backend's CPU macro.
      this.monitoring.monitorEc2Instance(web, {
        group: "storefront",
        cpuUtilization: { warning: 75, critical: 95 },
      });
    }
    const db = new DbInstance(this, "orders", {
      identifier: "shop-orders",
      engine: "postgres",
      instanceClass: "db.t3.micro",
      allocatedStorage: 20,
      username: "shop",
      manageMasterUserPassword: true,
      skipFinalSnapshot: true,
    });
    this.monitoring.monitorRdsInstance(db, { group: "storefront" });
    this.monitoring.addCompositeAlarm("storefront-critical", {
      group: "storefront",
      severity: "critical",
    });
  }
}

/** Declares both stacks in `app`. */
export function declareEstate(
  app: App,
  zabbixUrl: string,
): { cloud: CloudStack; backend: BackendStack } {
  const backend = new BackendStack(app, "estate-backend", zabbixUrl);
  const cloud = new CloudStack(app, "estate-cloud", backend);
  return { cloud, backend };
}

if (require.main === module) {
  const app = new App();
  declareEstate(app, process.env.ZABBIX_URL ?? "https://zabbix.example.com/api_jsonrpc.php");
  app.synth();
}
