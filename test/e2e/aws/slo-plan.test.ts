import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { LambdaFunction } from "@cdktf/provider-aws/lib/lambda-function";
import { Lb } from "@cdktf/provider-aws/lib/lb";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { App, TerraformStack } from "cdktf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Monitoring, Notify } from "../../../lib";
import { SloIndicators } from "../../../lib/aws";
import {
  TerraformWorkdir,
  type ResourceChange,
  type TerraformPlanJson,
} from "../../support/terraform";

const STACK = "slos";
const OPENSLO = resolve(__dirname, "../../fixtures/openslo/checkout.yaml");

describe("SLO burn-rate alarms and dashboard: real terraform validate and plan", () => {
  const outdir = mkdtempSync(join(tmpdir(), "cdktf-monitoring-slo-"));
  let tf: TerraformWorkdir;
  let plan: TerraformPlanJson;

  beforeAll(async () => {
    const app = new App({ outdir, stackTraces: false });
    const stack = new TerraformStack(app, STACK);
    new AwsProvider(stack, "aws", {
      region: "eu-west-1",
      accessKey: "AKIAIOSFODNN7EXAMPLE",
      secretKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
      skipCredentialsValidation: true,
      skipRequestingAccountId: true,
      skipMetadataApiCheck: "true",
    });
    const fn = new LambdaFunction(stack, "orders", {
      functionName: "orders",
      role: "arn:aws:iam::123456789012:role/orders",
      runtime: "nodejs20.x",
      handler: "index.handler",
      filename: "orders.zip",
    });
    const lb = new Lb(stack, "web", {
      name: "web",
      subnets: ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"],
    });
    const monitoring = new Monitoring(stack, "monitoring", {
      prefix: "shop",
      notify: {
        critical: [Notify.email("oncall@example.com")],
        warning: [Notify.email("team@example.com")],
      },
    });
    monitoring.addSlo("orders", { indicator: SloIndicators.lambdaAvailability(fn), target: 99.9 });
    monitoring.addSlo("orders-latency", {
      indicator: SloIndicators.lambdaLatency(fn, { threshold: 250 }),
      target: 99,
    });
    monitoring.addSlo("web", { indicator: SloIndicators.albAvailability(lb), target: 99.95 });
    monitoring.addOpenSlo(OPENSLO);
    app.synth();
    tf = new TerraformWorkdir({ prefix: "cdktf-monitoring-slo-e2e-" });
    tf.copyFrom(join(outdir, "stacks", STACK));
    await tf.init();
    await tf.validate();
    await tf.plan({ out: "slo.tfplan", refresh: false });
    plan = await tf.showJson("slo.tfplan");
  });

  afterAll(() => {
    tf?.remove();
    rmSync(outdir, { recursive: true, force: true });
  });

  const planned = (type: string): ResourceChange[] =>
    (plan.resource_changes ?? []).filter((rc) => rc.type === type);

  it("plans four composite alerts and eight window alarms per SLO", () => {
    // 5 SLOs: orders, orders-latency, web, and the file's checkout-availability, checkout-latency
    expect(planned("aws_cloudwatch_composite_alarm")).toHaveLength(20);
    expect(planned("aws_cloudwatch_metric_alarm")).toHaveLength(40);
    for (const rc of [
      ...planned("aws_cloudwatch_composite_alarm"),
      ...planned("aws_cloudwatch_metric_alarm"),
    ]) {
      expect(rc.change.actions, rc.address).toEqual(["create"]);
    }
  });

  it("plans the hand-computed thresholds and the AND of both windows", () => {
    const byName = new Map(
      planned("aws_cloudwatch_metric_alarm").map((rc) => [
        String(rc.change.after?.alarm_name),
        rc.change.after ?? {},
      ]),
    );
    // 99.95 %: budget 0.0005; 14.4 × 0.0005 = 0.0072, 1 × 0.0005 = 0.0005
    expect(byName.get("shop-slo-web-14.4x-1h")?.threshold).toBe(0.0072);
    expect(byName.get("shop-slo-web-1x-3d")?.threshold).toBe(0.0005);
    // 99 %: budget 0.01; 6 × 0.01 = 0.06
    expect(byName.get("shop-slo-orders-latency-6x-30m")?.threshold).toBe(0.06);
    const composite = planned("aws_cloudwatch_composite_alarm").find(
      (rc) => rc.change.after?.alarm_name === "shop-slo-orders-3x-1d-2h",
    );
    expect(composite?.change.after?.alarm_rule).toBe(
      'ALARM("shop-slo-orders-3x-1d") AND ALARM("shop-slo-orders-3x-2h")',
    );
  });

  it("plans the error-budget dashboard", () => {
    const names = planned("aws_cloudwatch_dashboard").map((rc) => rc.change.after?.dashboard_name);
    expect(names).toContain("shop-slos");
  });
});
