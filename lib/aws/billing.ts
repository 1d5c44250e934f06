import type { BudgetsBudget } from "@cdktf/provider-aws/lib/budgets-budget";
import { BILLING_ALARMS } from "../catalog/aws/billing";
import type { AlarmOptions, ResourceMonitoringOptions } from "../core/alarm-options";
import { literal } from "../core/service-definition";
import { cloudWatch } from "./cloudwatch";
import type { AwsServiceDefinition } from "./aws-service-definition";

/**
 * Options of `monitorBilling()`. The alarm option takes `{ warning?, critical?, ...overrides }` or
 * `false`; defaults and their sources are in `lib/catalog/aws/billing.ts`. The alarms are created
 * in us-east-1, the only region with billing metrics ("Receive Billing Alerts" must be on).
 */
export interface BillingMonitoringOptions extends ResourceMonitoringOptions {
  /**
   * The account's estimated charges this month; percentages are of the budget's monthly limit.
   *
   * @default - warning > 80%, critical > 100% of the budget's limit, 1 of 1 period of 6 hours
   */
  readonly estimatedCharges?: AlarmOptions | false;
}

/**
 * The budget's monthly limit when it is an account-wide monthly cost budget with a literal
 * amount: the only kind `EstimatedCharges` (the whole account's bill) can be compared with.
 */
function monthlyLimitOf(budget: BudgetsBudget): number | undefined {
  if (literal(budget.budgetTypeInput) !== "COST" || literal(budget.timeUnitInput) !== "MONTHLY") {
    return undefined;
  }
  if (budget.costFilterInput !== undefined) return undefined;
  const amount = Number(literal(budget.limitAmountInput));
  return Number.isFinite(amount) && amount > 0 ? amount : undefined;
}

/**
 * Account billing, watched against a monthly cost budget (`aws_budgets_budget`): the
 * `EstimatedCharges` metric in the budget's currency (dimension `Currency`, default `USD`).
 */
export const billingService: AwsServiceDefinition<BudgetsBudget, BillingMonitoringOptions> = {
  id: "billing",
  title: "Account billing",
  terraformResourceType: "aws_budgets_budget",
  cloud: cloudWatch,
  alarms: BILLING_ALARMS,
  region: "us-east-1",
  dimensions: (budget) => ({ Currency: literal(budget.limitUnitInput) ?? "USD" }),
  inputs: {
    monthlyBudget: {
      describe: "the budget's monthly limit",
      howToSet:
        'use a budget with budget_type "COST", time_unit "MONTHLY", no cost filter and a literal limit_amount',
      resolve: monthlyLimitOf,
    },
  },
  discover: (found) =>
    found
      .filter((budget) => monthlyLimitOf(budget) !== undefined)
      .slice(0, 1)
      .map((resource) => ({ resource, options: {} })),
};
