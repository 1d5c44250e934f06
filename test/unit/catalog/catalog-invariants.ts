import { maxEvaluationSeconds } from "../../../lib/aws/cloudwatch-quotas";
import type { AlarmDefault, DefaultThreshold } from "../../../lib/catalog/alarm-default";

const STATISTICS = new Set(["Average", "Sum", "Minimum", "Maximum", "SampleCount"]);
const PERCENTILE = /^p(100|\d{1,2}(\.\d+)?)$/;
const MISSING_DATA = new Set(["missing", "notBreaching", "breaching", "ignore"]);

/**
 * The structural problems of one service's catalog list, one readable line each; empty when the
 * list is sound. Kept apart from the test so the test can also feed it broken entries.
 */
export function catalogProblems(service: string, entries: readonly AlarmDefault[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const at = `${service}.${entry.key}`;
    const report = (message: string) => problems.push(`${at}: ${message}`);
    if (seen.has(entry.key)) report("duplicate key");
    seen.add(entry.key);
    if (!/^[a-z][A-Za-z0-9]*$/.test(entry.key)) report("key is not camelCase");
    if (!entry.namespace || !entry.metricName) report("namespace and metricName are required");
    if (!STATISTICS.has(entry.statistic) && !PERCENTILE.test(entry.statistic)) {
      report(`unknown statistic ${entry.statistic}`);
    }
    if (!validPeriod(entry.period)) report(`period ${entry.period} is not 10, 30 or k*60`);
    if (!Number.isInteger(entry.evaluationPeriods) || entry.evaluationPeriods < 1) {
      report("evaluationPeriods must be a positive integer");
    }
    if (
      !Number.isInteger(entry.datapointsToAlarm) ||
      entry.datapointsToAlarm < 1 ||
      entry.datapointsToAlarm > entry.evaluationPeriods
    ) {
      report("datapointsToAlarm must be an integer in 1..evaluationPeriods");
    }
    if (entry.period * entry.evaluationPeriods > maxEvaluationSeconds(entry.period)) {
      report("period x evaluationPeriods exceeds CloudWatch's evaluation range");
    }
    if (!MISSING_DATA.has(entry.treatMissingData)) report("unknown treatMissingData");
    if (!entry.unit) report("unit is required");
    if (!/\S.*\.$/.test(entry.description)) report("description must be a sentence");
    if (!/^https:\/\/\S+$/.test(entry.source.url) || !entry.source.ref) {
      report("source needs a ref and an https URL");
    }
    const { warning, critical } = entry.thresholds;
    for (const threshold of [warning, critical]) {
      const problem = thresholdProblem(threshold);
      if (problem) report(problem);
    }
    if (entry.enabledByDefault && warning === undefined && critical === undefined) {
      report("enabled by default but has no threshold");
    }
    const order = severityOrderProblem(entry, warning, critical);
    if (order) report(order);
  }
  return problems;
}

function validPeriod(period: number): boolean {
  return (
    period === 10 || period === 30 || (Number.isInteger(period) && period > 0 && period % 60 === 0)
  );
}

function thresholdProblem(threshold: DefaultThreshold | undefined): string | undefined {
  if (threshold === undefined) return undefined;
  if (typeof threshold === "number") {
    return Number.isFinite(threshold) ? undefined : "threshold is not a finite number";
  }
  if (!threshold.percentOf) return "percentOf names no input";
  const { percent } = threshold;
  return Number.isFinite(percent) && percent > 0 && percent <= 100
    ? undefined
    : `percent ${percent} is outside (0, 100]`;
}

/** Warning must fire before critical: lower for "greater than" alarms, higher for "less than". */
function severityOrderProblem(
  entry: AlarmDefault,
  warning: DefaultThreshold | undefined,
  critical: DefaultThreshold | undefined,
): string | undefined {
  if (warning === undefined || critical === undefined) return undefined;
  const w = comparable(warning);
  const c = comparable(critical);
  if (w.input !== c.input) return "warning and critical are not comparable (different inputs)";
  const greater = entry.comparisonOperator.startsWith("Greater");
  const ok = greater ? w.value < c.value : w.value > c.value;
  return ok ? undefined : "warning must be less severe than critical in the operator's direction";
}

function comparable(threshold: DefaultThreshold): { input: string; value: number } {
  return typeof threshold === "number"
    ? { input: "", value: threshold }
    : { input: threshold.percentOf, value: threshold.percent };
}
