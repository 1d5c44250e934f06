/**
 * CloudWatch's limits that synth checks or designs around, as data: each with the AWS page that
 * states it and the date it was read there. Checks and messages read the numbers from here only.
 */
export interface CloudWatchQuota {
  readonly limit: number;
  /** What the limit applies to, as AWS words it. */
  readonly what: string;
  /** The AWS documentation page that states the limit. */
  readonly source: string;
  /** When the page was read (ISO date). */
  readonly read: string;
}

const PUT_METRIC_ALARM =
  "https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html";
const METRIC_DATA_QUERY =
  "https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_MetricDataQuery.html";
const PUT_COMPOSITE_ALARM =
  "https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutCompositeAlarm.html";
const DASHBOARD_BODY =
  "https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/CloudWatch-Dashboard-Body-Structure.html";
const SERVICE_QUOTAS =
  "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_limits.html";
const ALARM_LIMITS =
  "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-limits.html";
const READ = "2026-12-07";

export const CLOUDWATCH_QUOTAS = {
  alarmNameLength: {
    limit: 255,
    what: "AlarmName: maximum length of 255",
    source: PUT_METRIC_ALARM,
    read: READ,
  },
  alarmDescriptionLength: {
    limit: 1024,
    what: "AlarmDescription: maximum length of 1024",
    source: PUT_METRIC_ALARM,
    read: READ,
  },
  actionsPerState: {
    limit: 5,
    what: "AlarmActions, OKActions, InsufficientDataActions: maximum number of 5 items each",
    source: PUT_METRIC_ALARM,
    read: READ,
  },
  evaluationSecondsShortPeriods: {
    limit: 86_400,
    what: "Period x EvaluationPeriods, for periods of less than one hour: at most one day",
    source: PUT_METRIC_ALARM,
    read: READ,
  },
  evaluationSeconds: {
    limit: 604_800,
    what: "Period x EvaluationPeriods: at most seven days",
    source: PUT_METRIC_ALARM,
    read: READ,
  },
  metricsPerMathAlarm: {
    limit: 10,
    what: "alarms based on metric math expressions can reference a maximum of 10 metrics",
    source: ALARM_LIMITS,
    read: READ,
  },
  expressionsPerMathAlarm: {
    limit: 10,
    what: "PutMetricAlarm: as many as 10 MetricDataQuery structures with an Expression",
    source: METRIC_DATA_QUERY,
    read: READ,
  },
  queriesPerMathAlarm: {
    limit: 20,
    what: "PutMetricAlarm: up to 20 MetricDataQuery structures",
    source: METRIC_DATA_QUERY,
    read: READ,
  },
  compositeRuleLength: {
    limit: 10_240,
    what: "AlarmRule: maximum length of 10240 characters",
    source: PUT_COMPOSITE_ALARM,
    read: READ,
  },
  alarmsPerCompositeRule: {
    limit: 100,
    what: "the rule expression of a composite alarm can include as many as 100 underlying alarms",
    source: PUT_COMPOSITE_ALARM,
    read: READ,
  },
  widgetsPerDashboard: {
    limit: 500,
    what: "a DashboardBody can include between 0 and 500 widget objects",
    source: DASHBOARD_BODY,
    read: READ,
  },
  metricsPerWidget: {
    limit: 500,
    what: "up to 500 metrics per dashboard widget",
    source: SERVICE_QUOTAS,
    read: READ,
  },
  metricsPerDashboard: {
    limit: 2500,
    what: "up to 2500 metrics per dashboard, across all widgets",
    source: SERVICE_QUOTAS,
    read: READ,
  },
  dashboardNameLength: {
    limit: 255,
    what: "DashboardName: maximum length 255, characters A-Z a-z 0-9 - _",
    source:
      "https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutDashboard.html",
    read: READ,
  },
} as const satisfies Record<string, CloudWatchQuota>;

/** The longest evaluation range (period x evaluation periods) CloudWatch allows for `period`. */
export function maxEvaluationSeconds(period: number): number {
  return period < 3600
    ? CLOUDWATCH_QUOTAS.evaluationSecondsShortPeriods.limit
    : CLOUDWATCH_QUOTAS.evaluationSeconds.limit;
}
