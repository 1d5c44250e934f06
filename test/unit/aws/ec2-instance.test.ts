import { Instance } from "@cdktf/provider-aws/lib/instance";
import { describe, expect, it } from "vitest";
import { Monitoring, Notify } from "../../../lib";
import { alarmsByName, ami, synth } from "../core/synth-helpers";

describe("monitorEc2Instance", () => {
  it("creates the catalog defaults with InstanceId from the instance", () => {
    // GIVEN / WHEN
    const { json } = synth((stack) => {
      const web = new Instance(stack, "web", { ami, instanceType: "t3.micro" });
      new Monitoring(stack, "monitoring", { prefix: "shop" }).monitorEc2Instance(web);
    });
    // THEN
    const alarms = alarmsByName(json);
    expect(Object.keys(alarms).sort()).toEqual([
      "shop-web-cpu-utilization-critical",
      "shop-web-cpu-utilization-warning",
      "shop-web-status-check-failed-attached-ebs-critical",
      "shop-web-status-check-failed-critical",
    ]);
    const cpu = alarms["shop-web-cpu-utilization-critical"];
    expect(cpu).toMatchObject({
      namespace: "AWS/EC2",
      metric_name: "CPUUtilization",
      statistic: "Average",
      comparison_operator: "GreaterThanThreshold",
      threshold: 80,
      period: 300,
      evaluation_periods: 3,
      datapoints_to_alarm: 3,
      treat_missing_data: "missing",
      dimensions: { InstanceId: "${aws_instance.web.id}" },
    });
    expect(alarms["shop-web-cpu-utilization-warning"].threshold).toBe(70);
    expect(alarms["shop-web-status-check-failed-critical"]).toMatchObject({
      metric_name: "StatusCheckFailed",
      statistic: "Maximum",
      comparison_operator: "GreaterThanOrEqualToThreshold",
      threshold: 1,
      evaluation_periods: 2,
    });
    expect(cpu.alarm_actions).toBeUndefined();
  });

  it("applies thresholds, overrides, false and opt-in agent alarms", () => {
    const { json } = synth((stack) => {
      const web = new Instance(stack, "web", { ami, instanceType: "t3.micro" });
      new Monitoring(stack, "monitoring", { prefix: "shop" }).monitorEc2Instance(web, {
        cpuUtilization: {
          warning: 60,
          critical: false,
          period: 60,
          datapointsToAlarm: 2,
          evaluationPeriods: 4,
        },
        statusCheckFailedAttachedEbs: false,
        memoryUsedPercent: {
          treatMissingData: "breaching",
          runbookUrl: "https://runbooks.example.com/mem",
        },
      });
    });
    const alarms = alarmsByName(json);
    expect(Object.keys(alarms).sort()).toEqual([
      "shop-web-cpu-utilization-warning",
      "shop-web-memory-used-percent-critical",
      "shop-web-memory-used-percent-warning",
      "shop-web-status-check-failed-critical",
    ]);
    expect(alarms["shop-web-cpu-utilization-warning"]).toMatchObject({
      threshold: 60,
      period: 60,
      datapoints_to_alarm: 2,
      evaluation_periods: 4,
    });
    const mem = alarms["shop-web-memory-used-percent-critical"];
    expect(mem).toMatchObject({
      namespace: "CWAgent",
      metric_name: "mem_used_percent",
      threshold: 98,
      treat_missing_data: "breaching",
    });
    expect(mem.alarm_description).toContain("Runbook: https://runbooks.example.com/mem");
  });

  it("uses a 60 s CPU period for instances with detailed monitoring", () => {
    const { json } = synth((stack) => {
      const web = new Instance(stack, "web", { ami, instanceType: "t3.micro", monitoring: true });
      new Monitoring(stack, "monitoring", { prefix: "shop" }).monitorEc2Instance(web);
    });
    expect(alarmsByName(json)["shop-web-cpu-utilization-critical"].period).toBe(60);
  });

  it("routes each severity to its own topic", () => {
    const { json } = synth((stack) => {
      const web = new Instance(stack, "web", { ami, instanceType: "t3.micro" });
      new Monitoring(stack, "monitoring", {
        prefix: "shop",
        notify: {
          critical: [Notify.email("oncall@example.com")],
          warning: [Notify.email("team@example.com")],
        },
      }).monitorEc2Instance(web);
    });
    const alarms = alarmsByName(json);
    const topics = json.resource.aws_sns_topic;
    const topicId = (name: string) => Object.keys(topics).find((k) => topics[k].name === name);
    expect(alarms["shop-web-cpu-utilization-critical"].alarm_actions).toEqual([
      `\${aws_sns_topic.${topicId("shop-critical")}.arn}`,
    ]);
    expect(alarms["shop-web-cpu-utilization-warning"].alarm_actions).toEqual([
      `\${aws_sns_topic.${topicId("shop-warning")}.arn}`,
    ]);
    expect(alarms["shop-web-cpu-utilization-warning"].ok_actions).toEqual(
      alarms["shop-web-cpu-utilization-warning"].alarm_actions,
    );
  });
});
