import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, STACK_NAME } from "../../../examples/aws-web-service/main";
import { plannedCreates, TerraformWorkdir, type TerraformPlanJson } from "../../support/terraform";

interface SynthesizedStack {
  readonly resource: Record<string, Record<string, unknown>>;
}

describe("examples/aws-web-service: real terraform init, validate and plan", () => {
  const outdir = mkdtempSync(join(tmpdir(), "cdktf-monitoring-example-synth-"));
  let tf: TerraformWorkdir;
  let synthesized: SynthesizedStack;
  let plan: TerraformPlanJson;

  beforeAll(async () => {
    buildApp(outdir).synth();
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
});
