import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { TerraformStack, Testing } from "cdktf";
import { describe, expect, it } from "vitest";
import { Monitoring, MonitoringConfigError } from "../../../lib";
import { synthMonitored } from "./service-test-helpers";

describe("monitorAccount", () => {
  it("alarms on DynamoDB account capacity and user errors, without dimensions", () => {
    const stack = synthMonitored((_scope, monitoring) => {
      monitoring.monitorAccount();
    });
    expect(Object.keys(stack.alarms).sort()).toEqual([
      "shop-account-dynamodb-read-capacity-utilization-warning",
      "shop-account-dynamodb-user-errors-warning",
      "shop-account-dynamodb-write-capacity-utilization-warning",
    ]);
    expect(stack.alarms["shop-account-dynamodb-read-capacity-utilization-warning"]).toEqual(
      expect.objectContaining({
        namespace: "AWS/DynamoDB",
        metric_name: "AccountProvisionedReadCapacityUtilization",
        statistic: "Maximum",
        comparison_operator: "GreaterThanThreshold",
        threshold: 80,
        period: 300,
        evaluation_periods: 2,
        datapoints_to_alarm: 2,
        treat_missing_data: "missing",
        dimensions: {},
        alarm_actions: [stack.topicArn("warning")],
      }),
    );
    expect(stack.alarms["shop-account-dynamodb-write-capacity-utilization-warning"]).toMatchObject({
      metric_name: "AccountProvisionedWriteCapacityUtilization",
      threshold: 80,
      period: 300,
    });
    expect(stack.alarms["shop-account-dynamodb-user-errors-warning"]).toMatchObject({
      metric_name: "UserErrors",
      statistic: "Sum",
      threshold: 0,
      period: 60,
      evaluation_periods: 10,
      treat_missing_data: "notBreaching",
      dimensions: {},
    });
    // created through the default provider, in the stack's region
    expect(stack.alarms["shop-account-dynamodb-user-errors-warning"].provider).toBeUndefined();
    const messages = stack.warnings.map((w) => w.message).join("\n");
    expect(messages).toContain('Alarm "lambdaClaimedAccountConcurrency" (critical) left out');
    expect(messages).toContain("set lambdaConcurrencyQuota");
    expect(new Set(stack.warnings.map((w) => w.path))).toEqual(new Set(["stack/monitoring"]));
  });

  it("alarms on ClaimedAccountConcurrency at 80% and 90% of the quota you give", () => {
    const stack = synthMonitored((_scope, monitoring) => {
      monitoring.monitorAccount({ lambdaConcurrencyQuota: 3000, dynamodbUserErrors: false });
    });
    expect(stack.alarms["shop-account-dynamodb-user-errors-warning"]).toBeUndefined();
    expect(stack.alarms["shop-account-lambda-claimed-account-concurrency-critical"]).toMatchObject({
      namespace: "AWS/Lambda",
      metric_name: "ClaimedAccountConcurrency",
      statistic: "Maximum",
      comparison_operator: "GreaterThanThreshold",
      threshold: 2700,
      period: 60,
      evaluation_periods: 10,
      datapoints_to_alarm: 10,
      treat_missing_data: "missing",
      dimensions: {},
      alarm_actions: [stack.topicArn("critical")],
    });
    expect(stack.alarms["shop-account-lambda-claimed-account-concurrency-warning"].threshold).toBe(
      2400,
    );
    expect(stack.warnings).toEqual([]);
  });

  it("takes thresholds as a share of the quota, or as counts without one", () => {
    const shares = synthMonitored((_scope, monitoring) => {
      monitoring.monitorAccount({
        lambdaConcurrencyQuota: 5000,
        lambdaClaimedAccountConcurrency: { warning: false, critical: "95%" },
      });
    });
    expect(
      shares.alarms["shop-account-lambda-claimed-account-concurrency-critical"].threshold,
    ).toBe(4750);
    expect(
      shares.alarms["shop-account-lambda-claimed-account-concurrency-warning"],
    ).toBeUndefined();
    const counts = synthMonitored((_scope, monitoring) => {
      monitoring.monitorAccount({
        group: "platform",
        lambdaClaimedAccountConcurrency: { warning: 700, critical: 850 },
      });
    });
    expect(counts.alarms["shop-account-lambda-claimed-account-concurrency-warning"]).toMatchObject({
      threshold: 700,
      tags: { "monitoring:group": "platform", "monitoring:severity": "warning" },
    });
    expect(counts.warnings).toEqual([]);
  });

  it("is created once per account and region: a second call, from any facade, is an error", () => {
    const stack = new TerraformStack(Testing.app(), "stack");
    new AwsProvider(stack, "aws", { region: "eu-west-1" });
    const first = new Monitoring(stack, "shop", { prefix: "shop" });
    const second = new Monitoring(stack, "ops", { prefix: "ops" });
    first.monitorAccount();
    expect(() => first.monitorAccount()).toThrow(
      /stack\/shop in monitorAccount\(\)[\s\S]*provider: the account and region of stack\/aws already have their alarms from stack\/shop; allowed: one monitorAccount\(\) per AWS provider in the app/,
    );
    expect(() => second.monitorAccount()).toThrow(MonitoringConfigError);
    expect(() => second.monitorAccount()).toThrow(
      /stack\/ops in monitorAccount\(\)[\s\S]*from stack\/shop/,
    );
  });

  it("names the facade when the stack has no default AWS provider", () => {
    const stack = new TerraformStack(Testing.app(), "stack");
    new AwsProvider(stack, "east", { region: "us-east-1", alias: "east" });
    const monitoring = new Monitoring(stack, "monitoring", { prefix: "shop" });
    expect(() => monitoring.monitorAccount()).toThrow(
      /stack\/monitoring in monitorAccount\(\)[\s\S]*provider: the stack has no default AwsProvider/,
    );
  });

  it("rejects a bad quota and unknown options with the allowed values", () => {
    const attempt = (options: object) => () =>
      synthMonitored((_scope, monitoring) => {
        monitoring.monitorAccount(options as never);
      });
    expect(attempt({ lambdaConcurrencyQuota: 0 })).toThrow(
      /lambdaConcurrencyQuota: must be a whole number >= 1 \(concurrent executions\)/,
    );
    // the facade the user called, not the provider that stands for the account
    expect(attempt({ lambdaConcurrencyQuota: 0 })).toThrow(
      /^Invalid monitoring configuration for stack\/monitoring in monitorAccount\(\):/,
    );
    expect(attempt({ dynamodbUserErrors: { period: 45 } })).toThrow(
      /^Invalid monitoring configuration for stack\/monitoring in monitorAccount\(\):/,
    );
    expect(attempt({ lambdaConcurrencyQuota: 2.5 })).toThrow(MonitoringConfigError);
    expect(attempt({ dynamodbThrottles: false })).toThrow(
      /dynamodbThrottles: unknown option; allowed: alarmDefaults, dynamodbReadCapacityUtilization, dynamodbUserErrors, dynamodbWriteCapacityUtilization, group, lambdaClaimedAccountConcurrency, lambdaConcurrencyQuota, name/,
    );
    expect(attempt({ dynamodbReadCapacityUtilization: { period: 45 } })).toThrow(
      /dynamodbReadCapacityUtilization\.period: 45 is not allowed; allowed: 10, 30 or a multiple of 60/,
    );
  });

  describe("two stacks of one app with default providers of the same region", () => {
    const build = (second: { region: string; prefix: string }) => {
      const app = Testing.app();
      const facades = [
        { stack: "one", region: "eu-west-1", prefix: "shop" },
        { stack: "two", ...second },
      ].map(({ stack: name, region, prefix }) => {
        const stack = new TerraformStack(app, name);
        new AwsProvider(stack, "aws", { region });
        const monitoring = new Monitoring(stack, "monitoring", { prefix });
        monitoring.monitorAccount();
        return monitoring;
      });
      const warningsOf = (m: Monitoring) =>
        m.node.metadata.filter((e) => e.type === "@cdktf/warn").map((e) => String(e.data));
      return facades.map(warningsOf);
    };

    it("warns on the second facade that the same-named account alarms collide in one account", () => {
      const [first, second] = build({ region: "eu-west-1", prefix: "shop" });
      expect(first.filter((w) => w.includes("collide"))).toEqual([]);
      const clash = second.filter((w) => w.includes("collide"));
      expect(clash).toHaveLength(1);
      expect(clash[0]).toContain("monitorAccount() of two/monitoring (provider two/aws)");
      expect(clash[0]).toContain("and of one/monitoring (provider one/aws)");
      expect(clash[0]).toContain('"shop-account-*" for region eu-west-1');
      expect(clash[0]).toContain("if both stacks deploy to one account, the alarms collide");
      expect(clash[0]).toContain(
        "Use a different prefix in one of the facades, or call monitorAccount() once.",
      );
    });

    it("does not warn for another prefix or another region", () => {
      for (const second of [
        { region: "eu-west-1", prefix: "ops" },
        { region: "us-west-2", prefix: "shop" },
      ]) {
        const warnings = build(second).flat();
        expect(
          warnings.filter((w) => w.includes("collide")),
          JSON.stringify(second),
        ).toEqual([]);
      }
    });
  });
});
