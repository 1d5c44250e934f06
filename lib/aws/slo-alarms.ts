import type { CloudwatchCompositeAlarm } from "@cdktf/provider-aws/lib/cloudwatch-composite-alarm";
import type { CloudwatchMetricAlarm } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm";
import type { Construct } from "constructs";
import type { ConfigProblem } from "../core/config-error";
import { constructId } from "../core/construct-id";
import {
  durationWords,
  type PlannedBurnRateAlert,
  type PlannedSlo,
  type SloMetric,
} from "../core/slo";
import type { Severity } from "../core/severity";
import { SEVERITY_TAG } from "../core/tag-keys";
import { isValidPeriod } from "./cloudwatch-alarm-rules";
import { CLOUDWATCH_QUOTAS, maxEvaluationSeconds } from "./cloudwatch-quotas";
import { awsBindings } from "./provider-bindings";

/** One burn-rate alert as CloudWatch alarms: a metric alarm per window, ANDed by a composite. */
export interface SloBurnRateAlarm {
  /** The alert: factor, windows, severity and error-ratio threshold. */
  readonly alert: PlannedBurnRateAlert;
  /** Error ratio over the long window above the alert's threshold; no actions of its own. */
  readonly longWindow: CloudwatchMetricAlarm;
  /** Error ratio over the short window above the alert's threshold; no actions of its own. */
  readonly shortWindow: CloudwatchMetricAlarm;
  /** `ALARM(long) AND ALARM(short)`: notifies the alert's severity. */
  readonly alarm: CloudwatchCompositeAlarm;
}

/** What `addSlo()` created. */
export interface SloAlarms {
  /** The objective, with its error budget and each alert's threshold. */
  readonly slo: PlannedSlo;
  /** One entry per burn-rate alert, in the order given. */
  readonly burnRateAlarms: readonly SloBurnRateAlarm[];
}

/** Id of the error-ratio expression in an SLO alarm's (and widget's) metric queries. */
export const ERROR_RATIO_ID = "error_ratio";

/** A metric of an SLO indicator with the id it has in metric queries. */
export interface SloQueryMetric {
  readonly id: string;
  readonly metric: SloMetric;
}

/** The indicator's metrics with their query ids (`good1`.., `bad1`.., `total`), and the error ratio over them. */
export function errorRatioQuery(slo: PlannedSlo): {
  readonly metrics: readonly SloQueryMetric[];
  readonly expression: string;
} {
  const { good, bad, total } = slo.indicator;
  const listOf = (m: SloMetric | readonly SloMetric[] | undefined): readonly SloMetric[] =>
    m === undefined ? [] : Array.isArray(m) ? (m as readonly SloMetric[]) : [m as SloMetric];
  const numerator = good !== undefined ? "good" : "bad";
  const parts = listOf(good ?? bad).map((metric, i) => ({ id: `${numerator}${i + 1}`, metric }));
  const sum = parts.map((p) => `FILL(${p.id},0)`).join("+");
  const share = parts.length > 1 ? `(${sum})/total` : `${sum}/total`;
  const expression = `IF(total>0,${numerator === "good" ? `1-${share}` : share},0)`;
  return { metrics: [...parts, { id: "total", metric: total }], expression };
}

/** What CloudWatch would reject of an SLO's alarms: windows, metric count, name length. */
export function sloQuotaProblems(prefix: string, slo: PlannedSlo): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const metrics = errorRatioQuery(slo).metrics.length;
  const quota = CLOUDWATCH_QUOTAS.metricsPerMathAlarm;
  if (metrics > quota.limit) {
    problems.push({
      option: "indicator",
      message: `reads ${metrics} metrics; allowed: 1..${quota.limit} in one metric-math alarm (${quota.source})`,
    });
  }
  slo.alerts.forEach((alert, i) => {
    for (const [field, window, seconds] of [
      ["longWindow", alert.longWindow, alert.longSeconds],
      ["shortWindow", alert.shortWindow, alert.shortSeconds],
    ] as const) {
      const max = maxEvaluationSeconds(seconds);
      if (!isValidPeriod(seconds) || seconds > max) {
        problems.push({
          option: `burnRateAlerts[${i}].${field}`,
          message: `${window} is the period of a CloudWatch alarm evaluated once; allowed: a multiple of 1 minute, at most ${durationWords(`${max / 86_400}d`)} (${CLOUDWATCH_QUOTAS.evaluationSeconds.source})`,
        });
      }
    }
  });
  const longest = Math.max(...slo.alerts.map((a) => compositeName(prefix, slo, a).length));
  const nameQuota = CLOUDWATCH_QUOTAS.alarmNameLength;
  if (longest > nameQuota.limit) {
    problems.push({
      option: "id",
      message: `makes alarm names of ${longest} characters; allowed: at most ${nameQuota.limit} (${nameQuota.source})`,
    });
  }
  const descriptionQuota = CLOUDWATCH_QUOTAS.alarmDescriptionLength;
  const longestDescription = Math.max(...slo.alerts.map((a) => burnRateDescription(slo, a).length));
  if (longestDescription > descriptionQuota.limit) {
    problems.push({
      option: "description",
      message: `makes alarm descriptions of ${longestDescription} characters; allowed: at most ${descriptionQuota.limit} with the burn-rate condition (${descriptionQuota.source})`,
    });
  }
  return problems;
}

function factorName(factor: number): string {
  return `${factor}x`;
}

function windowAlarmName(prefix: string, slo: PlannedSlo, factor: number, window: string): string {
  return `${prefix}-slo-${slo.id}-${factorName(factor)}-${window}`;
}

function compositeName(prefix: string, slo: PlannedSlo, alert: PlannedBurnRateAlert): string {
  return `${prefix}-slo-${slo.id}-${factorName(alert.factor)}-${alert.longWindow}-${alert.shortWindow}`;
}

/** The share of the whole window's budget an alert's long window burns, e.g. 2 % for 14.4× over 1 h of 30 d. */
export function budgetSpent(slo: PlannedSlo, alert: PlannedBurnRateAlert): number {
  return Number(((alert.factor * alert.longSeconds) / slo.windowSeconds).toPrecision(12));
}

/** What a burn-rate alert's notification says: the SLO, the burn rate, both windows and the budget spent. */
function burnRateDescription(slo: PlannedSlo, alert: PlannedBurnRateAlert): string {
  const percent = Number((budgetSpent(slo, alert) * 100).toPrecision(6));
  return (
    `SLO ${slo.id}: ${slo.description}. The error budget burns at ${alert.factor}× the sustainable rate over ` +
    `${durationWords(alert.longWindow)} and ${durationWords(alert.shortWindow)} (error ratio > ${alert.errorRatioThreshold} over both), ` +
    `${percent} % of the ${durationWords(slo.window)} budget in ${durationWords(alert.longWindow)} (${alert.severity}).`
  );
}

/**
 * Creates an SLO's alarms: per burn-rate alert, a metric-math alarm on the error ratio over each
 * window (period = the window, one period evaluated; a window alarm shared by alerts of the same
 * factor and window is made once), and a composite alarm that fires when both do, with the
 * actions of the alert's severity.
 */
export function createSloAlarms(
  scope: Construct,
  prefix: string,
  slo: PlannedSlo,
  actionsFor: (severity: Severity) => readonly string[],
  notifyOnOk: boolean,
): SloAlarms {
  const query = errorRatioQuery(slo);
  const windowAlarms = new Map<string, CloudwatchMetricAlarm>();
  const windowAlarm = (alert: PlannedBurnRateAlert, window: string, seconds: number) => {
    const name = windowAlarmName(prefix, slo, alert.factor, window);
    let alarm = windowAlarms.get(name);
    if (alarm) return alarm;
    alarm = new awsBindings.CloudwatchMetricAlarm(
      scope,
      constructId(name.slice(prefix.length + 1)),
      {
        alarmName: name,
        alarmDescription:
          `SLO ${slo.id}: error ratio over ${durationWords(window)} above ${alert.errorRatioThreshold} ` +
          `(burn rate ${alert.factor}× of the ${slo.errorBudget} budget). Part of a burn-rate alert; notifies nobody itself.`,
        comparisonOperator: "GreaterThanThreshold",
        threshold: alert.errorRatioThreshold,
        evaluationPeriods: 1,
        datapointsToAlarm: 1,
        treatMissingData: "notBreaching",
        metricQuery: [
          ...query.metrics.map(({ id, metric }) => ({
            id,
            returnData: false,
            metric: {
              namespace: metric.namespace,
              metricName: metric.metricName,
              stat: metric.statistic,
              period: seconds,
              dimensions: { ...metric.dimensions },
            },
          })),
          {
            id: ERROR_RATIO_ID,
            expression: query.expression,
            label: `error ratio over ${window}`,
            returnData: true,
          },
        ],
      },
    );
    windowAlarms.set(name, alarm);
    return alarm;
  };
  const burnRateAlarms = slo.alerts.map((alert) => {
    const longWindow = windowAlarm(alert, alert.longWindow, alert.longSeconds);
    const shortWindow = windowAlarm(alert, alert.shortWindow, alert.shortSeconds);
    const name = compositeName(prefix, slo, alert);
    const actions = actionsFor(alert.severity);
    const alarmActions = actions.length > 0 ? [...actions] : undefined;
    const alarm = new awsBindings.CloudwatchCompositeAlarm(
      scope,
      constructId(name.slice(prefix.length + 1)),
      {
        alarmName: name,
        alarmDescription: burnRateDescription(slo, alert),
        alarmRule: `ALARM("${windowAlarmName(prefix, slo, alert.factor, alert.longWindow)}") AND ALARM("${windowAlarmName(prefix, slo, alert.factor, alert.shortWindow)}")`,
        alarmActions,
        okActions: notifyOnOk ? alarmActions : undefined,
        tags: { [SEVERITY_TAG]: alert.severity },
        dependsOn: [longWindow, shortWindow],
      },
    );
    return { alert, longWindow, shortWindow, alarm };
  });
  return { slo, burnRateAlarms };
}
