import type { AlarmDefault } from "../alarm-default";
import { ambaAlerts, type AzureAlertEntry } from "./amba-alert";

/** 5xx responses of a site (web or function app): AMBA's slot row, applied to the site. */
export const SITE_HTTP_5XX: AzureAlertEntry = {
  key: "http5xx",
  metricName: "Http5xx",
  statistic: "Total",
  comparisonOperator: "GreaterThanThreshold",
  thresholds: { critical: 10 },
  period: 900,
  frequency: 300,
  unit: "responses",
  description: "The app answered requests with server errors.",
  enabledByDefault: true,
  note: "AMBA unverified, on slots only (1,692 rules): Total > 10 over PT15M every PT5M, severity 1 (critical); applied to the site.",
};

/**
 * Default alerts for a Linux or Windows web app (`Microsoft.Web/sites`, scoped to the app). AMBA
 * has site-level rows only for resource usage; its 5xx and response-time rows are for deployment
 * slots, applied here to the site (an extrapolation, unverified). Off unless set: health-check status
 * (needs a health-check path), memory working set (depends on the plan size), 401 responses and file
 * system usage (a share of the plan's quota). Left out: `AverageResponseTime` (legacy: use
 * httpResponseTime) and CPU time (depends on the plan).
 */
export const WEB_APP_ALARMS: readonly AlarmDefault[] = ambaAlerts("Web/sites", [
  SITE_HTTP_5XX,
  {
    key: "httpResponseTime",
    metricName: "HttpResponseTime",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { critical: 5 },
    period: 1800,
    frequency: 900,
    unit: "s",
    description: "Requests are slow on average.",
    enabledByDefault: true,
    note: "AMBA unverified, on slots only (662 rules): Average > 5 s over PT30M every PT15M, severity 1 (critical); applied to the site.",
  },
  {
    key: "requestsInApplicationQueue",
    metricName: "RequestsInApplicationQueue",
    statistic: "Maximum",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 10 },
    period: 900,
    frequency: 300,
    unit: "requests",
    description: "Requests waited in the application queue.",
    enabledByDefault: true,
    note: "AMBA unverified (10,057 rules): Maximum > 10 over PT15M every PT5M, severity 3 (warning).",
  },
  {
    key: "healthCheckStatus",
    metricName: "HealthCheckStatus",
    statistic: "Average",
    comparisonOperator: "LessThanThreshold",
    thresholds: { warning: 100 },
    period: 300,
    frequency: 60,
    unit: "%",
    description: "Instances fail the app's health check.",
    enabledByDefault: false,
    note: "AMBA unverified, on slots (291 rules): Average < 100 over PT5M every PT1M, severity 3. Off by default: needs a health-check path on the app.",
  },
  {
    key: "memoryWorkingSet",
    metricName: "MemoryWorkingSet",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 1_500_000_000 },
    period: 300,
    frequency: 60,
    unit: "bytes",
    description: "The app uses much memory.",
    enabledByDefault: false,
    note: "AMBA unverified (5,187 rules): Average > 1,500,000,000 B over PT5M every PT1M, severity 3. Off by default: the right ceiling is a share of the plan's memory.",
  },
  {
    key: "http401",
    metricName: "Http401",
    statistic: "Total",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 20 },
    period: 300,
    frequency: 300,
    unit: "responses",
    description: "Requests were refused as unauthorized.",
    enabledByDefault: false,
    note: "AMBA unverified (4,499 rules): Total > 20 over PT5M every PT5M, severity 2. Off by default: normal for apps whose clients log in.",
  },
  {
    key: "fileSystemUsage",
    metricName: "FileSystemUsage",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { critical: 400_000_000 },
    period: 21600,
    frequency: 3600,
    unit: "bytes",
    description: "The app's file system use is high.",
    enabledByDefault: false,
    note: "AMBA unverified (7,042 rules): Average > 400,000,000 B over PT6H every PT1H, severity 1. Off by default: a share of the plan's storage quota, which depends on its tier.",
  },
]);
