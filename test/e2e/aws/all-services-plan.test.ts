import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App } from "cdktf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CreatedAlarm } from "../../../lib";
import { AWS_SERVICES } from "../../../lib/aws";
import {
  TerraformWorkdir,
  type ResourceChange,
  type TerraformPlanJson,
} from "../../support/terraform";
import { AllServicesStack } from "./fixtures/all-services-stack";

const STACK = "all-services";

describe("every monitored AWS service once, discovered by watchScope: real terraform validate and plan", () => {
  const outdir = mkdtempSync(join(tmpdir(), "cdktf-monitoring-all-services-"));
  let tf: TerraformWorkdir;
  let plan: TerraformPlanJson;
  let alarms: readonly CreatedAlarm[];

  beforeAll(async () => {
    const app = new App({ outdir, stackTraces: false });
    const stack = new AllServicesStack(app, STACK);
    app.synth();
    alarms = stack.monitoring.createdAlarms();
    tf = new TerraformWorkdir({ prefix: "cdktf-monitoring-all-services-e2e-" });
    tf.copyFrom(join(outdir, "stacks", STACK));
    await tf.init();
    await tf.validate();
    await tf.plan({ out: "all.tfplan", refresh: false });
    plan = await tf.showJson("all.tfplan");
  });

  afterAll(() => {
    tf?.remove();
    rmSync(outdir, { recursive: true, force: true });
  });

  const metricAlarms = (): ResourceChange[] =>
    (plan.resource_changes ?? []).filter((rc) => rc.type === "aws_cloudwatch_metric_alarm");

  it("discovers every supported service and gives each at least one alarm", () => {
    const services = new Set(alarms.map((a) => a.spec.serviceId));
    for (const id of Object.keys(AWS_SERVICES)) expect(services, id).toContain(id);
    expect(services).toContain("sqsDeadLetterQueue");
    expect(services).toContain("account");
  });

  it("plans exactly the alarms the facade reports, all valid for the real AWS provider", () => {
    const planned = metricAlarms().map((rc) => String(rc.change.after?.alarm_name));
    expect(planned.sort()).toEqual(alarms.map((a) => a.spec.name).sort());
    expect(new Set(planned).size).toBe(planned.length);
    for (const rc of metricAlarms()) {
      expect(rc.change.actions).toEqual(["create"]);
      const after = rc.change.after ?? {};
      expect(Number(after.evaluation_periods), rc.address).toBeGreaterThanOrEqual(
        Number(after.datapoints_to_alarm),
      );
    }
  });

  it("puts billing and CloudFront alarms in us-east-1 and no others", () => {
    const root = (
      plan.configuration as {
        root_module: { resources: { address: string; provider_config_key?: string }[] };
      }
    ).root_module;
    const providerOf = new Map(root.resources.map((r) => [r.address, r.provider_config_key]));
    for (const rc of metricAlarms()) {
      const namespace = String(rc.change.after?.namespace);
      const expected = namespace === "AWS/Billing" || namespace === "AWS/CloudFront";
      expect(providerOf.get(rc.address) === "aws.us-east-1", `${rc.address} (${namespace})`).toBe(
        expected,
      );
    }
  });

  it("plans the metric-math, per-operation, per-consumer, per-function and account alarms as synthesized", () => {
    const planned = new Map(
      metricAlarms().map((rc) => [String(rc.change.after?.alarm_name), rc.change.after ?? {}]),
    );
    const math = planned.get("all-alb-error-rate5xx-critical");
    expect(math).toMatchObject({ threshold: 5, comparison_operator: "GreaterThanThreshold" });
    expect(math?.metric_name ?? null).toBeNull();
    const queries = math?.metric_query as {
      id: string;
      expression: string;
      return_data: boolean;
      metric: { metric_name: string; stat: string; period: number }[];
    }[];
    expect(queries.map((q) => q.id).sort()).toEqual(["e1", "m1", "m2", "m3"]);
    expect(queries.find((q) => q.id === "e1")).toMatchObject({
      expression: "100*(FILL(m1,0)+FILL(m2,0))/m3",
      return_data: true,
    });
    expect(
      queries
        .filter((q) => q.id !== "e1")
        .map((q) => q.metric[0].metric_name)
        .sort(),
    ).toEqual(["HTTPCode_ELB_5XX_Count", "HTTPCode_Target_5XX_Count", "RequestCount"]);
    expect(planned.get("all-alb-error-rate5xx-warning")?.threshold).toBe(1);

    expect(planned.get("all-table-get-item-latency-critical")).toMatchObject({
      metric_name: "SuccessfulRequestLatency",
      threshold: 50,
      dimensions: { TableName: "all-table", Operation: "GetItem" },
    });
    expect(planned.get("all-table-query-latency-warning")?.dimensions).toEqual({
      TableName: "all-table",
      Operation: "Query",
    });
    expect(planned.get("all-stream-consumer-millis-behind-latest-critical")).toMatchObject({
      metric_name: "SubscribeToShardEvent.MillisBehindLatest",
      threshold: 12 * 3_600_000,
      dimensions: { StreamName: "all-stream", ConsumerName: "all-consumer" },
    });
    for (const metric of ["validation-errors", "execution-errors", "throttles"]) {
      expect(planned.get(`all-rewrite-${metric}-critical`)?.dimensions, metric).toEqual({
        FunctionName: "all-rewrite",
        Region: "Global",
      });
    }
    expect(planned.get("all-account-lambda-claimed-account-concurrency-critical")).toMatchObject({
      metric_name: "ClaimedAccountConcurrency",
      threshold: 900,
    });
    for (const name of [
      "all-account-dynamodb-read-capacity-utilization-warning",
      "all-account-dynamodb-write-capacity-utilization-warning",
      "all-account-dynamodb-user-errors-warning",
      "all-account-lambda-claimed-account-concurrency-warning",
    ]) {
      expect(planned.get(name), name).toBeDefined();
      expect(planned.get(name)?.dimensions ?? {}, name).toEqual({});
    }
  });
});
