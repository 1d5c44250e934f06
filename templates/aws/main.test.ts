import { Testing } from "cdktf";
import { describe, expect, it } from "vitest";
import { ShopStack } from "./main";

interface Alarm {
  alarm_name: string;
  metric_name?: string;
  threshold?: number;
  alarm_actions?: string[];
}

function synthesized() {
  const json = JSON.parse(Testing.synth(new ShopStack(Testing.app(), "shop")));
  const alarms = Object.values(json.resource.aws_cloudwatch_metric_alarm) as Alarm[];
  return { json, alarm: (name: string) => alarms.find((a) => a.alarm_name === name) };
}

describe("shop monitoring", () => {
  it("pages on the web server's CPU above 90 % and warns above 75 %", () => {
    const { alarm } = synthesized();
    expect(alarm("shop-web-cpu-utilization-critical")).toMatchObject({
      metric_name: "CPUUtilization",
      threshold: 90,
    });
    expect(alarm("shop-web-cpu-utilization-warning")?.threshold).toBe(75);
  });

  it("alarms when orders land in the dead-letter queue", () => {
    const { alarm } = synthesized();
    expect(alarm("shop-orders-dlq-dead-letter-messages-critical")).toBeDefined();
  });

  it("notifies someone of every alarm", () => {
    const { json } = synthesized();
    for (const alarm of Object.values(json.resource.aws_cloudwatch_metric_alarm) as Alarm[]) {
      expect(alarm.alarm_actions?.length, alarm.alarm_name).toBeGreaterThan(0);
    }
  });
});
