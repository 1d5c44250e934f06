import type { AlarmDefault } from "../alarm-default";
import { ambaAlerts } from "./amba-alert";
import { sqlMonitoringSource } from "./sources";

/**
 * Default alerts for an Azure SQL database (`Microsoft.Sql/servers/databases`, scoped to the
 * database). AMBA has no database-level CPU, DTU, log-write or storage percentages, so those come
 * from Microsoft's SQL Database monitoring page (80 %); AMBA's unverified deadlock, failed
 * connection and firewall rows are taken. Left out: AMBA's absolute `storage`, `dtu_used` and
 * `cpu_used` values (they depend on your limits: use the percentages), `sessions_count < 0.5` at
 * severity 0 (noise), the dynamic `connection_successful` row, and the instance-level and
 * serverless-only metrics.
 */
export const MSSQL_DATABASE_ALARMS: readonly AlarmDefault[] = ambaAlerts("Sql/servers/databases", [
  {
    key: "cpuPercent",
    metricName: "cpu_percent",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 80 },
    period: 300,
    frequency: 60,
    unit: "%",
    description: "The database uses most of its CPU limit; queries queue.",
    enabledByDefault: true,
    source: sqlMonitoringSource,
    note: "SQL Database monitoring page: cpu_percent > 80 (no window given: PT5M every PT1M, as AMBA's database rows).",
  },
  {
    key: "logWritePercent",
    metricName: "log_write_percent",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 80 },
    period: 300,
    frequency: 60,
    unit: "%",
    description: "Log writes use most of the database's log rate; writes will wait.",
    enabledByDefault: true,
    source: sqlMonitoringSource,
    note: "SQL Database monitoring page: log_write_percent > 80 (window as cpuPercent).",
  },
  {
    key: "storagePercent",
    metricName: "storage_percent",
    statistic: "Maximum",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 90 },
    period: 300,
    frequency: 300,
    unit: "%",
    description: "Most of the database's maximum size is used; writes fail when it is full.",
    enabledByDefault: true,
    note: "Extrapolated, unverified: AMBA's elastic-pool storage_percent > 90 (PT5M every PT1M) applied to the database; Maximum because the metric is a level, evaluated every PT5M.",
  },
  {
    key: "dtuConsumptionPercent",
    metricName: "dtu_consumption_percent",
    statistic: "Average",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 80 },
    period: 300,
    frequency: 60,
    unit: "%",
    description: "The database uses most of its DTUs.",
    enabledByDefault: false,
    source: sqlMonitoringSource,
    note: "SQL Database monitoring page: dtu_consumption_percent > 80. Off by default: DTU-model databases only (vCore ones report no DTUs).",
  },
  {
    key: "deadlock",
    metricName: "deadlock",
    statistic: "Total",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 1 },
    period: 300,
    frequency: 60,
    unit: "deadlocks",
    description: "Transactions deadlocked.",
    enabledByDefault: true,
    note: "AMBA unverified (25,557 rules) and the SQL Database monitoring page: Total > 1 over PT5M every PT1M, severity 3 (warning).",
  },
  {
    key: "connectionFailed",
    metricName: "connection_failed",
    statistic: "Total",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 5 },
    period: 300,
    frequency: 60,
    unit: "connections",
    description: "Connections failed (system errors).",
    enabledByDefault: true,
    note: "AMBA unverified (30,217 rules): Total > 5 over PT5M every PT1M, severity 3 (warning).",
  },
  {
    key: "blockedByFirewall",
    metricName: "blocked_by_firewall",
    statistic: "Total",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: { warning: 5 },
    period: 300,
    frequency: 300,
    unit: "connections",
    description: "The firewall blocked connections.",
    enabledByDefault: true,
    note: "AMBA unverified (13,737 rules): Total > 5 over PT5M every PT5M, severity 2 (warning).",
  },
]);
