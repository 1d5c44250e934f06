import { Instance } from "@cdktf/provider-aws/lib/instance";
import { LambdaFunction } from "@cdktf/provider-aws/lib/lambda-function";
import { App, TerraformStack, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Monitoring } from "../../../lib";
import { CLOUDWATCH_ALARM_RULES } from "../../../lib/aws/cloudwatch-alarm-rules";
import { alarmNameOf, kebab } from "../../../lib/core/alarm-naming";
import { alarmsByName, ami, fnProps, synth } from "./synth-helpers";

describe("alarm names", () => {
  it("are <prefix>-<resource path below the stack>-<metric>-<severity>", () => {
    const { json } = synth((stack) => {
      const storefront = new Construct(stack, "Storefront");
      const web = new Instance(storefront, "WebServer", { ami, instanceType: "t3.micro" });
      new Monitoring(stack, "monitoring", { prefix: "shop-prod" }).monitorEc2Instance(web);
    });
    expect(Object.keys(alarmsByName(json))).toContain(
      "shop-prod-storefront-web-server-cpu-utilization-critical",
    );
  });

  it("never come from tokens: a function named by a token still gets a readable name", () => {
    const { json } = synth((stack) => {
      const name = new TerraformVariable(stack, "fn_name", { type: "string" });
      const fn = new LambdaFunction(stack, "api", { ...fnProps, functionName: name.stringValue });
      new Monitoring(stack, "monitoring", { prefix: "p" }).monitorLambdaFunction(fn);
    });
    const alarm = alarmsByName(json)["p-api-errors-critical"];
    expect(alarm.dimensions).toEqual({ FunctionName: "${aws_lambda_function.api.function_name}" });
  });

  it("stay within 255 characters, unique and deterministic when paths are long", () => {
    const long = "a".repeat(300);
    const MAX = CLOUDWATCH_ALARM_RULES.maxNameLength;
    expect(MAX).toBe(255);
    const one = alarmNameOf("p", `${long}-one`, "cpu-utilization", "critical", MAX);
    const two = alarmNameOf("p", `${long}-two`, "cpu-utilization", "critical", MAX);
    expect(one.length).toBeLessThanOrEqual(255);
    expect(one).not.toBe(two);
    expect(one).toBe(alarmNameOf("p", `${long}-one`, "cpu-utilization", "critical", MAX));
    expect(one.endsWith("-cpu-utilization-critical")).toBe(true);
    expect(kebab("HTTPCodeTarget5XXCount")).toBe("http-code-target5-xx-count");
  });

  it("do not depend on declaration order, and neither do construct ids", () => {
    const build = (order: string[]) =>
      synth((stack) => {
        const m = new Monitoring(stack, "monitoring", { prefix: "p" });
        for (const id of order)
          m.monitorEc2Instance(new Instance(stack, id, { ami, instanceType: "t3.micro" }));
      }).json;
    const ab = build(["a", "b"]);
    const ba = build(["b", "a"]);
    expect(Object.keys(ab.resource.aws_cloudwatch_metric_alarm).sort()).toEqual(
      Object.keys(ba.resource.aws_cloudwatch_metric_alarm).sort(),
    );
    for (const [id, alarm] of Object.entries(ab.resource.aws_cloudwatch_metric_alarm)) {
      expect(ba.resource.aws_cloudwatch_metric_alarm[id]).toEqual(alarm);
    }
    expect(ab.resource.aws_cloudwatch_dashboard).toEqual(ba.resource.aws_cloudwatch_dashboard);
  });

  it("collide with a clear error naming both resources", () => {
    expect(() =>
      synth((stack) => {
        const m = new Monitoring(stack, "monitoring", { prefix: "p" });
        m.monitorEc2Instance(new Instance(stack, "a", { ami, instanceType: "t3.micro" }), {
          name: "web",
        });
        m.monitorEc2Instance(new Instance(stack, "b", { ami, instanceType: "t3.micro" }), {
          name: "web",
        });
      }),
    ).toThrow(
      /stack\/b in monitorEc2Instance\(\)[\s\S]*"p-web-cpu-utilization-critical" is already used by stack\/a/,
    );
  });

  it("refuse to monitor a resource twice", () => {
    expect(() =>
      synth((stack) => {
        const m = new Monitoring(stack, "monitoring", { prefix: "p" });
        const web = new Instance(stack, "web", { ami, instanceType: "t3.micro" });
        m.monitorEc2Instance(web);
        m.monitorEc2Instance(web);
      }),
    ).toThrow(/stack\/web[\s\S]*already monitored by stack\/monitoring/);
  });

  it("a collision found at synth writes no cdk.tf.json", () => {
    const outdir = mkdtempSync(join(tmpdir(), "cdktf-monitoring-"));
    const app = new App({ outdir });
    const stack = new TerraformStack(app, "stack");
    const m = new Monitoring(stack, "monitoring", { prefix: "p" });
    m.monitorEc2Instance(new Instance(stack, "a", { ami, instanceType: "t3.micro" }), {
      name: "b",
    });
    new Instance(stack, "b", { ami, instanceType: "t3.micro" });
    m.watchScope(stack);
    expect(() => app.synth()).toThrow(/stack\/b[\s\S]*already used by stack\/a/);
    const files = readdirSync(outdir, { recursive: true }).map(String);
    expect(files.filter((f) => f.endsWith("cdk.tf.json"))).toEqual([]);
  });
});
