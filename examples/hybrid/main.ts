/**
 * Example app: a hybrid estate. An AWS web tier (two EC2 instances and an RDS database) in the
 * `hybrid-cloud` stack, and the central monitoring backend (three on-premises Linux servers, a
 * switch, a PostgreSQL, a public URL, plus the cloud resources as targets) in the
 * `hybrid-backend` stack, in two service groups: `storefront` and `warehouse`.
 *
 * `npx tsx examples/hybrid/main.ts` writes `<outdir>/stacks/{hybrid-cloud,hybrid-backend}`;
 * the outdir is `$CDKTF_OUTDIR` when set, else `cdktf.out`. The backend URL is
 * `$ZABBIX_URL` (default `http://127.0.0.1:8080/api_jsonrpc.php`).
 */
import { DbInstance } from "@cdktf/provider-aws/lib/db-instance";
import { Instance } from "@cdktf/provider-aws/lib/instance";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { App, LocalBackend, TerraformStack, TerraformVariable } from "cdktf";
import { join } from "node:path";
import type { Construct } from "constructs";
import { Monitoring, Notify } from "../../lib";
import { MonitoringProvider } from "../../lib/backend/generated/provider";
import { NetworkDevice } from "../../lib/backend/network-device";
import { PostgresDatabase } from "../../lib/backend/database";
import { LinuxServer } from "../../lib/backend/server";
import { WebEndpoint } from "../../lib/backend/web-endpoint";

/** Names of the example's stacks (their directories under `<outdir>/stacks/`). */
export const CLOUD_STACK = "hybrid-cloud";
export const BACKEND_STACK = "hybrid-backend";

/** What the e2e test varies. */
export interface HybridOptions {
  /** Backend API URL. */
  readonly zabbixUrl: string;
  /**
   * Warning CPU threshold of the web instances, shared by their CloudWatch alarms and the
   * backend's `{$AWS.EC2.CPU.UTIL.WARN.MAX}`.
   *
   * @default 75
   */
  readonly webCpuWarning?: number;
  /**
   * Directory of the cloud stack's local state, which the backend stack reads for the cloud
   * resources' addresses and ids (cdktf cross-stack references).
   *
   * @default - cdktf's default local backend (`terraform.hybrid-cloud.tfstate` in the working directory)
   */
  readonly stateDir?: string;
}

/** The backend stack: the `monitoring` provider and the on-premises estate. */
function onPremises(backend: Construct): void {
  const secret = (id: string) =>
    new TerraformVariable(backend, id, { type: "string", sensitive: true });
  for (const [i, name] of ["wh-app-01", "wh-app-02", "wh-app-03"].entries()) {
    new LinuxServer(backend, name, {
      address: `192.0.2.${11 + i}`,
      group: "warehouse",
      thresholds: { cpuUtilizationCritical: 90 },
    });
  }
  new NetworkDevice(backend, "wh-core-sw", {
    address: "192.0.2.2",
    group: "warehouse",
    snmp: { version: "2c", community: secret("snmp_community") },
  });
  new PostgresDatabase(backend, "wh-stock-db", {
    address: "192.0.2.30",
    group: "warehouse",
    password: secret("pg_password"),
  });
  new WebEndpoint(backend, "shop-home", {
    url: "https://shop.example.com/",
    group: "storefront",
  });
}

/** Builds the example app into `outdir` without synthesizing it. */
export function buildHybridApp(options: HybridOptions, outdir?: string): App {
  const app = new App({
    outdir: outdir ?? process.env.CDKTF_OUTDIR ?? "cdktf.out",
    stackTraces: false,
  });
  const cloud = new TerraformStack(app, CLOUD_STACK);
  new AwsProvider(cloud, "aws", { region: "eu-west-1" });
  if (options.stateDir) {
    new LocalBackend(cloud, { path: join(options.stateDir, `${CLOUD_STACK}.tfstate`) });
  }
  const backend = new TerraformStack(app, BACKEND_STACK);
  new MonitoringProvider(backend, "monitoring", { zabbix: { url: options.zabbixUrl } });

  const monitoring = new Monitoring(cloud, "monitoring", {
    prefix: "shop",
    notify: { critical: [Notify.email("oncall@example.com")] },
    backend: { scope: backend },
  });
  for (const name of ["web-1", "web-2"]) {
    const web = new Instance(cloud, name, {
      ami: "ami-0123456789abcdef0",
      instanceType: "t3.small",
      tags: { Name: `shop-${name}` },
    });
    monitoring.monitorEc2Instance(web, {
      group: "storefront",
      cpuUtilization: { warning: options.webCpuWarning ?? 75, critical: 95 },
    });
  }
  const db = new DbInstance(cloud, "orders", {
    identifier: "shop-orders",
    engine: "postgres",
    instanceClass: "db.t3.micro",
    allocatedStorage: 20,
    username: "shop",
    manageMasterUserPassword: true,
    skipFinalSnapshot: true,
  });
  monitoring.monitorRdsInstance(db, { group: "storefront" });
  monitoring.addCompositeAlarm("storefront-critical", {
    group: "storefront",
    severity: "critical",
  });
  onPremises(backend);
  return app;
}

if (require.main === module) {
  buildHybridApp({
    zabbixUrl: process.env.ZABBIX_URL ?? "http://127.0.0.1:8080/api_jsonrpc.php",
  }).synth();
}
