import { Apigatewayv2Api } from "@cdktf/provider-aws/lib/apigatewayv2-api";
import { Apigatewayv2Stage } from "@cdktf/provider-aws/lib/apigatewayv2-stage";
import { describe, expect, it } from "vitest";
import { synthMonitored } from "./service-test-helpers";

describe("monitorApiGatewayHttpStage", () => {
  it("alarms on the HTTP API metric names by ApiId and Stage", () => {
    const stack = synthMonitored((scope, monitoring) => {
      const api = new Apigatewayv2Api(scope, "api", { name: "orders", protocolType: "HTTP" });
      const stage = new Apigatewayv2Stage(scope, "default", { apiId: api.id, name: "$default" });
      monitoring.monitorApiGatewayHttpStage(stage, { latency: { critical: 1000 } });
    });
    const dimensions = { ApiId: "${aws_apigatewayv2_api.api.id}", Stage: "$default" };
    expect(stack.alarms["shop-default-server-error-rate-critical"]).toMatchObject({
      namespace: "AWS/ApiGateway",
      metric_name: "5xx",
      statistic: "Average",
      comparison_operator: "GreaterThanThreshold",
      threshold: 0.05,
      period: 60,
      evaluation_periods: 3,
      dimensions,
      alarm_actions: [stack.topicArn("critical")],
    });
    expect(stack.alarms["shop-default-client-error-rate-warning"].metric_name).toBe("4xx");
    expect(stack.alarms["shop-default-integration-latency-critical"]).toMatchObject({
      metric_name: "IntegrationLatency",
      extended_statistic: "p90",
      threshold: 2000,
      dimensions,
    });
    expect(stack.alarms["shop-default-integration-latency-warning"].threshold).toBe(1600);
    expect(stack.alarms["shop-default-latency-critical"].threshold).toBe(1000);
  });

  it("does not discover stages of WebSocket APIs", () => {
    const stack = synthMonitored((scope, monitoring) => {
      const http = new Apigatewayv2Api(scope, "http", { name: "h", protocolType: "HTTP" });
      const ws = new Apigatewayv2Api(scope, "ws", {
        name: "w",
        protocolType: "WEBSOCKET",
        routeSelectionExpression: "$request.body.action",
      });
      new Apigatewayv2Stage(scope, "http-stage", { apiId: http.id, name: "live" });
      new Apigatewayv2Stage(scope, "ws-stage", { apiId: ws.id, name: "live" });
      monitoring.watchScope(scope);
    });
    const names = Object.keys(stack.alarms);
    expect(names).toContain("shop-http-stage-latency-critical");
    expect(names.filter((n) => n.startsWith("shop-ws-stage-"))).toEqual([]);
  });
});
