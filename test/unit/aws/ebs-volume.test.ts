import { EbsVolume } from "@cdktf/provider-aws/lib/ebs-volume";
import { Instance } from "@cdktf/provider-aws/lib/instance";
import { VolumeAttachment } from "@cdktf/provider-aws/lib/volume-attachment";
import type { TerraformStack } from "cdktf";
import { describe, expect, it } from "vitest";
import { MonitoringConfigError } from "../../../lib";
import { synthMonitored } from "./service-test-helpers";

function volume(scope: TerraformStack, id = "data"): EbsVolume {
  return new EbsVolume(scope, id, { availabilityZone: "eu-west-1a", size: 100, type: "gp3" });
}

function attach(scope: TerraformStack, data: EbsVolume): void {
  const web = new Instance(scope, "web", {
    ami: "ami-0123456789abcdef0",
    instanceType: "t3.micro",
  });
  new VolumeAttachment(scope, "data-attachment", {
    deviceName: "/dev/sdf",
    volumeId: data.id,
    instanceId: web.id,
  });
}

describe("monitorEbsVolume", () => {
  it("alarms on stalled I/O by VolumeId and the InstanceId of its attachment", () => {
    const stack = synthMonitored((scope, monitoring) => {
      const data = volume(scope);
      monitoring.monitorEbsVolume(data);
      attach(scope, data); // declared after the monitor call: found at synth
    });
    expect(Object.keys(stack.alarms)).toEqual(["shop-data-volume-stalled-io-check-critical"]);
    expect(stack.alarms["shop-data-volume-stalled-io-check-critical"]).toMatchObject({
      namespace: "AWS/EBS",
      metric_name: "VolumeStalledIOCheck",
      statistic: "Maximum",
      comparison_operator: "GreaterThanOrEqualToThreshold",
      threshold: 1,
      period: 60,
      evaluation_periods: 10,
      datapoints_to_alarm: 10,
      treat_missing_data: "missing",
      dimensions: {
        VolumeId: "${aws_ebs_volume.data.id}",
        InstanceId: "${aws_instance.web.id}",
      },
      alarm_actions: [stack.topicArn("critical")],
    });
  });

  it("picks the same attachment of a multi-attach volume whatever the declaration order", () => {
    const instanceIdFor = (order: readonly string[]) => {
      const stack = synthMonitored((scope, monitoring) => {
        const data = new EbsVolume(scope, "data", {
          availabilityZone: "eu-west-1a",
          size: 100,
          type: "io2",
          iops: 1000,
          multiAttachEnabled: true,
        });
        for (const name of order) {
          const host = new Instance(scope, name, {
            ami: "ami-0123456789abcdef0",
            instanceType: "t3.micro",
          });
          new VolumeAttachment(scope, `${name}-attachment`, {
            deviceName: "/dev/sdf",
            volumeId: data.id,
            instanceId: host.id,
          });
        }
        monitoring.monitorEbsVolume(data);
      });
      return stack.alarms["shop-data-volume-stalled-io-check-critical"].dimensions.InstanceId;
    };
    expect(instanceIdFor(["b-host", "a-host"])).toBe("${aws_instance.a-host.id}");
    expect(instanceIdFor(["a-host", "b-host"])).toBe("${aws_instance.a-host.id}");
  });

  it("fails at synth, naming the volume, when nothing attaches it", () => {
    const build = () =>
      synthMonitored((scope, monitoring) => {
        monitoring.monitorEbsVolume(volume(scope, "spare"));
      });
    expect(build).toThrow(MonitoringConfigError);
    expect(build).toThrow(/stack\/spare[\s\S]*aws_volume_attachment/);
  });

  it("discovers attached volumes only", () => {
    const stack = synthMonitored((scope, monitoring) => {
      attach(scope, volume(scope));
      volume(scope, "spare");
      monitoring.watchScope(scope, { excludeServices: ["ec2Instance"] });
    });
    expect(Object.keys(stack.alarms)).toEqual(["shop-data-volume-stalled-io-check-critical"]);
  });
});
