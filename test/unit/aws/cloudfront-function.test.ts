import { CloudfrontFunction } from "@cdktf/provider-aws/lib/cloudfront-function";
import type { TerraformStack } from "cdktf";
import { describe, expect, it } from "vitest";
import { MonitoringConfigError } from "../../../lib";
import { synthMonitored } from "./service-test-helpers";

function viewerRequest(scope: TerraformStack, name?: string): CloudfrontFunction {
  return new CloudfrontFunction(scope, "rewrite", {
    name: name as string,
    runtime: "cloudfront-js-2.0",
    code: "function handler(event) { return event.request; }",
  });
}

describe("monitorCloudfrontFunction", () => {
  it("alarms on validation errors, execution errors and throttles by FunctionName in us-east-1", () => {
    const stack = synthMonitored((scope, monitoring) => {
      monitoring.monitorCloudfrontFunction(viewerRequest(scope, "rewrite-index"));
    });
    expect(Object.keys(stack.alarms).sort()).toEqual([
      "shop-rewrite-execution-errors-critical",
      "shop-rewrite-throttles-critical",
      "shop-rewrite-validation-errors-critical",
    ]);
    const common = {
      namespace: "AWS/CloudFront",
      statistic: "Sum",
      comparison_operator: "GreaterThanThreshold",
      threshold: 0,
      period: 60,
      treat_missing_data: "notBreaching",
      dimensions: { FunctionName: "rewrite-index", Region: "Global" },
    };
    expect(stack.alarms["shop-rewrite-validation-errors-critical"]).toMatchObject({
      ...common,
      metric_name: "FunctionValidationErrors",
      evaluation_periods: 2,
      datapoints_to_alarm: 2,
    });
    expect(stack.alarms["shop-rewrite-execution-errors-critical"]).toMatchObject({
      ...common,
      metric_name: "FunctionExecutionErrors",
      evaluation_periods: 5,
      datapoints_to_alarm: 5,
    });
    expect(stack.alarms["shop-rewrite-throttles-critical"]).toMatchObject({
      ...common,
      metric_name: "FunctionThrottles",
      evaluation_periods: 5,
    });
    const providers = stack.json.provider.aws as { alias?: string; region: string }[];
    const usEast1 = providers.find((p) => p.region === "us-east-1");
    const alarm = stack.alarms["shop-rewrite-throttles-critical"];
    expect(alarm.provider).toBe(`aws.${usEast1?.alias}`);
    const topicId = /aws_sns_topic\.([^.]+)\.arn/.exec(alarm.alarm_actions[0])?.[1] ?? "";
    expect(stack.json.resource.aws_sns_topic[topicId].provider).toBe(`aws.${usEast1?.alias}`);
  });

  it("uses the name reference when the name is not literal, and is found by watchScope", () => {
    const stack = synthMonitored((scope, monitoring) => {
      viewerRequest(scope);
      monitoring.watchScope(scope, { defaults: { cloudfrontFunction: { throttles: false } } });
    });
    expect(Object.keys(stack.alarms).sort()).toEqual([
      "shop-rewrite-execution-errors-critical",
      "shop-rewrite-validation-errors-critical",
    ]);
    expect(stack.alarms["shop-rewrite-execution-errors-critical"].dimensions).toEqual({
      FunctionName: "${aws_cloudfront_function.rewrite.name}",
      Region: "Global",
    });
  });

  it("rejects unknown options with the construct path and the allowed keys", () => {
    const build = () =>
      synthMonitored((scope, monitoring) => {
        monitoring.monitorCloudfrontFunction(viewerRequest(scope, "rewrite-index"), {
          errors: false,
        } as never);
      });
    expect(build).toThrow(MonitoringConfigError);
    expect(build).toThrow(
      /stack\/rewrite in monitorCloudfrontFunction\(\)[\s\S]*errors: unknown option; allowed: alarmDefaults, executionErrors, group, name, throttles, validationErrors/,
    );
  });
});
