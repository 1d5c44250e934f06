/**
 * A maintenance window on Azure: one `azurerm_monitor_alert_processing_rule_suppression` over the
 * resources the window's alerts watch, with the window's schedule in UTC. Alert processing rules
 * recur daily, weekly (on days of the week) or monthly (on days of the month), each run within
 * one day; what they cannot say is a synth error naming the option.
 */
import type { MonitorAlertProcessingRuleSuppressionScheduleRecurrence } from "@cdktf/provider-azurerm/lib/monitor-alert-processing-rule-suppression";
import type { MonitorMetricAlert } from "@cdktf/provider-azurerm/lib/monitor-metric-alert";
import type { AlarmFacade, CreatedAlarm, SuppressionRequest } from "../core/alarm-cloud";
import { MonitoringConfigError, type ConfigProblem } from "../core/config-error";
import { constructId } from "../core/construct-id";
import type { MaintenanceWeekday, NormalizedSchedule } from "../core/maintenance-schedule";
import { MONTHS, WEEKDAYS } from "../provider/schema";
import { rfc3339, secondsOfDay, timeOfDay } from "../provider/time";
import { azurermBindings } from "./provider-bindings";

const DAY = 86_400;

/** Azure's wall-clock date-time without offset, read in `time_zone = "UTC"`. */
const utcWallClock = (unix: number) => rfc3339(unix).replace(/Z$/, "");
const clock = (seconds: number) => (seconds >= DAY ? "23:59:59" : `${timeOfDay(seconds)}:00`);
const azureDay = (d: MaintenanceWeekday) => d.charAt(0).toUpperCase() + d.slice(1);
const nextDay = (d: MaintenanceWeekday) => WEEKDAYS[(WEEKDAYS.indexOf(d) + 1) % WEEKDAYS.length]!;

/** Each run's time span within its first day, and the part after midnight, if any. */
function spans(schedule: NormalizedSchedule & { readonly startTime: string }) {
  const start = secondsOfDay(schedule.startTime);
  const end = start + schedule.duration;
  return {
    sameDay: { startTime: clock(start), endTime: clock(Math.min(end, DAY)) },
    nextDay: end > DAY ? { startTime: "00:00:00", endTime: clock(end - DAY) } : undefined,
  };
}

/** The recurrence block of a recurring schedule, or the problems that keep Azure from it. */
function recurrenceOf(
  schedule: NormalizedSchedule,
): MonitorAlertProcessingRuleSuppressionScheduleRecurrence | ConfigProblem[] {
  if (schedule.type === "one_time") return {};
  const problems: ConfigProblem[] = [];
  const refuse = (option: string, message: string) =>
    problems.push({ option: `schedule.${option}`, message });
  if (schedule.duration >= DAY)
    refuse(
      "duration",
      "an Azure alert processing rule's recurring run lasts less than a day; allowed: under 24h (or a one-off window)",
    );
  if ((schedule.type === "daily" || schedule.type === "weekly") && schedule.interval !== 1)
    refuse(
      "interval",
      "Azure alert processing rules recur every day or every week; allowed: 1 (the default)",
    );
  if (schedule.type === "monthly") {
    if ("daysOfWeek" in schedule.on)
      refuse(
        "daysOfWeek",
        "Azure alert processing rules recur monthly on days of the month only; allowed: dayOfMonth",
      );
    if (schedule.months.length !== MONTHS.length)
      refuse(
        "months",
        "Azure alert processing rules recur in every month; allowed: every month (leave months out)",
      );
  }
  if (problems.length > 0) return problems;

  const { sameDay, nextDay: overnight } = spans(schedule);
  if (schedule.type === "daily") return { daily: overnight ? [sameDay, overnight] : [sameDay] };
  if (schedule.type === "weekly") {
    return {
      weekly: [
        { daysOfWeek: schedule.daysOfWeek.map(azureDay), ...sameDay },
        ...(overnight
          ? [{ daysOfWeek: schedule.daysOfWeek.map((d) => azureDay(nextDay(d))), ...overnight }]
          : []),
      ],
    };
  }
  const day = "dayOfMonth" in schedule.on ? schedule.on.dayOfMonth : 1;
  if (overnight && day === 31) {
    return [
      {
        option: "schedule.dayOfMonth",
        message:
          "a run from the 31st past midnight continues on the 1st of the next month, which Azure alert processing rules cannot say; allowed: 1-30, or a run that ends by midnight",
      },
    ];
  }
  return {
    monthly: [
      { daysOfMonth: [day], ...sameDay },
      ...(overnight ? [{ daysOfMonth: [day + 1], ...overnight }] : []),
    ],
  };
}

/** The resource ids the alerts watch, once each, in the alerts' order. */
function scopesOf(alarms: readonly CreatedAlarm[]): string[] {
  const scopes = new Set<string>();
  for (const { alarm } of alarms)
    for (const scope of (alarm as MonitorMetricAlert).scopesInput ?? []) scopes.add(scope);
  return [...scopes];
}

/**
 * The window's suppression rule, in `resourceGroupName` or else the first alert's resource group.
 */
export function suppressAlerts(
  facade: AlarmFacade,
  request: SuppressionRequest,
  alarms: readonly CreatedAlarm[],
  resourceGroupName: string | undefined,
): void {
  const recurrence = recurrenceOf(request.schedule);
  if (Array.isArray(recurrence))
    throw new MonitoringConfigError(facade.node.path, request.call, recurrence);
  const s = request.schedule;
  const oneOff = s.type === "one_time";
  new azurermBindings.MonitorAlertProcessingRuleSuppression(
    facade,
    constructId(`${request.id.replace(/\//g, "_")}-suppression`),
    {
      name: request.name,
      description: request.description,
      resourceGroupName:
        resourceGroupName ?? (alarms[0]!.alarm as MonitorMetricAlert).resourceGroupNameInput!,
      scopes: scopesOf(alarms),
      schedule: {
        effectiveFrom: utcWallClock(oneOff ? s.start : s.activeSince),
        effectiveUntil: utcWallClock(oneOff ? s.start + s.duration : s.activeTill),
        timeZone: "UTC",
        ...(oneOff ? {} : { recurrence }),
      },
    },
  );
}
