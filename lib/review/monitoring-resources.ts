import type { JsonValue } from "./plan-types";
import type { PlanSide } from "./plan-values";
import { knownValue, readValue } from "./plan-values";
import type { MonitoringKind } from "./review-model";
import { UNGROUPED } from "./review-model";
import { groupFromTags, SEVERITY_TAG_KEYS, tagValue } from "./service-group";

/** A field the review compares: its name in the report and where it lives in the resource. */
export interface TrackedField {
  readonly field: string;
  readonly path: readonly (string | number)[];
  /** A set in the provider's schema: compared without regard to order. */
  readonly set?: boolean;
  /** Shown for added and removed objects, not only when it changes. */
  readonly summary?: boolean;
}

/** What the review needs to know about one alarm, in the same words for every cloud. */
export interface AlarmSemantics {
  readonly threshold?: number;
  readonly operator?: string;
  readonly datapoints?: number;
  readonly evaluationPeriods?: number;
  readonly treatMissingData?: string;
  /** Notification actions when the alarm fires; undefined when unknown until apply. */
  readonly actions?: readonly string[];
  readonly enabled?: boolean;
  /** Seconds of data one evaluation looks at (Azure `window_size`). */
  readonly window?: number;
  /** Seconds between evaluations (Azure `frequency`). */
  readonly frequency?: number;
  /** Azure severity: 0 is the most urgent, 4 the least. */
  readonly severityLevel?: number;
  /** Dynamic threshold sensitivity (`Low`, `Medium`, `High`). */
  readonly sensitivity?: string;
}

/** How the review reads one resource type. */
export interface MonitoringResourceType {
  readonly kind: MonitoringKind;
  readonly fields: readonly TrackedField[];
  name(side: PlanSide): string | undefined;
  /** The service group named by the resource itself (tags, its own name). */
  group(side: PlanSide): string;
  /** The group is the first `monitoring_group` whose id is in the `groups` attribute. */
  readonly groupedByIds?: boolean;
  severity?(side: PlanSide): string | undefined;
  alarm?(side: PlanSide): AlarmSemantics;
}

const f = (
  field: string,
  options: Omit<TrackedField, "field" | "path"> & { path?: TrackedField["path"] } = {},
) => ({
  field,
  path: options.path ?? [field],
  ...options,
});

const str = (side: PlanSide, ...path: (string | number)[]): string | undefined => {
  const v = knownValue(side, path);
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined;
};
const num = (v: JsonValue | undefined): number | undefined =>
  typeof v === "number" ? v : undefined;
/** The strings of a list attribute; undefined while any of it is unknown until apply. */
const strings = (side: PlanSide, path: readonly (string | number)[]): string[] | undefined => {
  const read = readValue(side, path);
  if (!("value" in read)) return undefined;
  return Array.isArray(read.value) ? read.value.map(String) : [];
};

const tagsGroup = (side: PlanSide) => groupFromTags(knownValue(side, ["tags"]));
/** Severity from tags, else from the library's alarm names `<prefix>-<resource>-<metric>-<severity>`. */
const tagsSeverity = (side: PlanSide) =>
  tagValue(knownValue(side, ["tags"]), SEVERITY_TAG_KEYS) ??
  /-(critical|warning)$/.exec(str(side, "alarm_name") ?? "")?.[1];

const cloudwatchActions = [
  f("alarm_actions", { set: true, summary: true }),
  f("ok_actions", { set: true }),
  f("insufficient_data_actions", { set: true }),
  f("actions_enabled"),
];

const metricAlarm: MonitoringResourceType = {
  kind: "alarm",
  fields: [
    f("alarm_name"),
    f("namespace", { summary: true }),
    f("metric_name", { summary: true }),
    f("dimensions", { summary: true }),
    f("metric_query"),
    f("statistic", { summary: true }),
    f("extended_statistic", { summary: true }),
    f("comparison_operator", { summary: true }),
    f("threshold", { summary: true }),
    f("threshold_metric_id"),
    f("period", { summary: true }),
    f("datapoints_to_alarm", { summary: true }),
    f("evaluation_periods", { summary: true }),
    f("treat_missing_data", { summary: true }),
    ...cloudwatchActions,
  ],
  name: (side) => str(side, "alarm_name"),
  group: tagsGroup,
  severity: tagsSeverity,
  alarm: (side) => ({
    threshold: num(knownValue(side, ["threshold"])),
    operator: str(side, "comparison_operator"),
    evaluationPeriods: num(knownValue(side, ["evaluation_periods"])),
    datapoints:
      num(knownValue(side, ["datapoints_to_alarm"])) ??
      num(knownValue(side, ["evaluation_periods"])),
    treatMissingData: str(side, "treat_missing_data") ?? "missing",
    actions: strings(side, ["alarm_actions"]),
    enabled: knownValue(side, ["actions_enabled"]) !== false,
  }),
};

const compositeAlarm: MonitoringResourceType = {
  kind: "alarm",
  fields: [
    f("alarm_name"),
    f("alarm_rule", { summary: true }),
    ...cloudwatchActions,
    f("actions_suppressor"),
  ],
  name: (side) => str(side, "alarm_name"),
  group: tagsGroup,
  severity: tagsSeverity,
  alarm: (side) => ({
    actions: strings(side, ["alarm_actions"]),
    enabled: knownValue(side, ["actions_enabled"]) !== false,
  }),
};

const criterion = (key: string, summary = true) =>
  f(`criteria.${key}`, { path: ["criteria", 0, key], summary });
const azureMetricAlert: MonitoringResourceType = {
  kind: "alarm",
  fields: [
    f("name"),
    f("scopes", { set: true, summary: true }),
    criterion("metric_namespace"),
    criterion("metric_name"),
    criterion("aggregation"),
    criterion("operator"),
    criterion("threshold"),
    criterion("dimension", false),
    f("dynamic_criteria"),
    f("severity", { summary: true }),
    f("frequency", { summary: true }),
    f("window_size", { summary: true }),
    f("auto_mitigate"),
    f("action", { set: true, summary: true }),
    f("enabled", { summary: true }),
  ],
  name: (side) => str(side, "name"),
  group: tagsGroup,
  severity: (side) =>
    tagsSeverity(side) ??
    (str(side, "severity") !== undefined ? `sev${str(side, "severity")}` : undefined),
  alarm: (side) => {
    const actions = readValue(side, ["action"]);
    const dynamic = knownValue(side, ["dynamic_criteria", 0]) !== undefined;
    return {
      threshold: num(knownValue(side, ["criteria", 0, "threshold"])),
      operator: azureOperator(
        dynamic
          ? str(side, "dynamic_criteria", 0, "operator")
          : str(side, "criteria", 0, "operator"),
      ),
      ...(dynamic
        ? {
            datapoints: num(knownValue(side, ["dynamic_criteria", 0, "evaluation_failure_count"])),
            evaluationPeriods: num(
              knownValue(side, ["dynamic_criteria", 0, "evaluation_total_count"]),
            ),
            sensitivity: str(side, "dynamic_criteria", 0, "alert_sensitivity"),
          }
        : {}),
      window: isoSeconds(str(side, "window_size")),
      frequency: isoSeconds(str(side, "frequency")),
      severityLevel: num(knownValue(side, ["severity"])),
      actions: !("value" in actions)
        ? undefined
        : Array.isArray(actions.value)
          ? actions.value.map((a) =>
              String((a as Record<string, JsonValue>)?.action_group_id ?? ""),
            )
          : [],
      enabled: knownValue(side, ["enabled"]) !== false,
    };
  },
};

/** Seconds of an ISO 8601 duration as Azure writes them (`PT5M`, `PT1H`, `P1D`). */
function isoSeconds(duration: string | undefined): number | undefined {
  const match = duration?.match(/^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/);
  if (!match) return undefined;
  const [, days, hours, minutes] = match.map((part) => Number(part ?? 0));
  return days! * 86_400 + hours! * 3600 + minutes! * 60;
}

/** Maps Azure Monitor operators to CloudWatch's words, so one rule decides "loosened". */
function azureOperator(op: string | undefined): string | undefined {
  const map: Record<string, string> = {
    GreaterThan: "GreaterThanThreshold",
    GreaterThanOrEqual: "GreaterThanOrEqualToThreshold",
    LessThan: "LessThanThreshold",
    LessThanOrEqual: "LessThanOrEqualToThreshold",
  };
  return op === undefined ? undefined : (map[op] ?? op);
}

const target: MonitoringResourceType = {
  kind: "target",
  fields: [
    "kind",
    "display_name",
    "templates",
    "address",
    "port",
    "groups",
    "thresholds",
    "tags",
    "enabled",
  ].map((k) =>
    f(k, {
      summary: k !== "templates" && k !== "display_name",
      set: k === "groups" || k === "templates",
    }),
  ),
  name: (side) => str(side, "name"),
  group: () => UNGROUPED,
  groupedByIds: true,
};

const backendGroup: MonitoringResourceType = {
  kind: "group",
  fields: [f("name")],
  name: (side) => str(side, "name"),
  group: (side) => str(side, "name") ?? UNGROUPED,
};

const backendDashboard: MonitoringResourceType = {
  kind: "dashboard",
  fields: [f("name"), f("groups", { set: true, summary: true })],
  name: (side) => str(side, "name"),
  group: () => UNGROUPED,
  groupedByIds: true,
};

const cloudwatchDashboard: MonitoringResourceType = {
  kind: "dashboard",
  fields: [f("dashboard_name")],
  name: (side) => str(side, "dashboard_name"),
  group: () => UNGROUPED,
};

const portalDashboard: MonitoringResourceType = {
  kind: "dashboard",
  fields: [
    f("name"),
    f("resource_group_name", { summary: true }),
    f("location", { summary: true }),
  ],
  name: (side) => str(side, "name"),
  group: () => UNGROUPED,
};

const snsTopic: MonitoringResourceType = {
  kind: "channel",
  fields: [f("name"), f("display_name"), f("fifo_topic"), f("kms_master_key_id")],
  name: (side) => str(side, "name"),
  group: tagsGroup,
};

const snsSubscription: MonitoringResourceType = {
  kind: "channel",
  fields: [
    f("protocol", { summary: true }),
    f("endpoint", { summary: true }),
    f("topic_arn", { summary: true }),
  ],
  name: (side) => {
    const protocol = str(side, "protocol");
    const endpoint = str(side, "endpoint");
    return protocol && endpoint ? `${endpoint} (${protocol})` : protocol;
  },
  group: () => UNGROUPED,
};

const actionGroup: MonitoringResourceType = {
  kind: "channel",
  fields: [
    f("name"),
    f("short_name", { summary: true }),
    f("enabled", { summary: true }),
    f("email_receiver", { summary: true }),
    f("webhook_receiver", { summary: true }),
    f("sms_receiver"),
  ],
  name: (side) => str(side, "name"),
  group: tagsGroup,
};

const backendMaintenance: MonitoringResourceType = {
  kind: "maintenance",
  fields: [
    f("name"),
    f("groups", { set: true, summary: true }),
    f("targets", { set: true, summary: true }),
    f("collect_data", { summary: true }),
    f("active_since", { summary: true }),
    f("active_till", { summary: true }),
    f("period_type", { summary: true }),
    f("start", { summary: true }),
    f("start_time", { summary: true }),
    f("duration", { summary: true }),
    f("every"),
    f("days_of_week", { set: true, summary: true }),
    f("week_of_month"),
    f("day_of_month"),
    f("months", { set: true }),
  ],
  name: (side) => str(side, "name"),
  group: () => UNGROUPED,
  groupedByIds: true,
};

const alertSuppression: MonitoringResourceType = {
  kind: "maintenance",
  fields: [
    f("name"),
    f("scopes", { set: true, summary: true }),
    f("enabled", { summary: true }),
    f("schedule", { summary: true }),
    f("condition"),
  ],
  name: (side) => str(side, "name"),
  group: tagsGroup,
};

/** The resource types the review reports on, by Terraform type. */
export const MONITORING_RESOURCE_TYPES: Readonly<Record<string, MonitoringResourceType>> = {
  aws_cloudwatch_metric_alarm: metricAlarm,
  aws_cloudwatch_composite_alarm: compositeAlarm,
  azurerm_monitor_metric_alert: azureMetricAlert,
  monitoring_target: target,
  monitoring_group: backendGroup,
  monitoring_dashboard: backendDashboard,
  aws_cloudwatch_dashboard: cloudwatchDashboard,
  azurerm_portal_dashboard: portalDashboard,
  aws_sns_topic: snsTopic,
  aws_sns_topic_subscription: snsSubscription,
  azurerm_monitor_action_group: actionGroup,
  monitoring_maintenance: backendMaintenance,
  azurerm_monitor_alert_processing_rule_suppression: alertSuppression,
};
