import type { AlarmSemantics } from "./monitoring-resources";

/** How strongly a missing-data treatment alerts: lower alerts less. */
const MISSING_DATA_RANK: Readonly<Record<string, number>> = {
  breaching: 3,
  missing: 2,
  ignore: 2,
  notBreaching: 1,
};

const alertsAbove = (op: string | undefined) => op?.startsWith("GreaterThan") ?? false;
const alertsBelow = (op: string | undefined) => op?.startsWith("LessThan") ?? false;
const inclusive = (op: string | undefined) => op?.includes("OrEqual") ?? false;

/**
 * Reasons why an alarm alerts less after the change than before: the threshold moved away
 * in the operator's direction, an inclusive operator became strict, more breaching datapoints
 * are needed, missing data counts as breaching less often, or (Azure) the window or frequency
 * grew, the severity or the dynamic sensitivity dropped. Empty when it does not.
 */
export function loosenings(before: AlarmSemantics, after: AlarmSemantics): string[] {
  const reasons: string[] = [];
  const { threshold: t0, operator: op0 } = before;
  const { threshold: t1, operator: op1 } = after;
  if (t0 !== undefined && t1 !== undefined && t0 !== t1) {
    const sameDirection =
      (alertsAbove(op0) && alertsAbove(op1)) || (alertsBelow(op0) && alertsBelow(op1));
    if (sameDirection && (alertsAbove(op1) ? t1 > t0 : t1 < t0)) {
      reasons.push(
        `threshold ${t0} → ${t1} with ${op1} alerts ${alertsAbove(op1) ? "only higher" : "only lower"}`,
      );
    }
  }
  if (
    op0 !== op1 &&
    inclusive(op0) &&
    !inclusive(op1) &&
    op0?.replace("OrEqualTo", "") === op1 &&
    t0 === t1
  ) {
    reasons.push(`operator ${op0} → ${op1} no longer alerts at the threshold itself`);
  }
  const { datapoints: d0, evaluationPeriods: n0 } = before;
  const { datapoints: d1, evaluationPeriods: n1 } = after;
  if (d0 !== undefined && d1 !== undefined && d1 > d0) {
    reasons.push(`datapoints to alarm ${d0} → ${d1} needs more breaching periods`);
  } else if (d0 === d1 && n0 !== undefined && n1 !== undefined && n1 < n0) {
    reasons.push(
      `evaluation periods ${n0} → ${n1} with ${d1} datapoints gives fewer chances to alarm`,
    );
  }
  reasons.push(...azureLoosenings(before, after));
  const m0 = MISSING_DATA_RANK[before.treatMissingData ?? ""];
  const m1 = MISSING_DATA_RANK[after.treatMissingData ?? ""];
  if (m0 !== undefined && m1 !== undefined && m1 < m0) {
    reasons.push(
      `treat_missing_data ${before.treatMissingData} → ${after.treatMissingData} counts missing data as breaching less`,
    );
  }
  return reasons;
}

/** How readily a dynamic threshold alerts: lower alerts less. */
const SENSITIVITY_RANK: Readonly<Record<string, number>> = { High: 3, Medium: 2, Low: 1 };

const seconds = (value: number): string =>
  value % 3600 === 0 ? `${value / 3600} h` : `${value / 60} min`;

/** Azure Monitor's ways of alerting less: a longer window or frequency, a lower severity or sensitivity. */
function azureLoosenings(before: AlarmSemantics, after: AlarmSemantics): string[] {
  const reasons: string[] = [];
  if (before.window !== undefined && after.window !== undefined && after.window > before.window) {
    reasons.push(
      `window_size ${seconds(before.window)} → ${seconds(after.window)} averages a spike away over a longer window`,
    );
  }
  if (
    before.frequency !== undefined &&
    after.frequency !== undefined &&
    after.frequency > before.frequency
  ) {
    reasons.push(
      `frequency ${seconds(before.frequency)} → ${seconds(after.frequency)} evaluates less often, so it alerts later`,
    );
  }
  if (
    before.severityLevel !== undefined &&
    after.severityLevel !== undefined &&
    after.severityLevel > before.severityLevel
  ) {
    reasons.push(`severity ${before.severityLevel} → ${after.severityLevel} ranks it less urgent`);
  }
  const s0 = SENSITIVITY_RANK[before.sensitivity ?? ""];
  const s1 = SENSITIVITY_RANK[after.sensitivity ?? ""];
  if (s0 !== undefined && s1 !== undefined && s1 < s0) {
    reasons.push(
      `alert_sensitivity ${before.sensitivity} → ${after.sensitivity} alerts only on larger deviations`,
    );
  }
  if (
    before.operator === "GreaterOrLessThan" &&
    after.operator !== before.operator &&
    after.operator
  ) {
    reasons.push(
      `operator GreaterOrLessThan → ${after.operator} alerts on one side of the band only`,
    );
  }
  return reasons;
}

/** Actions present before and gone after, when nothing takes their place; empty when actions are unknown. */
export function removedActions(before: AlarmSemantics, after: AlarmSemantics): string[] {
  if (!before.actions || !after.actions) return [];
  const now = new Set(after.actions);
  const gone = before.actions.filter((a) => !now.has(a));
  const added = after.actions.filter((a) => !before.actions!.includes(a));
  return added.length === 0 ? gone : [];
}
