import type { AlarmDefault } from "../alarm-default";
import { ambaAlerts } from "./amba-alert";
import { SITE_HTTP_5XX } from "./web-app";

/**
 * Default alerts for a Linux or Windows function app (`Microsoft.Web/sites`, kind `functionapp`,
 * scoped to the app; these metrics are not reported on Flex Consumption). Taken: 5xx responses (AMBA's
 * slot row applied to the site, unverified); off unless set: no executions (normal for an idle app)
 * and execution units (depends on the workload).
 */
export const FUNCTION_APP_ALARMS: readonly AlarmDefault[] = ambaAlerts("Web/sites", [
  SITE_HTTP_5XX,
  {
    key: "functionExecutionCount",
    metricName: "FunctionExecutionCount",
    statistic: "Total",
    comparisonOperator: "LessThanOrEqualToThreshold",
    thresholds: { critical: 0 },
    period: 300,
    frequency: 300,
    unit: "executions",
    description: "No function ran.",
    enabledByDefault: false,
    note: "AMBA unverified (3,568 rules): Total <= 0 over PT5M every PT5M, severity 1. Off by default: an idle app is not a failure; turn it on for apps that always have work.",
  },
  {
    key: "functionExecutionUnits",
    metricName: "FunctionExecutionUnits",
    statistic: "Total",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 13_000_000_000 },
    period: 300,
    frequency: 60,
    unit: "MB-ms",
    description: "The functions used more execution units than usual.",
    enabledByDefault: false,
    note: "AMBA unverified (463 rules): Total > 13,000,000,000 over PT5M every PT1M, severity 3. Off by default: a cost ceiling only you know.",
  },
]);
