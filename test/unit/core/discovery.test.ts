import { Instance } from "@cdktf/provider-aws/lib/instance";
import { LambdaFunction } from "@cdktf/provider-aws/lib/lambda-function";
import { SqsQueue } from "@cdktf/provider-aws/lib/sqs-queue";
import { Testing, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { describe, expect, it } from "vitest";
import { Monitoring } from "../../../lib";
import { alarmsByName, ami, fnProps, synth } from "./synth-helpers";

describe("watchScope", () => {
  it("attaches defaults to every supported resource, including ones declared after the call", () => {
    const { json } = synth((stack) => {
      const m = new Monitoring(stack, "monitoring", { prefix: "p" });
      m.watchScope(stack);
      new Instance(stack, "web", { ami, instanceType: "t3.micro" });
      new LambdaFunction(stack, "fn", { ...fnProps, functionName: "fn" });
      new SqsQueue(stack, "q", { name: "q" });
    });
    const names = Object.keys(alarmsByName(json));
    expect(names).toContain("p-web-cpu-utilization-critical");
    expect(names).toContain("p-fn-errors-critical");
    expect(names).toContain("p-q-age-of-oldest-message-critical");
  });

  it("monitors nothing twice and keeps explicit options", () => {
    const { json } = synth((stack) => {
      const web = new Instance(stack, "web", { ami, instanceType: "t3.micro" });
      const m = new Monitoring(stack, "monitoring", { prefix: "p" });
      m.watchScope(stack);
      m.watchScope(stack);
      m.monitorEc2Instance(web, { cpuUtilization: { critical: 95 } });
    });
    const alarms = alarmsByName(json);
    expect(alarms["p-web-cpu-utilization-critical"].threshold).toBe(95);
    expect(
      Object.keys(alarms).filter((n) => n.startsWith("p-web-cpu-utilization-critical")),
    ).toHaveLength(1);
    expect(Object.keys(json.resource.aws_cloudwatch_metric_alarm)).toHaveLength(
      Object.keys(alarms).length,
    );
  });

  it("opts out per service type and per resource (or subtree)", () => {
    const { json } = synth((stack) => {
      const legacy = new Construct(stack, "legacy");
      new Instance(legacy, "old", { ami, instanceType: "t3.micro" });
      new Instance(stack, "web", { ami, instanceType: "t3.micro" });
      const skipped = new SqsQueue(stack, "skipped", { name: "skipped" });
      new SqsQueue(stack, "kept", { name: "kept" });
      new LambdaFunction(stack, "fn", { ...fnProps, functionName: "fn" });
      new Monitoring(stack, "monitoring", { prefix: "p" }).watchScope(stack, {
        excludeServices: ["lambdaFunction"],
        exclude: [legacy, skipped],
      });
    });
    const names = Object.keys(alarmsByName(json));
    expect(names.some((n) => n.startsWith("p-legacy-old-"))).toBe(false);
    expect(names.some((n) => n.startsWith("p-skipped-"))).toBe(false);
    expect(names.some((n) => n.startsWith("p-fn-"))).toBe(false);
    expect(names).toContain("p-web-cpu-utilization-critical");
    expect(names).toContain("p-kept-age-of-oldest-message-critical");
  });

  it("applies per-service defaults to what it finds, validated like explicit options", () => {
    const { json } = synth((stack) => {
      new LambdaFunction(stack, "fn", { ...fnProps, functionName: "fn" });
      new Monitoring(stack, "monitoring", { prefix: "p" }).watchScope(stack, {
        defaults: { lambdaFunction: { errors: { critical: 5 }, throttles: false } },
      });
    });
    const alarms = alarmsByName(json);
    expect(alarms["p-fn-errors-critical"].threshold).toBe(5);
    expect(alarms["p-fn-throttles-critical"]).toBeUndefined();
    expect(() =>
      synth((stack) => {
        new LambdaFunction(stack, "fn", { ...fnProps, functionName: "fn" });
        new Monitoring(stack, "monitoring", { prefix: "p" }).watchScope(stack, {
          defaults: { lambdaFunction: { errors: { period: 7 } } },
        });
      }),
    ).toThrow(/stack\/fn in watchScope\(\) of stack[\s\S]*errors\.period: 7 is not allowed/);
  });

  it("rejects exclusions that are not constructs", () => {
    expect(() =>
      synth((stack) =>
        new Monitoring(stack, "monitoring", { prefix: "p" }).watchScope(stack, {
          exclude: ["stack/web" as unknown as Construct],
        }),
      ),
    ).toThrow(
      /watchScope\(stack\): exclude holds 1 value\(s\) that are not constructs; allowed: resources or constructs/,
    );
  });

  it("rejects unknown service ids", () => {
    expect(() =>
      synth((stack) =>
        new Monitoring(stack, "monitoring", { prefix: "p" }).watchScope(stack, {
          excludeServices: ["lamdaFunction" as "lambdaFunction"],
        }),
      ),
    ).toThrow(
      /unknown service id\(s\) in excludeServices: lamdaFunction; allowed: .*lambdaFunction/,
    );
  });

  it("makes alarms visible like explicit ones: createdAlarms(), dashboards, groups", () => {
    const stack = new TerraformStack(Testing.app(), "stack");
    const m = new Monitoring(stack, "monitoring", { prefix: "p" });
    m.monitorEc2Instance(new Instance(stack, "web", { ami, instanceType: "t3.micro" }));
    new SqsQueue(stack, "q", { name: "q" });
    m.watchScope(stack, { group: "found" });
    const before = m.createdAlarms().length;
    const json = JSON.parse(Testing.synth(stack));
    const after = m.createdAlarms();
    expect(after.length).toBeGreaterThan(before);
    const discovered = after.filter((a) => a.spec.resourceName === "q");
    expect(discovered.map((a) => a.spec.group)).toEqual(discovered.map(() => "found"));
    const body = JSON.parse(
      Object.values(
        json.resource.aws_cloudwatch_dashboard as Record<string, { dashboard_body: string }>,
      )[0].dashboard_body,
    );
    expect(
      body.widgets.map((w: { properties: { markdown?: string } }) => w.properties.markdown),
    ).toContain("## found");
    const statusOf = (w: { type: string; properties: { alarms?: string[] } }) =>
      w.type === "alarm" ? (w.properties.alarms ?? []) : [];
    expect(body.widgets.flatMap(statusOf)).toHaveLength(after.length);
  });

  it("synthesizes byte-identical output between runs", () => {
    const build = () =>
      synth((stack) => {
        new Monitoring(stack, "monitoring", { prefix: "p" }).watchScope(stack);
        for (let i = 0; i < 5; i++) new SqsQueue(stack, `q${i}`, { name: `q${i}` });
        new LambdaFunction(stack, "fn", { ...fnProps, functionName: "fn" });
      }).text;
    expect(build()).toBe(build());
  });

  it("does not monitor the facade's own resources", () => {
    const { json } = synth((stack) => {
      new Monitoring(stack, "monitoring", { prefix: "p" }).watchScope(stack);
    });
    expect(json.resource?.aws_cloudwatch_metric_alarm).toBeUndefined();
  });
});
