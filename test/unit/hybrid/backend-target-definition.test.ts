import { Instance } from "@cdktf/provider-aws/lib/instance";
import { describe, expect, it } from "vitest";
import { Monitoring, MonitoringConfigError } from "../../../lib";
import { ec2InstanceService } from "../../../lib/aws";
import { ami, synth } from "../core/synth-helpers";

describe("a service's backend target definition", () => {
  it("registers the resource with the definition's kind, address and identifiers", () => {
    const { json } = synth((stack) => {
      const web = new Instance(stack, "web", { ami, instanceType: "t3.micro" });
      new Monitoring(stack, "monitoring", {
        prefix: "p",
        region: "eu-west-1",
        backend: {},
      }).monitorEc2Instance(web);
    });
    const [target] = Object.values(json.resource.monitoring_target) as {
      kind: string;
      address: string;
      thresholds: Record<string, string>;
    }[];
    expect(target!.kind).toBe("aws_ec2");
    expect(target!.address).toMatch(/^\$\{aws_instance\.web\.private_ip\}$/);
    expect(target!.thresholds["AWS.REGION"]).toBe("eu-west-1");
    expect(target!.thresholds["AWS.EC2.INSTANCE.ID"]).toBe("${aws_instance.web.id}");
  });

  it("with a kind the provider does not know is a synth error naming the resource and the kinds", () => {
    const custom = {
      ...ec2InstanceService,
      id: "customInstance",
      backendTarget: { ...ec2InstanceService.backendTarget!, kind: "aws_lambda" },
    };
    let error: unknown;
    try {
      synth((stack) => {
        const web = new Instance(stack, "web", { ami, instanceType: "t3.micro" });
        new Monitoring(stack, "monitoring", { prefix: "p", backend: {} }).monitor(custom, web, {});
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MonitoringConfigError);
    expect((error as Error).message).toContain("stack/web");
    expect((error as Error).message).toMatch(
      /"aws_lambda" is not one the provider knows; allowed: linux_server, .*aws_ec2/,
    );
  });
});
