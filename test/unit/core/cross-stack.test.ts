import { Instance } from "@cdktf/provider-aws/lib/instance";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { App, TerraformStack } from "cdktf";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Monitoring } from "../../../lib";
import { alarmsByName, ami } from "./synth-helpers";

describe("a facade in one stack watching another", () => {
  it("gives discovered alarms cross-stack references like explicit ones", () => {
    // GIVEN the resources' stack declared first, so it is prepared before the facade's
    const outdir = mkdtempSync(join(tmpdir(), "cdktf-monitoring-"));
    const app = new App({ outdir });
    const workloads = new TerraformStack(app, "workloads");
    new AwsProvider(workloads, "aws", { region: "eu-west-1" });
    const explicit = new Instance(workloads, "explicit", { ami, instanceType: "t3.micro" });
    new Instance(workloads, "discovered", { ami, instanceType: "t3.micro" });
    const monitoringStack = new TerraformStack(app, "monitoring");
    new AwsProvider(monitoringStack, "aws", { region: "eu-west-1" });
    const m = new Monitoring(monitoringStack, "monitoring", { prefix: "p" });
    m.monitorEc2Instance(explicit);
    m.watchScope(workloads);
    // WHEN
    app.synth();
    // THEN
    const read = (stack: string) =>
      JSON.parse(readFileSync(join(outdir, "stacks", stack, "cdk.tf.json"), "utf8"));
    const alarms = alarmsByName(read("monitoring"));
    const dimension = (name: string) => alarms[name].dimensions.InstanceId as string;
    expect(dimension("p-explicit-cpu-utilization-critical")).toMatch(
      /^\$\{data\.terraform_remote_state\.[^.]+\.outputs\.[^}]+\}$/,
    );
    expect(dimension("p-discovered-cpu-utilization-critical")).toMatch(
      /^\$\{data\.terraform_remote_state\.[^.]+\.outputs\.[^}]+\}$/,
    );
    const outputs = Object.values(
      read("workloads").output as Record<string, { value: string }>,
    ).map((o) => o.value);
    expect(outputs.sort()).toEqual([
      "${aws_instance.discovered.id}",
      "${aws_instance.explicit.id}",
    ]);
  });
});
