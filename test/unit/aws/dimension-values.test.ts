import { Instance } from "@cdktf/provider-aws/lib/instance";
import { describe, expect, it } from "vitest";
import { Monitoring, MonitoringConfigError } from "../../../lib";
import { AWS_SERVICES } from "../../../lib/aws";
import { alarmsByName, ami, synth } from "../core/synth-helpers";

function configError(build: () => void): MonitoringConfigError {
  try {
    build();
  } catch (e) {
    if (e instanceof MonitoringConfigError) return e;
    throw e;
  }
  throw new Error("expected a MonitoringConfigError");
}

describe("CloudWatch alarm dimensions given by the user", () => {
  it("rejects several values for one dimension, naming the construct path and the option", () => {
    synth((stack) => {
      const web = new Instance(stack, "web", { ami, instanceType: "t3.small" });
      const monitoring = new Monitoring(stack, "monitoring", { prefix: "shop" });
      const error = configError(() =>
        monitoring.monitorEc2Instance(web, {
          cpuUtilization: { dimensions: { ImageId: ["ami-1", "ami-2"] } },
        }),
      );
      expect(error.message).toContain("stack/web");
      expect(error.message).toContain("monitorEc2Instance()");
      expect(error.problems).toEqual([
        {
          option: "cpuUtilization.dimensions.ImageId",
          message:
            "lists 2 values (ami-1, ami-2); allowed: one value per dimension on CloudWatch (one alarm per value instead)",
        },
      ]);
    });
  });

  it("takes one value, as a string or a list of one, next to the resource's own dimensions", () => {
    const { json } = synth((stack) => {
      const web = new Instance(stack, "web", { ami, instanceType: "t3.small" });
      new Monitoring(stack, "monitoring", { prefix: "shop" }).monitorEc2Instance(web, {
        cpuUtilization: { dimensions: { ImageId: [ami] } },
        statusCheckFailed: { dimensions: { InstanceType: "t3.small" } },
      });
    });
    const alarms = alarmsByName(json);
    expect(alarms["shop-web-cpu-utilization-warning"].dimensions).toEqual({
      InstanceId: "${aws_instance.web.id}",
      ImageId: ami,
    });
    expect(alarms["shop-web-status-check-failed-critical"].dimensions).toEqual({
      InstanceId: "${aws_instance.web.id}",
      InstanceType: "t3.small",
    });
  });

  it("does not let a user dimension replace one that identifies the resource", () => {
    synth((stack) => {
      const web = new Instance(stack, "web", { ami, instanceType: "t3.small" });
      const monitoring = new Monitoring(stack, "monitoring", { prefix: "shop" });
      const error = configError(() =>
        monitoring.monitorEc2Instance(web, {
          cpuUtilization: { dimensions: { InstanceId: "i-0123456789abcdef0" } },
        }),
      );
      expect(error.problems).toEqual([
        {
          option: "cpuUtilization.dimensions.InstanceId",
          message:
            "identifies the monitored resource and is set from it; allowed: other dimensions of CPUUtilization",
        },
      ]);
    });
  });
});

describe("the AWS catalog", () => {
  it("gives every fixed dimension one value, as CloudWatch takes", () => {
    for (const service of Object.values(AWS_SERVICES)) {
      for (const alarm of service.alarms) {
        for (const value of Object.values(alarm.extraDimensions ?? {})) {
          expect(typeof value, `${service.id} ${alarm.key}`).toBe("string");
        }
      }
    }
  });
});
