import { Instance } from "@cdktf/provider-aws/lib/instance";
import { describe, expect, it } from "vitest";
import { Monitoring, Notify, type NotifyOptions } from "../../../lib";
import { alarmsByName, ami, synth } from "./synth-helpers";

const build = (notify?: NotifyOptions, notifyOnOk?: boolean) =>
  synth((stack) => {
    const web = new Instance(stack, "web", { ami, instanceType: "t3.micro" });
    new Monitoring(stack, "monitoring", { prefix: "shop", notify, notifyOnOk }).monitorEc2Instance(
      web,
    );
  });

describe("notifications", () => {
  it("create one topic per severity with stable names and their subscriptions", () => {
    const { json } = build({
      critical: [
        Notify.email("oncall@example.com"),
        Notify.webhook("https://hooks.example.com/alert"),
        Notify.email("oncall@example.com"),
      ],
      warning: [Notify.email("team@example.com")],
    });
    const topics = Object.values(json.resource.aws_sns_topic).map(
      (t) => (t as { name: string }).name,
    );
    expect(topics.sort()).toEqual(["shop-critical", "shop-warning"]);
    const subs = Object.values(json.resource.aws_sns_topic_subscription) as {
      protocol: string;
      endpoint: string;
    }[];
    expect(subs.map((s) => `${s.protocol} ${s.endpoint}`).sort()).toEqual([
      "email oncall@example.com",
      "email team@example.com",
      "https https://hooks.example.com/alert",
    ]);
  });

  it("use an existing topic ARN as action directly", () => {
    const arn = "arn:aws:sns:eu-west-1:123456789012:pager";
    const { json } = build({ critical: [Notify.topicArn(arn)] });
    expect(json.resource.aws_sns_topic).toBeUndefined();
    expect(alarmsByName(json)["shop-web-status-check-failed-critical"].alarm_actions).toEqual([
      arn,
    ]);
  });

  it("leave alarms without actions and warn per severity when nobody is told", () => {
    const { json, warnings } = build({ critical: [Notify.email("oncall@example.com")] }, false);
    const alarms = alarmsByName(json);
    expect(alarms["shop-web-cpu-utilization-warning"].alarm_actions).toBeUndefined();
    expect(alarms["shop-web-cpu-utilization-critical"].alarm_actions).toHaveLength(1);
    expect(alarms["shop-web-cpu-utilization-critical"].ok_actions).toBeUndefined();
    expect(warnings).toEqual([
      expect.objectContaining({
        path: "stack/monitoring",
        message: expect.stringContaining("No notification channel for warning alarms"),
      }),
    ]);
  });

  it("warn for both severities when the facade has no channels at all", () => {
    const { warnings } = build();
    expect(
      warnings.map((w) => w.message).filter((m) => m.startsWith("No notification channel")),
    ).toHaveLength(2);
  });
});
