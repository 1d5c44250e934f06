import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, STACK_NAME } from "../../../examples/aws-web-service/main";
import { NOTIFY, ORDERS_GROUP } from "../../../examples/aws-web-service/monitoring";
import type { WebServiceStack } from "../../../examples/aws-web-service/web-service-stack";
import type { CreatedAlarm } from "../../../lib";
import {
  plannedCreates,
  TerraformWorkdir,
  type ResourceChange,
  type TerraformPlanJson,
} from "../../support/terraform";

interface SynthesizedStack {
  readonly resource: Record<string, Record<string, unknown>>;
}

interface ConfigResource {
  readonly address: string;
  readonly provider_config_key?: string;
  readonly expressions?: Record<string, { readonly references?: readonly string[] } | undefined>;
}

describe("examples/aws-web-service: real terraform init, validate and plan", () => {
  const outdir = mkdtempSync(join(tmpdir(), "cdktf-monitoring-example-synth-"));
  let tf: TerraformWorkdir;
  let synthesized: SynthesizedStack;
  let plan: TerraformPlanJson;
  let alarms: readonly CreatedAlarm[];

  beforeAll(async () => {
    const app = buildApp(outdir);
    app.synth();
    alarms = (app.node.findChild(STACK_NAME) as WebServiceStack).monitoring.createdAlarms();
    const stackDir = join(outdir, "stacks", STACK_NAME);
    synthesized = JSON.parse(
      readFileSync(join(stackDir, "cdk.tf.json"), "utf8"),
    ) as SynthesizedStack;
    tf = new TerraformWorkdir({ prefix: "cdktf-monitoring-example-e2e-" });
    tf.copyFrom(stackDir);
    await tf.init();
    await tf.validate();
    await tf.plan({ out: "example.tfplan", refresh: false });
    plan = await tf.showJson("example.tfplan");
  });

  const creates = (type: string): ResourceChange[] =>
    (plan.resource_changes ?? []).filter(
      (rc) => rc.type === type && rc.change.actions.includes("create"),
    );
  const config = (): Map<string, ConfigResource> => {
    const root = (plan.configuration as { root_module: { resources: ConfigResource[] } })
      .root_module;
    return new Map(root.resources.map((r) => [r.address, r]));
  };

  afterAll(() => {
    tf?.remove();
    rmSync(outdir, { recursive: true, force: true });
  });

  it("plans to create every resource the example declares, and nothing else", () => {
    const declared = Object.fromEntries(
      Object.entries(synthesized.resource).map(([type, byName]) => [
        type,
        Object.keys(byName).length,
      ]),
    );
    expect(Object.fromEntries(plannedCreates(plan))).toEqual(declared);
    expect(plan.resource_changes?.every((rc) => rc.change.actions.join() === "create")).toBe(true);
  });

  it("covers every service of the example", () => {
    const created = plannedCreates(plan);
    for (const type of [
      "aws_lb",
      "aws_lb_target_group",
      "aws_ecs_service",
      "aws_db_instance",
      "aws_sqs_queue",
      "aws_lambda_function",
      "aws_dynamodb_table",
      "aws_cloudfront_distribution",
    ]) {
      expect(created.get(type), type).toBeGreaterThan(0);
    }
  });

  it("plans exactly the alarms the facade reports, explicit and discovered, with unique names", () => {
    const planned = creates("aws_cloudwatch_metric_alarm").map((rc) =>
      String(rc.change.after?.alarm_name),
    );
    expect(planned.sort()).toEqual(alarms.map((a) => a.spec.name).sort());
    expect(new Set(planned).size).toBe(planned.length);
    for (const name of planned) expect(name).toMatch(/^shop-prod-[a-z0-9-]+-(critical|warning)$/);
  });

  it("alarms every monitored service of the example, discovery included", () => {
    const namespaces = new Set(
      creates("aws_cloudwatch_metric_alarm").map((rc) => rc.change.after?.namespace),
    );
    for (const ns of [
      "AWS/ApplicationELB",
      "AWS/ECS",
      "AWS/RDS",
      "AWS/SQS",
      "AWS/Lambda",
      "AWS/DynamoDB",
      "AWS/CloudFront",
    ]) {
      expect(namespaces, ns).toContain(ns);
    }
  });

  it("applies the example's overrides", () => {
    const after = (name: string) =>
      creates("aws_cloudwatch_metric_alarm").find((rc) => rc.change.after?.alarm_name === name)
        ?.change.after;
    // freeStorageSpace critical "10%" of 100 GiB allocated, in bytes
    expect(after("shop-prod-data-orders-db-free-storage-space-critical")).toMatchObject({
      threshold: 0.1 * 100 * 1024 ** 3,
      comparison_operator: "LessThanThreshold",
    });
    expect(after("shop-prod-data-orders-age-of-oldest-message-warning")).toMatchObject({
      threshold: 900,
    });
    expect(after("shop-prod-data-order-worker-errors-critical")).toMatchObject({
      threshold: 5,
      datapoints_to_alarm: 2,
      evaluation_periods: 3,
    });
    // duration "90%" of the worker's 30 s timeout, in ms
    expect(after("shop-prod-data-order-worker-duration-critical")).toMatchObject({
      threshold: 27_000,
    });
  });

  it("routes each severity to its own topic, in the alarm's region, with the declared subscriptions", () => {
    const resources = config();
    const topics = new Map(creates("aws_sns_topic").map((rc) => [rc.address, rc]));
    const regionOf = (address: string) =>
      resources.get(address)?.provider_config_key === "aws.us-east-1";
    for (const rc of creates("aws_cloudwatch_metric_alarm")) {
      const severity = /-(critical|warning)$/.exec(String(rc.change.after?.alarm_name))![1]!;
      const refs = (resources.get(rc.address)?.expressions?.alarm_actions?.references ?? []).filter(
        (r) => topics.has(r),
      );
      expect(refs, rc.address).toHaveLength(1);
      expect(topics.get(refs[0]!)?.change.after?.name).toBe(`shop-prod-${severity}`);
      expect(regionOf(refs[0]!), rc.address).toBe(regionOf(rc.address));
    }
    // One topic per severity and region that has alarms; each carries that severity's channels.
    const pairs = new Set(alarms.map((a) => `${a.spec.severity}|${a.spec.region ?? "default"}`));
    expect(topics.size).toBe(pairs.size);
    const expectedSubs = [...pairs].flatMap(
      (p) => NOTIFY[p.split("|")[0] as "critical" | "warning"] ?? [],
    );
    const subs = creates("aws_sns_topic_subscription").map(
      (rc) => `${rc.change.after?.protocol}:${rc.change.after?.endpoint}`,
    );
    expect(subs.sort()).toEqual(
      expectedSubs.map((c) => `${c.kind === "email" ? "email" : "https"}:${c.target}`).sort(),
    );
  });

  it("puts CloudFront alarms in us-east-1 and the rest in the stack's region", () => {
    const resources = config();
    for (const rc of creates("aws_cloudwatch_metric_alarm")) {
      const inUsEast1 = resources.get(rc.address)?.provider_config_key === "aws.us-east-1";
      expect(inUsEast1, rc.address).toBe(rc.change.after?.namespace === "AWS/CloudFront");
    }
  });

  it("plans the orders composite alarm and a dashboard with every alarm in it", () => {
    const composite = creates("aws_cloudwatch_composite_alarm");
    expect(composite.map((rc) => rc.change.after?.alarm_name)).toEqual([
      `shop-prod-${ORDERS_GROUP}-critical`,
    ]);
    const dashboards = Object.values(synthesized.resource.aws_cloudwatch_dashboard ?? {}) as {
      dashboard_body: string;
    }[];
    expect(dashboards.length).toBeGreaterThan(0);
    expect(creates("aws_cloudwatch_dashboard")).toHaveLength(dashboards.length);
    const bodies = dashboards.map((d) => d.dashboard_body).join("\n");
    for (const a of alarms)
      expect(bodies, a.spec.name).toContain(
        `${a.alarm.terraformResourceType}.${a.alarm.friendlyUniqueId}.arn`,
      );
  });
});
