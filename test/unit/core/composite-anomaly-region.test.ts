import { Instance } from "@cdktf/provider-aws/lib/instance";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { describe, expect, it } from "vitest";
import { Monitoring, Notify, type ServiceDefinition } from "../../../lib";
import type { Ec2InstanceMonitoringOptions } from "../../../lib";
import { cloudWatch } from "../../../lib/aws/cloudwatch";
import { EC2_INSTANCE_ALARMS } from "../../../lib/catalog/aws/ec2";
import { alarmsByName, ami, synth } from "./synth-helpers";

/** A service whose metrics live in us-east-1, as CloudFront's and billing's do. */
const globalService: ServiceDefinition<Instance, Ec2InstanceMonitoringOptions> = {
  id: "globalThing",
  title: "Global thing",
  terraformResourceType: "aws_instance",
  cloud: cloudWatch,
  region: "us-east-1",
  alarms: EC2_INSTANCE_ALARMS,
  dimensions: (i) => ({ InstanceId: i.id }),
};

describe("anomaly detection", () => {
  it("turns a static alarm into a band alarm with the band width per severity", () => {
    const { json } = synth((stack) => {
      const web = new Instance(stack, "web", { ami, instanceType: "t3.micro" });
      new Monitoring(stack, "monitoring", { prefix: "p" }).monitorEc2Instance(web, {
        cpuUtilization: { anomalyDetection: { warning: 3, critical: 2 } },
      });
    });
    const alarm = alarmsByName(json)["p-web-cpu-utilization-critical"];
    expect(alarm).toMatchObject({
      comparison_operator: "GreaterThanUpperThreshold",
      threshold_metric_id: "band",
      evaluation_periods: 3,
    });
    expect(alarm.threshold).toBeUndefined();
    expect(alarm.metric_name).toBeUndefined();
    expect(alarm.metric_query).toEqual([
      {
        id: "m1",
        return_data: true,
        metric: {
          namespace: "AWS/EC2",
          metric_name: "CPUUtilization",
          period: 300,
          stat: "Average",
          dimensions: { InstanceId: "${aws_instance.web.id}" },
        },
      },
      {
        id: "band",
        expression: "ANOMALY_DETECTION_BAND(m1, 2)",
        label: "CPUUtilization (expected band)",
        return_data: true,
      },
    ]);
    expect(alarmsByName(json)["p-web-cpu-utilization-warning"].metric_query[1].expression).toBe(
      "ANOMALY_DETECTION_BAND(m1, 3)",
    );
  });
});

describe("composite alarms", () => {
  it("fire when any alarm of a severity in a group fires, and depend on their children", () => {
    const { json } = synth((stack) => {
      const m = new Monitoring(stack, "monitoring", {
        prefix: "p",
        notify: { critical: [Notify.email("oncall@example.com")] },
      });
      m.monitorEc2Instance(new Instance(stack, "web", { ami, instanceType: "t3.micro" }), {
        group: "storefront",
      });
      m.monitorEc2Instance(new Instance(stack, "batch", { ami, instanceType: "t3.micro" }), {
        group: "jobs",
      });
      m.addCompositeAlarm("storefront-critical", { group: "storefront" });
    });
    const composites = Object.values(json.resource.aws_cloudwatch_composite_alarm) as Record<
      string,
      unknown
    >[];
    expect(composites).toHaveLength(1);
    const composite = composites[0];
    expect(composite.alarm_name).toBe("p-storefront-critical");
    expect(composite.alarm_rule).toBe(
      'ALARM("p-web-cpu-utilization-critical") OR ALARM("p-web-status-check-failed-attached-ebs-critical") OR ALARM("p-web-status-check-failed-critical")',
    );
    expect(composite.alarm_actions).toHaveLength(1);
    expect(composite.depends_on).toHaveLength(3);
  });

  it("split rules over CloudWatch's 100 children into parts", () => {
    const { json } = synth((stack) => {
      const m = new Monitoring(stack, "monitoring", { prefix: "p" });
      for (let i = 0; i < 40; i++)
        m.monitorEc2Instance(
          new Instance(stack, `i${String(i).padStart(2, "0")}`, { ami, instanceType: "t3.micro" }),
        );
      m.addCompositeAlarm("any-critical");
    });
    const composites = Object.values(json.resource.aws_cloudwatch_composite_alarm) as {
      alarm_name: string;
      alarm_rule: string;
    }[];
    const top = composites.find((c) => c.alarm_name === "p-any-critical");
    expect(top?.alarm_rule).toBe(
      'ALARM("p-any-critical-part-1") OR ALARM("p-any-critical-part-2")',
    );
    const parts = composites.filter((c) => c.alarm_name.includes("-part-"));
    expect(parts.map((p) => p.alarm_rule.split(" OR ").length)).toEqual([100, 20]);
  });

  it("rejects bad options with the facade path and the allowed values", () => {
    expect(() =>
      synth((stack) => {
        const m = new Monitoring(stack, "monitoring", { prefix: "p" });
        m.addCompositeAlarm("x", { severity: "info" as "critical", grup: "a" } as never);
      }),
    ).toThrow(
      /stack\/monitoring in addCompositeAlarm\("x"\)[\s\S]*severity: "info" is not allowed; allowed: critical, warning[\s\S]*grup: unknown option; allowed: group, severity, description/,
    );
  });

  it("is left out with a warning when nothing matches", () => {
    const { json, warnings } = synth((stack) => {
      new Monitoring(stack, "monitoring", { prefix: "p" }).addCompositeAlarm("none", {
        group: "nothing",
      });
    });
    expect(json.resource?.aws_cloudwatch_composite_alarm).toBeUndefined();
    expect(warnings.map((w) => w.message)).toContain(
      'Composite alarm "none" left out: no critical alarm in group "nothing".',
    );
  });
});

describe("us-east-1 metrics", () => {
  it("get their alarms and topics through a us-east-1 provider the facade creates", () => {
    const { json } = synth((stack) => {
      const m = new Monitoring(stack, "monitoring", {
        prefix: "p",
        notify: { critical: [Notify.email("oncall@example.com")] },
      });
      m.monitor(globalService, new Instance(stack, "edge", { ami, instanceType: "t3.micro" }));
    });
    const providers = json.provider.aws as { alias?: string; region: string }[];
    expect(providers).toContainEqual({ alias: "us-east-1", region: "us-east-1" });
    const alarm = alarmsByName(json)["p-edge-status-check-failed-critical"];
    expect(alarm.provider).toBe("aws.us-east-1");
    const topic = Object.values(json.resource.aws_sns_topic)[0] as {
      provider: string;
      name: string;
    };
    expect(topic).toMatchObject({ provider: "aws.us-east-1", name: "p-critical" });
    const graph = JSON.parse(
      (Object.values(json.resource.aws_cloudwatch_dashboard)[0] as { dashboard_body: string })
        .dashboard_body,
    ).widgets.find((w: { type: string }) => w.type === "metric");
    expect(graph.properties.region).toBe("us-east-1");
  });

  it("act for the same account as the stack's default provider: its settings but the region are copied", () => {
    const { json } = synth((stack) => {
      new AwsProvider(stack, "aws", {
        region: "eu-west-1",
        profile: "prod",
        skipCredentialsValidation: true,
        assumeRole: [{ roleArn: "arn:aws:iam::123456789012:role/deploy" }],
        defaultTags: [{ tags: { team: "sre" } }],
      });
      const m = new Monitoring(stack, "monitoring", { prefix: "p" });
      m.monitor(globalService, new Instance(stack, "edge", { ami, instanceType: "t3.micro" }));
    }, false);
    const providers = json.provider.aws as Array<Record<string, unknown>>;
    expect(providers.find((p) => p.alias === "us-east-1")).toEqual({
      alias: "us-east-1",
      region: "us-east-1",
      profile: "prod",
      skip_credentials_validation: true,
      assume_role: [{ role_arn: "arn:aws:iam::123456789012:role/deploy" }],
      default_tags: [{ tags: { team: "sre" } }],
    });
    expect(providers.find((p) => p.alias === undefined)?.region).toBe("eu-west-1");
  });

  it("warn that an existing topic ARN does not reach them", () => {
    const { warnings } = synth((stack) => {
      const m = new Monitoring(stack, "monitoring", {
        prefix: "p",
        notify: { critical: [Notify.topicArn("arn:aws:sns:eu-west-1:123456789012:pager")] },
      });
      m.monitor(globalService, new Instance(stack, "edge", { ami, instanceType: "t3.micro" }));
    });
    expect(warnings.map((w) => w.message).join("\n")).toMatch(
      /topicArn\(\) channels of critical are not used by the us-east-1 alarms/,
    );
  });

  it("go through one us-east-1 provider per stack, however many facades need it", () => {
    const { json } = synth((stack) => {
      for (const team of ["a", "b"]) {
        const m = new Monitoring(stack, `${team}-monitoring`, {
          prefix: team,
          notify: { critical: [Notify.email("oncall@example.com")] },
        });
        m.monitor(
          globalService,
          new Instance(stack, `${team}-edge`, { ami, instanceType: "t3.micro" }),
        );
      }
    });
    const providers = json.provider.aws as { alias?: string }[];
    expect(providers.filter((p) => p.alias === "us-east-1")).toHaveLength(1);
    const topics = Object.values(json.resource.aws_sns_topic) as { provider?: string }[];
    expect(topics.map((t) => t.provider)).toEqual(["aws.us-east-1", "aws.us-east-1"]);
  });

  it("use the provider the user passes", () => {
    const { json } = synth((stack) => {
      const usEast1 = new AwsProvider(stack, "virginia", {
        alias: "virginia",
        region: "us-east-1",
      });
      const m = new Monitoring(stack, "monitoring", { prefix: "p", usEast1Provider: usEast1 });
      m.monitor(globalService, new Instance(stack, "edge", { ami, instanceType: "t3.micro" }));
    });
    expect(alarmsByName(json)["p-edge-status-check-failed-critical"].provider).toBe("aws.virginia");
    expect((json.provider.aws as unknown[]).length).toBe(2);
  });
});
