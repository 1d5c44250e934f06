import type { AlarmSpec } from "../core/alarm-spec";
import type { ConfigProblem } from "../core/config-error";
import type { Severity } from "../core/severity";
import { CLOUDWATCH_QUOTAS } from "./cloudwatch-quotas";

/**
 * What CloudWatch would reject of one alarm's metric queries: more metrics, expressions or
 * queries in a metric-math alarm than PutMetricAlarm takes.
 */
export function mathQuotaProblems(spec: AlarmSpec): ConfigProblem[] {
  if (!spec.math) return [];
  const metrics = spec.math.metrics.length;
  const expressions = spec.anomalyBand === undefined ? 1 : 2;
  const counts = [
    ["metrics", metrics, CLOUDWATCH_QUOTAS.metricsPerMathAlarm],
    ["expressions", expressions, CLOUDWATCH_QUOTAS.expressionsPerMathAlarm],
    ["metric queries", metrics + expressions, CLOUDWATCH_QUOTAS.queriesPerMathAlarm],
  ] as const;
  return counts
    .filter(([, count, quota]) => count > quota.limit)
    .map(([what, count, quota]) => ({
      option: `${spec.key}.math`,
      message: `the metric-math alarm ${spec.name} has ${count} ${what}; allowed: 1..${quota.limit} (${quota.source})`,
    }));
}

/** What CloudWatch would reject of the actions one severity's alarms notify. */
export function actionQuotaProblems(
  severity: Severity,
  actions: readonly string[],
): ConfigProblem[] {
  const quota = CLOUDWATCH_QUOTAS.actionsPerState;
  if (actions.length <= quota.limit) return [];
  return [
    {
      option: `notify.${severity}`,
      message: `gives CloudWatch alarms ${actions.length} actions (one SNS topic for the e-mail and webhook channels, plus each Notify.topicArn()); allowed: 1..${quota.limit} per alarm state (${quota.source})`,
    },
  ];
}
