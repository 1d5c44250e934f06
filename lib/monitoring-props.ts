import type { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { TerraformProvider } from "cdktf";
import { z } from "zod";
import type { MonitoringBackendOptions } from "./core/backend-options";
import { validateBackendOptions } from "./core/backend-options";
import { MonitoringConfigError, type ConfigProblem } from "./core/config-error";
import type { DashboardOptions } from "./core/dashboard-options";
import { validateDashboardOptions } from "./core/dashboard-options";
import type { AzureMonitorOptions } from "./azure/azure-monitor-options";
import { validateAzureMonitorOptions } from "./azure/azure-monitor-options";
import { notifyOptionsProblems, type NotifyOptions } from "./core/notify";
import { SharedNotifications } from "./core/shared-notifications";
import { NAME_PATTERN } from "./core/option-schema";
import {
  ALARM_DEFAULTS_KEYS,
  alarmDefaultsSchema,
  type AlarmDefaults,
} from "./core/alarm-defaults";
import { toProblems } from "./core/option-schema";

/** Options of the {@link Monitoring} facade. */
export interface MonitoringProps {
  /** First part of every alarm, topic and dashboard name, e.g. `shop-prod`. */
  readonly prefix: string;
  /**
   * Who is told, per severity: channels of this facade (topics and action groups of its own), or
   * a {@link SharedNotifications} whose topics and action groups many facades share.
   *
   * @default - nobody: alarms have no actions, and synth warns about it
   */
  readonly notify?: NotifyOptions | SharedNotifications;
  /**
   * Service group of resources monitored without a `group` option.
   *
   * @default "default"
   */
  readonly defaultGroup?: string;
  /**
   * CloudWatch dashboards of the AWS alarms and Azure portal dashboards of the Azure alerts;
   * `false` for none.
   *
   * @default - one dashboard per cloud for the whole facade, split past `maxWidgets` (100)
   *   widgets or parts
   */
  readonly dashboard?: DashboardOptions | false;
  /**
   * Provider for the alarms of metrics that exist only in us-east-1 (billing, CloudFront).
   *
   * @default - the facade creates `AwsProvider` alias `us-east-1` in its stack when needed
   */
  readonly usEast1Provider?: AwsProvider;
  /**
   * Region shown by dashboard graphs of regional metrics.
   *
   * @default - the `region` of the stack's default AWS provider when it is a literal, else the
   *   region the provider runs in (data source `aws_region`)
   */
  readonly region?: string;
  /**
   * Also notify when an alarm returns to OK.
   *
   * @default true
   */
  readonly notifyOnOk?: boolean;
  /**
   * The central monitoring backend: a `monitoring_group` and a `monitoring_dashboard` for each
   * service group of the facade's alarms (shared with on-premises declarations naming the same
   * group), and optionally the monitored cloud resources as targets.
   *
   * @default - no backend resources
   */
  readonly backend?: MonitoringBackendOptions;
  /**
   * Azure Monitor settings: the resource group of the action groups and portal dashboards, the
   * dashboards' location, and the Azure severity of each severity.
   *
   * @default - action groups need `resourceGroupName` once an Azure alert has channels, and
   *   without it there is no portal dashboard; severities critical 0, warning 2
   */
  readonly azure?: AzureMonitorOptions;
  /**
   * Evaluation settings (period or Azure window, frequency, evaluation periods, datapoints to
   * alarm, missing data), overall and per severity, for every alarm of the facade that neither
   * the alarm nor its `monitorXxx()` call's `alarmDefaults` sets. Each cloud applies the ones it
   * has: `frequency` only Azure alerts, `treatMissingData` only CloudWatch alarms, and on Azure
   * `evaluationPeriods`/`datapointsToAlarm` only dynamic thresholds. A value a cloud or metric
   * does not accept is an error at the monitor call that applies it.
   *
   * @default - the catalog entries' values
   */
  readonly alarmDefaults?: AlarmDefaults;
}

/**
 * A schema that reports the problems a validator of the project finds, at their own options;
 * optional unless `required` (then the validator also sees `undefined`).
 */
function checkedBy(validate: (value: unknown) => ConfigProblem[], required = false) {
  const schema = z.unknown().superRefine((value, ctx) => {
    for (const problem of validate(value)) {
      ctx.addIssue({
        code: "custom",
        message: problem.message,
        params: { option: problem.option },
      });
    }
  });
  return required ? schema : schema.optional();
}

function nameOption(option: string, allowed: string, required: boolean) {
  return checkedBy(
    (value) =>
      typeof value === "string" && NAME_PATTERN.test(value) && value.length <= 64
        ? []
        : [{ option, message: `${JSON.stringify(value)} is not allowed; allowed: ${allowed}` }],
    required,
  );
}

function notifyProblems(value: unknown): ConfigProblem[] {
  return SharedNotifications.isSharedNotifications(value)
    ? []
    : notifyOptionsProblems(value, "notify");
}

/** The facade's props: the one source of their keys (unknown keys are errors). */
export const monitoringPropsSchema = z.strictObject({
  prefix: nameOption(
    "prefix",
    "1-64 characters A-Z a-z 0-9 _ . - starting with a letter or digit",
    true,
  ),
  notify: checkedBy(notifyProblems),
  defaultGroup: nameOption("defaultGroup", "1-64 characters A-Z a-z 0-9 _ . -", false),
  dashboard: checkedBy(validateDashboardOptions),
  usEast1Provider: checkedBy((value) =>
    value === undefined || TerraformProvider.isTerraformProvider(value)
      ? []
      : [{ option: "usEast1Provider", message: "must be an AwsProvider (region us-east-1)" }],
  ),
  region: z.string({ error: "must be a region name, e.g. eu-west-1" }).optional(),
  notifyOnOk: z.boolean({ error: "must be true or false" }).optional(),
  backend: checkedBy((value) => validateBackendOptions(value as MonitoringBackendOptions)),
  azure: checkedBy(validateAzureMonitorOptions),
  alarmDefaults: checkedBy(alarmDefaultsProblems),
});

const anyCloudDefaults = alarmDefaultsSchema();

function alarmDefaultsProblems(value: unknown): ConfigProblem[] {
  if (value === undefined) return [];
  const result = anyCloudDefaults.safeParse(value);
  return result.success
    ? []
    : toProblems(result.error.issues, ["alarmDefaults"], ALARM_DEFAULTS_KEYS);
}

// The schema and the documented interface have the same keys (a compile error otherwise).
type SchemaKeys = keyof z.infer<typeof monitoringPropsSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const keysMatch: Same<SchemaKeys, keyof MonitoringProps> = true;
void keysMatch;

/** Checks the facade's props; throws one error listing every problem, naming the facade's path. */
export function validateMonitoringProps(path: string, props: MonitoringProps): void {
  const result = monitoringPropsSchema.safeParse(props ?? {});
  if (result.success) return;
  const allowed = Object.keys(monitoringPropsSchema.shape).join(", ");
  const problems: ConfigProblem[] = result.error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        option: key,
        message: `unknown option; allowed: ${allowed}`,
      }));
    }
    const option =
      issue.code === "custom" ? (issue.params as { option?: string })?.option : undefined;
    return [{ option: option ?? issue.path.map(String).join("."), message: issue.message }];
  });
  throw new MonitoringConfigError(path, "new Monitoring()", problems);
}
