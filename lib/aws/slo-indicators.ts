import type { ApiGatewayStage } from "@cdktf/provider-aws/lib/api-gateway-stage";
import type { Apigatewayv2Stage } from "@cdktf/provider-aws/lib/apigatewayv2-stage";
import type { LambdaFunction } from "@cdktf/provider-aws/lib/lambda-function";
import type { Lb } from "@cdktf/provider-aws/lib/lb";
import type { LbTargetGroup } from "@cdktf/provider-aws/lib/lb-target-group";
import type { TerraformResource } from "cdktf";
import { MonitoringConfigError } from "../core/config-error";
import type { SloIndicator, SloMetric } from "../core/slo";
import { albTargetGroupService } from "./alb-target-group";
import { albService } from "./alb";
import { apiGatewayHttpStageService } from "./api-gateway-http-stage";
import { apiGatewayRestStageService } from "./api-gateway-rest-stage";
import type { AwsServiceDefinition } from "./aws-service-definition";
import { lambdaFunctionService } from "./lambda-function";

/** Options of a latency indicator. */
export interface LatencyIndicatorOptions {
  /**
   * Requests (invocations) at most this slow are good, in the metric's unit: milliseconds for
   * Lambda and API Gateway, seconds for load balancers.
   */
  readonly threshold: number;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any service's dimensions
type AnyAwsService = AwsServiceDefinition<any, any>;

/** The metric `metricName` of `resource`, with the dimensions its service's alarms use. */
function metricOf(
  service: AnyAwsService,
  resource: TerraformResource,
  namespace: string,
  metricName: string,
  statistic: string,
): SloMetric {
  const entry = service.alarms.find((a) => a.namespace === namespace) ?? service.alarms[0];
  return { namespace, metricName, statistic, dimensions: service.dimensions(resource, entry) };
}

/**
 * A latency indicator from one latency metric: good are the requests at most `threshold` slow,
 * counted by CloudWatch's trimmed count `TC(:threshold)`, of all requests (`SampleCount`).
 */
function latencyOf(
  service: AnyAwsService,
  resource: TerraformResource,
  namespace: string,
  metricName: string,
  options: LatencyIndicatorOptions,
  unit: string,
): SloIndicator {
  const { threshold } = options;
  if (typeof threshold !== "number" || !Number.isFinite(threshold) || threshold <= 0) {
    throw new MonitoringConfigError(resource.node.path, `SloIndicators latency of ${metricName}`, [
      { option: "threshold", message: `${String(threshold)}; allowed: a number > 0 (${unit})` },
    ]);
  }
  return {
    kind: "latency",
    description: `${metricName} at most ${threshold} ${unit}`,
    good: metricOf(service, resource, namespace, metricName, `TC(:${threshold})`),
    total: metricOf(service, resource, namespace, metricName, "SampleCount"),
  };
}

/**
 * Service level indicators of AWS services, for `addSlo()`: availability from error and request
 * counts, latency from the share of requests under a threshold. For other metrics, give an
 * `SloIndicator` of your own (`good` or `bad`, and `total`).
 */
export const SloIndicators = {
  /** Lambda invocations without error: `Errors` of `Invocations`. */
  lambdaAvailability(fn: LambdaFunction): SloIndicator {
    const metric = (name: string) => metricOf(lambdaFunctionService, fn, "AWS/Lambda", name, "Sum");
    return {
      kind: "availability",
      description: "Lambda invocations without error",
      bad: metric("Errors"),
      total: metric("Invocations"),
    };
  },

  /** Lambda invocations with a `Duration` at most `threshold` milliseconds. */
  lambdaLatency(fn: LambdaFunction, options: LatencyIndicatorOptions): SloIndicator {
    return latencyOf(lambdaFunctionService, fn, "AWS/Lambda", "Duration", options, "ms");
  },

  /**
   * Requests to an Application Load Balancer not answered with 5xx, by the load balancer or its
   * targets: `HTTPCode_ELB_5XX_Count` + `HTTPCode_Target_5XX_Count` of `RequestCount`.
   */
  albAvailability(lb: Lb): SloIndicator {
    const metric = (name: string) => metricOf(albService, lb, "AWS/ApplicationELB", name, "Sum");
    return {
      kind: "availability",
      description: "load balancer requests without 5xx",
      bad: [metric("HTTPCode_ELB_5XX_Count"), metric("HTTPCode_Target_5XX_Count")],
      total: metric("RequestCount"),
    };
  },

  /** Load balancer requests whose `TargetResponseTime` is at most `threshold` seconds. */
  albLatency(lb: Lb, options: LatencyIndicatorOptions): SloIndicator {
    return latencyOf(albService, lb, "AWS/ApplicationELB", "TargetResponseTime", options, "s");
  },

  /** Requests to an ALB target group not answered with 5xx by its targets. */
  albTargetGroupAvailability(group: LbTargetGroup): SloIndicator {
    const metric = (name: string) =>
      metricOf(albTargetGroupService, group, "AWS/ApplicationELB", name, "Sum");
    return {
      kind: "availability",
      description: "target group requests without 5xx",
      bad: metric("HTTPCode_Target_5XX_Count"),
      total: metric("RequestCount"),
    };
  },

  /** Target group requests whose `TargetResponseTime` is at most `threshold` seconds. */
  albTargetGroupLatency(group: LbTargetGroup, options: LatencyIndicatorOptions): SloIndicator {
    return latencyOf(
      albTargetGroupService,
      group,
      "AWS/ApplicationELB",
      "TargetResponseTime",
      options,
      "s",
    );
  },

  /** Requests to a REST API stage without 5xx: `5XXError` of `Count`. */
  apiGatewayRestAvailability(stage: ApiGatewayStage): SloIndicator {
    const metric = (name: string) =>
      metricOf(apiGatewayRestStageService, stage, "AWS/ApiGateway", name, "Sum");
    return {
      kind: "availability",
      description: "API requests without 5xx",
      bad: metric("5XXError"),
      total: metric("Count"),
    };
  },

  /** REST API stage requests whose `Latency` is at most `threshold` milliseconds. */
  apiGatewayRestLatency(stage: ApiGatewayStage, options: LatencyIndicatorOptions): SloIndicator {
    return latencyOf(apiGatewayRestStageService, stage, "AWS/ApiGateway", "Latency", options, "ms");
  },

  /** Requests to an HTTP API stage without 5xx: `5xx` of `Count`. */
  apiGatewayHttpAvailability(stage: Apigatewayv2Stage): SloIndicator {
    const metric = (name: string) =>
      metricOf(apiGatewayHttpStageService, stage, "AWS/ApiGateway", name, "Sum");
    return {
      kind: "availability",
      description: "API requests without 5xx",
      bad: metric("5xx"),
      total: metric("Count"),
    };
  },

  /** HTTP API stage requests whose `Latency` is at most `threshold` milliseconds. */
  apiGatewayHttpLatency(stage: Apigatewayv2Stage, options: LatencyIndicatorOptions): SloIndicator {
    return latencyOf(apiGatewayHttpStageService, stage, "AWS/ApiGateway", "Latency", options, "ms");
  },
} as const;
