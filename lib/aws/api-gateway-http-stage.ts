import type { Apigatewayv2Api } from "@cdktf/provider-aws/lib/apigatewayv2-api";
import type { Apigatewayv2Stage } from "@cdktf/provider-aws/lib/apigatewayv2-stage";
import { API_GATEWAY_HTTP_STAGE_ALARMS } from "../catalog/aws/api-gateway-http";
import type { AlarmOptions, ResourceMonitoringOptions } from "../core/alarm-options";
import { referencedResource } from "./private/resource-references";
import { literal } from "../core/service-definition";
import { cloudWatch } from "./cloudwatch";
import type { AwsServiceDefinition } from "./aws-service-definition";

/**
 * Options of `monitorApiGatewayHttpStage()`. Each alarm option takes
 * `{ warning?, critical?, ...overrides }` or `false` to turn the alarm off; defaults and their
 * sources are in `lib/catalog/aws/api-gateway-http.ts`.
 */
export interface ApiGatewayHttpStageMonitoringOptions extends ResourceMonitoringOptions {
  /**
   * Share of requests answered with 5xx (0..1).
   *
   * @default - warning > 0.01, critical > 0.05 in 3 of 3 periods of 60 s
   */
  readonly serverErrorRate?: AlarmOptions | false;
  /**
   * Share of requests answered with 4xx (0..1).
   *
   * @default - warning > 0.05 in 5 of 5 periods of 60 s
   */
  readonly clientErrorRate?: AlarmOptions | false;
  /**
   * p90 latency (ms).
   *
   * @default - warning >= 2000, critical >= 2500 in 5 of 5 periods of 60 s
   */
  readonly latency?: AlarmOptions | false;
  /**
   * p90 integration (backend) latency (ms).
   *
   * @default - warning >= 1600, critical >= 2000 in 5 of 5 periods of 60 s
   */
  readonly integrationLatency?: AlarmOptions | false;
}

/** Whether the stage belongs to a WebSocket API (other metrics), as far as the stack tells. */
function isWebSocketStage(stage: Apigatewayv2Stage): boolean {
  const api = referencedResource<Apigatewayv2Api>(stage, stage.apiIdInput, "aws_apigatewayv2_api");
  return api !== undefined && literal(api.protocolTypeInput) === "WEBSOCKET";
}

/** Stages of API Gateway HTTP APIs (`aws_apigatewayv2_stage`), dimensions `ApiId` and `Stage`. */
export const apiGatewayHttpStageService: AwsServiceDefinition<
  Apigatewayv2Stage,
  ApiGatewayHttpStageMonitoringOptions
> = {
  id: "apiGatewayHttpStage",
  title: "API Gateway HTTP API stage",
  terraformResourceType: "aws_apigatewayv2_stage",
  cloud: cloudWatch,
  alarms: API_GATEWAY_HTTP_STAGE_ALARMS,
  dimensions: (stage) => ({
    ApiId: stage.apiIdInput ?? stage.apiId,
    Stage: literal(stage.nameInput) ?? stage.name,
  }),
  discover: (found) =>
    found
      .filter((stage) => !isWebSocketStage(stage))
      .map((resource) => ({ resource, options: {} })),
};
