import type { AlarmDefault } from "../alarm-default";
import { sourceOf } from "./sources";

/**
 * Default alarms for the account's estimated charges (dimension `Currency`; the metric exists only
 * in us-east-1 and only with "Receive Billing Alerts" turned on).
 *
 * Computed input: `monthlyBudget` (the user's budget for the month, in the alarm's currency).
 */
export const BILLING_ALARMS: readonly AlarmDefault[] = [
  {
    key: "estimatedCharges",
    namespace: "AWS/Billing",
    metricName: "EstimatedCharges",
    statistic: "Maximum",
    comparisonOperator: "GreaterThanThreshold",
    thresholds: {
      warning: { percentOf: "monthlyBudget", percent: 80 },
      critical: { percentOf: "monthlyBudget", percent: 100 },
    },
    period: 21_600,
    evaluationPeriods: 1,
    datapointsToAlarm: 1,
    treatMissingData: "missing",
    unit: "USD",
    description:
      "The account's estimated charges for this month have passed a share of the budget.",
    enabledByDefault: true,
    source: sourceOf(
      "BILL",
      "The guide sets a threshold in the currency and nothing else; Maximum over 6 hours is a common convention, NOT verified against AWS documentation. Warning at 80% of the budget, critical at the budget.",
    ),
  },
];
