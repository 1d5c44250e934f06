/**
 * Example app: a web shop on AWS, monitored with cdktf-monitoring.
 *
 * `npx tsx examples/aws-web-service/main.ts` (or `cdktf synth`) writes
 * `<outdir>/stacks/shop-prod/cdk.tf.json`; the outdir is `$CDKTF_OUTDIR` when set, else `cdktf.out`.
 */
import { App } from "cdktf";
import { WebServiceStack } from "./web-service-stack";

/** Name of the example's stack (its directory under `<outdir>/stacks/`). */
export const STACK_NAME = "shop-prod";

/** Builds the example app into `outdir` without synthesizing it. */
export function buildApp(outdir?: string): App {
  const app = new App({
    outdir: outdir ?? process.env.CDKTF_OUTDIR ?? "cdktf.out",
    stackTraces: false,
  });
  new WebServiceStack(app, STACK_NAME);
  return app;
}

if (require.main === module) {
  buildApp().synth();
}
