import type { AlarmDefault } from "../alarm-default";
import { API_GATEWAY_REST_STAGE_ALARMS } from "./api-gateway-rest";
import { sourceOf } from "./sources";

/** HTTP APIs publish the REST API's error metrics under lower-case names. */
const HTTP_METRIC_NAMES: Readonly<Record<string, string>> = {
  serverErrorRate: "5xx",
  clientErrorRate: "4xx",
  latency: "Latency",
};

/**
 * Default alarms for an API Gateway HTTP API stage (apigatewayv2; dimensions `ApiId` and
 * `Stage`). RA gives HTTP APIs the same values as REST APIs for errors and latency, so those
 * entries are the REST ones under the HTTP metric names.
 */
export const API_GATEWAY_HTTP_STAGE_ALARMS: readonly AlarmDefault[] = [
  ...API_GATEWAY_REST_STAGE_ALARMS.flatMap((entry) => {
    const metricName = HTTP_METRIC_NAMES[entry.key];
    return metricName ? [{ ...entry, metricName }] : [];
  }),
  {
    key: "integrationLatency",
    namespace: "AWS/ApiGateway",
    metricName: "IntegrationLatency",
    statistic: "p90",
    comparisonOperator: "GreaterThanOrEqualToThreshold",
    thresholds: { warning: 1600, critical: 2000 },
    period: 60,
    evaluationPeriods: 5,
    datapointsToAlarm: 5,
    treatMissingData: "notBreaching",
    unit: "ms",
    description:
      "The backend behind the API has been slow: the slowest tenth of integration calls took long.",
    enabledByDefault: true,
    source: sourceOf("RA", "Critical at RA's 2,000 ms; warning at 80% of it."),
  },
];
