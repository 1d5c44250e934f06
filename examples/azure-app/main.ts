/**
 * Example app: a web shop on Azure (App Service, SQL database, storage, Key Vault and a VM) with
 * two on-premises ERP machines in the same service group, monitored with cdktf-monitoring.
 *
 * `npx tsx examples/azure-app/main.ts` writes `<outdir>/stacks/shop-azure/cdk.tf.json`; the
 * outdir is `$CDKTF_OUTDIR` when set, else `cdktf.out`. The backend URL is `$ZABBIX_URL`
 * (default `http://127.0.0.1:8080/api_jsonrpc.php`).
 */
import { App } from "cdktf";
import { AzureShopStack } from "./azure-shop-stack";

/** Name of the example's stack (its directory under `<outdir>/stacks/`). */
export const STACK_NAME = "shop-azure";

/** Builds the example app into `outdir` without synthesizing it. */
export function buildAzureApp(outdir?: string): App {
  const app = new App({
    outdir: outdir ?? process.env.CDKTF_OUTDIR ?? "cdktf.out",
    stackTraces: false,
  });
  new AzureShopStack(app, STACK_NAME, {
    zabbixUrl: process.env.ZABBIX_URL ?? "http://127.0.0.1:8080/api_jsonrpc.php",
  });
  return app;
}

if (require.main === module) {
  buildAzureApp().synth();
}
