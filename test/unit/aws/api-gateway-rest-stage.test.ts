import { ApiGatewayDeployment } from "@cdktf/provider-aws/lib/api-gateway-deployment";
import { ApiGatewayRestApi } from "@cdktf/provider-aws/lib/api-gateway-rest-api";
import { ApiGatewayStage } from "@cdktf/provider-aws/lib/api-gateway-stage";
import type { TerraformStack } from "cdktf";
import { describe, expect, it } from "vitest";
import { MonitoringConfigError } from "../../../lib";
import { synthMonitored } from "./service-test-helpers";

function stageOf(scope: TerraformStack, restApiId: string, id = "prod"): ApiGatewayStage {
  const deployment = new ApiGatewayDeployment(scope, `${id}-deployment`, { restApiId });
  return new ApiGatewayStage(scope, id, {
    restApiId,
    stageName: id,
    deploymentId: deployment.id,
  });
}

describe("monitorApiGatewayRestStage", () => {
  it("alarms on errors and latency by the API's name and the stage", () => {
    const stack = synthMonitored((scope, monitoring) => {
      const api = new ApiGatewayRestApi(scope, "orders-api", { name: "orders" });
      monitoring.monitorApiGatewayRestStage(stageOf(scope, api.id));
    });
    expect(Object.keys(stack.alarms).sort()).toEqual([
      "shop-prod-client-error-rate-warning",
      "shop-prod-latency-critical",
      "shop-prod-latency-warning",
      "shop-prod-server-error-rate-critical",
      "shop-prod-server-error-rate-warning",
    ]);
    const dimensions = { ApiName: "orders", Stage: "prod" };
    expect(stack.alarms["shop-prod-server-error-rate-critical"]).toMatchObject({
      namespace: "AWS/ApiGateway",
      metric_name: "5XXError",
      statistic: "Average",
      comparison_operator: "GreaterThanThreshold",
      threshold: 0.05,
      period: 60,
      evaluation_periods: 3,
      datapoints_to_alarm: 3,
      treat_missing_data: "notBreaching",
      dimensions,
      alarm_actions: [stack.topicArn("critical")],
    });
    expect(stack.alarms["shop-prod-latency-critical"]).toMatchObject({
      metric_name: "Latency",
      extended_statistic: "p90",
      comparison_operator: "GreaterThanOrEqualToThreshold",
      threshold: 2500,
      dimensions,
    });
    expect(stack.alarms["shop-prod-client-error-rate-warning"]).toMatchObject({
      metric_name: "4XXError",
      threshold: 0.05,
      alarm_actions: [stack.topicArn("warning")],
    });
  });

  it("fails at synth, naming the stage, when the API is not in the stack", () => {
    expect(() =>
      synthMonitored((scope, monitoring) => {
        monitoring.monitorApiGatewayRestStage(stageOf(scope, "a1b2c3d4e5"));
      }),
    ).toThrow(MonitoringConfigError);
    expect(() =>
      synthMonitored((scope, monitoring) => {
        monitoring.monitorApiGatewayRestStage(stageOf(scope, "a1b2c3d4e5"));
      }),
    ).toThrow(/stack\/prod.*\n.*ApiName/);
  });

  it("discovers only stages whose API is in the stack", () => {
    const stack = synthMonitored((scope, monitoring) => {
      const api = new ApiGatewayRestApi(scope, "orders-api", { name: "orders" });
      stageOf(scope, api.id, "live");
      stageOf(scope, "a1b2c3d4e5", "imported");
      monitoring.watchScope(scope);
    });
    const names = Object.keys(stack.alarms);
    expect(names).toContain("shop-live-server-error-rate-critical");
    expect(names.filter((n) => n.startsWith("shop-imported-"))).toEqual([]);
  });
});
