import { Instance } from "@cdktf/provider-aws/lib/instance";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { SqsQueue } from "@cdktf/provider-aws/lib/sqs-queue";
import { App, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { serialize } from "node:v8";
import { describe, expect, it } from "vitest";
import { Monitoring, Notify } from "../../../lib";
import { constructId } from "../../../lib/core/construct-id";
import { alarmsByName, ami } from "./synth-helpers";

/**
 * Whether V8 stores `text` with two bytes per character. The structured-clone serializer writes
 * such strings with tag "c" and one-byte strings with tag '"' (after its two header bytes).
 */
function isTwoByte(text: string): boolean {
  return serialize(text)[2] === "c".charCodeAt(0);
}

/** Paths of the strings of `value` (keys and values) that V8 stores with two bytes per character. */
function twoByteStrings(value: unknown, path = ""): string[] {
  if (typeof value === "string") return isTwoByte(value) ? [path] : [];
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, v]) => [
    ...(isTwoByte(key) ? [`${path}/${key} (key)`] : []),
    ...twoByteStrings(v, `${path}/${key}`),
  ]);
}

/** A facade with computed resource ids, nested and top-level, as a loop of declarations makes. */
function build(): { stack: TerraformStack; monitoring: Monitoring } {
  const stack = new TerraformStack(new App({ stackTraces: false }), "stack");
  new AwsProvider(stack, "aws", { region: "eu-west-1" });
  const monitoring = new Monitoring(stack, "monitoring", {
    prefix: "shop",
    notify: { critical: [Notify.email("oncall@example.com")] },
  });
  for (let i = 0; i < 3; i++) {
    const web = new Instance(stack, `web-${i}`, { ami, instanceType: "t3.micro" });
    monitoring.monitorEc2Instance(web, { group: "storefront" });
    // Nested: the resource part of alarm names comes from several construct ids.
    const tier = new Construct(stack, `tier-${i}`);
    monitoring.monitorSqsQueue(new SqsQueue(tier, `queue-${i}`, { name: `queue-${i}` }));
  }
  monitoring.addCompositeAlarm("any-critical", { severity: "critical" });
  return { stack, monitoring };
}

describe("synthesized text stays one byte per character", () => {
  it("logical ids, references, names and dashboard bodies of the facade's resources are one-byte strings", () => {
    const { stack, monitoring } = build();
    stack.prepareStack();
    const json = stack.toTerraform();
    // The check itself must be able to fail: a join of a computed construct id is two-byte.
    const computed = `probe-${Date.now() % 1}`;
    new Construct(stack, computed);
    expect(isTwoByte(["stack", computed].join("/"))).toBe(true);

    // cdktf's own logical ids of nested user resources are two-byte (not the facade's to change).
    const created = ["aws_cloudwatch_metric_alarm", "aws_cloudwatch_composite_alarm"]
      .concat(["aws_cloudwatch_dashboard", "aws_sns_topic", "aws_sns_topic_subscription"])
      .map((type) => {
        expect(Object.keys(json.resource[type] ?? {}).length).toBeGreaterThan(0);
        return json.resource[type];
      });
    expect(twoByteStrings(created)).toEqual([]);
    const alarms = monitoring.createdAlarms();
    expect(alarms.length).toBeGreaterThan(6);
    for (const { alarm } of alarms) expect(isTwoByte(alarm.friendlyUniqueId)).toBe(false);
    // The same characters as before: readable ids below the facade, names from the construct path.
    const names = Object.keys(alarmsByName(json));
    expect(names).toContain("shop-tier-0-queue-0-age-of-oldest-message-critical");
    expect(names).toContain("shop-web-0-cpu-utilization-critical");
    expect(
      Object.keys(json.resource.aws_cloudwatch_metric_alarm).some((id) =>
        id.startsWith("monitoring_web-0-cpu-utilization-critical_"),
      ),
    ).toBe(true);
  });

  it("constructId keeps the characters of the id", () => {
    const id = `queue-${"7".repeat(2)}-age`;
    expect(constructId(id)).toBe("queue-77-age");
    expect(constructId("")).toBe("");
  });
});
