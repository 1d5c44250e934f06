import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { SqsQueue } from "@cdktf/provider-aws/lib/sqs-queue";
import type { TerraformResource, TerraformStack } from "cdktf";
import {
  Monitoring,
  Notify,
  type AlarmDefault,
  type AnyServiceDefinition,
  type CreatedAlarm,
  type MonitoringProps,
  MonitoringConfigError,
} from "../../../lib";
import { AWS_SERVICES } from "../../../lib/aws";
import { sqsDeadLetterQueueService } from "../../../lib/aws/sqs-queue";
import { AZURE_SERVICES } from "../../../lib/azure";
import { ACCOUNT_ALARMS } from "../../../lib/catalog/aws/account";
import { AWS_RESOURCES } from "../aws/aws-resources";
import { AZURE_RESOURCES } from "../azure/azure-helpers";
import { synth } from "./synth-helpers";

/** One service of a registry, with a way to declare a resource it monitors. */
export interface ServiceCase {
  readonly cloud: "aws" | "azure";
  readonly id: string;
  readonly service: AnyServiceDefinition;
  /** Declares the resource; `undefined` for the account, which `monitorAccount()` watches. */
  readonly build?: (stack: TerraformStack, name: string) => TerraformResource;
}

/**
 * Every AWS service and every Azure type of the registries, plus the two AWS alarm lists no
 * registry entry holds: a dead-letter queue's and the account's.
 */
export const EVERY_SERVICE: readonly ServiceCase[] = [
  ...Object.entries(AWS_SERVICES).map(([id, service]) => ({
    cloud: "aws" as const,
    id,
    service,
    build: AWS_RESOURCES[id as keyof typeof AWS_RESOURCES],
  })),
  {
    cloud: "aws",
    id: "sqsDeadLetterQueue",
    service: sqsDeadLetterQueueService,
    build: (stack, name) => new SqsQueue(stack, name, { name }),
  },
  { cloud: "aws", id: "account", service: accountLike() },
  ...Object.entries(AZURE_SERVICES).map(([id, service]) => ({
    cloud: "azure" as const,
    id,
    service,
    build: AZURE_RESOURCES[id as keyof typeof AZURE_RESOURCES],
  })),
];

function accountLike(): AnyServiceDefinition {
  // only `alarms` is read from it: monitorAccount() makes its own definition
  return { alarms: ACCOUNT_ALARMS } as unknown as AnyServiceDefinition;
}

/** What monitoring one resource of a case gave: its alarms and their synthesized JSON. */
export interface MonitoredCase {
  readonly alarms: readonly CreatedAlarm[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly json: any;
  /** The synthesized Terraform JSON of one alarm. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  resourceOf(alarm: CreatedAlarm): any;
}

/**
 * Declares a resource of the case in a stack with AWS (eu-west-1) and azurerm providers, monitors
 * it with `options` through a facade with `props`, and synthesizes.
 */
export function monitorCase(
  c: ServiceCase,
  options: Record<string, unknown>,
  props: Partial<MonitoringProps> = {},
): MonitoredCase {
  let alarms: readonly CreatedAlarm[] = [];
  const { json } = synth((stack) => {
    new AzurermProvider(stack, "azurerm", { features: [{}] });
    const monitoring = new Monitoring(stack, "monitoring", {
      prefix: "shop",
      notify: { critical: [Notify.email("oncall@example.com")] },
      azure: { resourceGroupName: "rg-monitoring", dashboardLocation: "westeurope" },
      ...props,
    });
    alarms =
      c.build === undefined
        ? monitoring.monitorAccount({ lambdaConcurrencyQuota: 1000, ...options })
        : monitoring.monitor(c.service, c.build(stack, "app"), options);
  });
  return {
    alarms,
    json,
    resourceOf: (alarm) =>
      json.resource[alarm.alarm.terraformResourceType][alarm.alarm.friendlyUniqueId],
  };
}

/** The options that set `each(entry)` on every alarm of the case's catalog list. */
export function onEveryAlarm(
  c: ServiceCase,
  each: (entry: AlarmDefault) => Record<string, unknown> | false,
): Record<string, unknown> {
  return Object.fromEntries(c.service.alarms.map((entry) => [entry.key, each(entry)]));
}

/** The catalog entry of an alarm of the case. */
export function entryOf(c: ServiceCase, alarm: CreatedAlarm): AlarmDefault {
  const entry = c.service.alarms.find((e) => e.key === alarm.spec.key);
  if (!entry) throw new Error(`${c.id}: no catalog entry ${alarm.spec.key}`);
  return entry;
}

/** Azure Monitor's ISO 8601 spelling of the windows and frequencies the tests use. */
export const ISO: Readonly<Record<number, string>> = {
  60: "PT1M",
  300: "PT5M",
  900: "PT15M",
  1800: "PT30M",
  3600: "PT1H",
  21_600: "PT6H",
  43_200: "PT12H",
  86_400: "P1D",
};

/** The configuration error `build` raises. */
export function configError(build: () => void): MonitoringConfigError {
  try {
    build();
  } catch (e) {
    if (e instanceof MonitoringConfigError) return e;
    throw e;
  }
  throw new Error("expected a MonitoringConfigError");
}
