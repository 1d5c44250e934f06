import type { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { Annotations, TerraformProvider, TerraformStack, type TerraformResource } from "cdktf";
import type { IConstruct } from "constructs";
import { z } from "zod";
import { ACCOUNT_ALARMS } from "../catalog/aws/account";
import type { AlarmOptions, ResourceMonitoringOptions } from "../core/alarm-options";
import { literal } from "../core/service-definition";
import { cloudWatch } from "./cloudwatch";
import type { AwsServiceDefinition } from "./aws-service-definition";

/**
 * Options of `monitorAccount()`: the alarms on account-level metrics of the region the stack's
 * default AWS provider manages. Each alarm option takes `{ warning?, critical?, ...overrides }`
 * or `false` to turn the alarm off; defaults and their sources are in `lib/catalog/aws/account.ts`.
 */
export interface AccountMonitoringOptions extends ResourceMonitoringOptions {
  /**
   * The account's Lambda concurrency quota in this region (Service Quotas, "Concurrent
   * executions"; 1,000 unless raised). Percentages of `lambdaClaimedAccountConcurrency` are of it.
   *
   * @default - unknown: the ClaimedAccountConcurrency alarm is left out with a synth warning,
   *   unless its thresholds are numbers
   */
  readonly lambdaConcurrencyQuota?: number;
  /**
   * Provisioned read capacity of all DynamoDB tables as a share of the account quota (%,
   * AccountProvisionedReadCapacityUtilization, Maximum).
   *
   * @default - warning > 80 in 2 of 2 periods of 300 s
   */
  readonly dynamodbReadCapacityUtilization?: AlarmOptions | false;
  /**
   * Provisioned write capacity of all DynamoDB tables as a share of the account quota (%,
   * AccountProvisionedWriteCapacityUtilization, Maximum).
   *
   * @default - warning > 80 in 2 of 2 periods of 300 s
   */
  readonly dynamodbWriteCapacityUtilization?: AlarmOptions | false;
  /**
   * DynamoDB requests of the account rejected as client errors (HTTP 400; UserErrors, Sum).
   *
   * @default - warning > 0 in 10 of 10 periods of 60 s
   */
  readonly dynamodbUserErrors?: AlarmOptions | false;
  /**
   * Lambda concurrency claimed in the account (ClaimedAccountConcurrency, Maximum); percentages
   * are of `lambdaConcurrencyQuota`.
   *
   * @default - warning > 80%, critical > 90% of `lambdaConcurrencyQuota`, 10 of 10 periods of 60 s
   */
  readonly lambdaClaimedAccountConcurrency?: AlarmOptions | false;
}

const quotaError = "must be a whole number >= 1 (concurrent executions)";

/**
 * The service of `monitorAccount()`. Account metrics have no resource: the "resource" is the
 * stack's default AWS provider, which stands for one account and region, so the app-wide record
 * of monitored resources lets each provider get the account alarms once. The Lambda quota comes
 * from the call's options, hence one definition per call.
 */
export function accountServiceFor(
  options: AccountMonitoringOptions,
): AwsServiceDefinition<AwsProviderResource, AccountMonitoringOptions> {
  return {
    id: "account",
    title: "AWS account",
    terraformResourceType: "aws",
    cloud: cloudWatch,
    alarms: ACCOUNT_ALARMS,
    standsForAccount: true,
    dimensions: () => ({}),
    inputs: {
      lambdaConcurrencyQuota: {
        describe: "the account's Lambda concurrency quota",
        howToSet: "set lambdaConcurrencyQuota (Service Quotas: Lambda concurrent executions)",
        resolve: () => options.lambdaConcurrencyQuota,
      },
    },
    extraOptions: {
      lambdaConcurrencyQuota: z
        .number({ error: quotaError })
        .int({ error: quotaError })
        .min(1, { error: quotaError }),
    },
  };
}

/**
 * The default AWS provider, typed as the resource the monitoring machinery keys alarms by (it
 * reads only `terraformResourceType` and the construct node).
 */
export type AwsProviderResource = AwsProvider & TerraformResource;

/** The provider without alias in `scope`'s stack, if there is one. */
export function defaultAwsProviderOf(scope: IConstruct): AwsProviderResource | undefined {
  const found = TerraformStack.of(scope)
    .node.findAll()
    .find(
      (c): c is AwsProvider =>
        c instanceof TerraformProvider &&
        c.terraformResourceType === "aws" &&
        (c as AwsProvider).aliasInput === undefined,
    );
  return found as AwsProviderResource | undefined;
}

/** Per app: the facade and provider that made the account alarms, by literal region and prefix. */
const accountAlarmsMade = new WeakMap<
  IConstruct,
  Map<string, { facade: string; provider: string }>
>();

/**
 * Records that `facade` made its `<prefix>-account-*` alarms through `provider`, and warns when
 * another facade already made alarms of the same names through another default provider of the
 * same literal region (another stack). Whether both stacks deploy to one account is not known at
 * synth, so this is a warning, not an error.
 */
export function warnOnAccountAlarmClash(
  facade: IConstruct,
  provider: AwsProviderResource,
  prefix: string,
): void {
  const region = literal(provider.regionInput);
  if (region === undefined) return;
  let made = accountAlarmsMade.get(facade.node.root);
  if (!made) {
    made = new Map();
    accountAlarmsMade.set(facade.node.root, made);
  }
  const key = `${region}|${prefix}`;
  const first = made.get(key);
  if (first === undefined) {
    made.set(key, { facade: facade.node.path, provider: provider.node.path });
    return;
  }
  Annotations.of(facade).addWarning(
    `monitorAccount() of ${facade.node.path} (provider ${provider.node.path}) and of ${first.facade} ` +
      `(provider ${first.provider}) both create the alarms "${prefix}-account-*" for region ${region}: ` +
      "if both stacks deploy to one account, the alarms collide (same names, each apply overwrites " +
      "the other's). Use a different prefix in one of the facades, or call monitorAccount() once.",
  );
}
