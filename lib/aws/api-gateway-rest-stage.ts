import type { ApiGatewayRestApi } from "@cdktf/provider-aws/lib/api-gateway-rest-api";
import type { ApiGatewayStage } from "@cdktf/provider-aws/lib/api-gateway-stage";
import { API_GATEWAY_REST_STAGE_ALARMS } from "../catalog/aws/api-gateway-rest";
import type { AlarmOptions, ResourceMonitoringOptions } from "../core/alarm-options";
import { MonitoringConfigError } from "../core/config-error";
import {
  foundNowOrAtSynth,
  memoizedPerResource,
  referencedResource,
} from "./private/resource-references";
import { literal } from "../core/service-definition";
import { cloudWatch } from "./cloudwatch";
import type { AwsServiceDefinition } from "./aws-service-definition";

/**
 * Options of `monitorApiGatewayRestStage()`. Each alarm option takes
 * `{ warning?, critical?, ...overrides }` or `false` to turn the alarm off; defaults and their
 * sources are in `lib/catalog/aws/api-gateway-rest.ts`.
 */
export interface ApiGatewayRestStageMonitoringOptions extends ResourceMonitoringOptions {
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
   * Requests per minute below a baseline (predictable traffic only). Off unless a threshold is set.
   *
   * @default - off
   */
  readonly requestCount?: AlarmOptions | false;
}

/** The REST API of the stack that the stage belongs to. */
const restApiOf = memoizedPerResource((stage: ApiGatewayStage) =>
  referencedResource<ApiGatewayRestApi>(stage, stage.restApiIdInput, "aws_api_gateway_rest_api"),
);

/**
 * The `ApiName` dimension (REST API metrics are keyed by the API's name, not its id), from the
 * `aws_api_gateway_rest_api` the stage refers to.
 */
function apiNameOf(stage: ApiGatewayStage): string {
  return foundNowOrAtSynth(
    () => {
      const api = restApiOf(stage);
      return api && (literal(api.nameInput) ?? api.name);
    },
    () => missingApi(stage),
  );
}

function missingApi(stage: ApiGatewayStage): never {
  throw new MonitoringConfigError(stage.node.path, "monitorApiGatewayRestStage()", [
    {
      option: "resource",
      message:
        "its rest_api_id does not refer to an aws_api_gateway_rest_api of this stack, so the API name " +
        "(CloudWatch dimension ApiName) is unknown; allowed: a stage whose rest_api_id is `<RestApi>.id`",
    },
  ]);
}

/** Stages of API Gateway REST APIs (`aws_api_gateway_stage`), dimensions `ApiName` and `Stage`. */
export const apiGatewayRestStageService: AwsServiceDefinition<
  ApiGatewayStage,
  ApiGatewayRestStageMonitoringOptions
> = {
  id: "apiGatewayRestStage",
  title: "API Gateway REST API stage",
  terraformResourceType: "aws_api_gateway_stage",
  cloud: cloudWatch,
  alarms: API_GATEWAY_REST_STAGE_ALARMS,
  dimensions: (stage) => ({
    ApiName: apiNameOf(stage),
    Stage: literal(stage.stageNameInput) ?? stage.stageName,
  }),
  discover: (found) =>
    found
      .filter((stage) => restApiOf(stage) !== undefined)
      .map((resource) => ({ resource, options: {} })),
};
