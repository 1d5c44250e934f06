import { Token } from "cdktf";
import type { TerraformResource } from "cdktf";
import type { z } from "zod";
import type { AlarmCloud } from "./alarm-cloud";
import type { AlarmDefault } from "../catalog/alarm-default";
import type { ResourceMonitoringOptions } from "./alarm-options";
import type { Severity } from "./severity";

/**
 * A quantity that percentage thresholds (`{ percentOf: "<input>" }` in the catalog, `"10%"` from
 * the user) refer to, read from the monitored resource's configuration at synth.
 */
export interface ComputedInput<R> {
  /** What the quantity is, for the synth warning, e.g. `"the function's timeout"`. */
  readonly describe: string;
  /** What the user sets on the resource so it becomes known, e.g. `"set timeout to a literal number"`. */
  readonly howToSet: string;
  /**
   * The value in the alarm metric's unit, or `undefined` when it is not known at synth
   * (a token, or a setting that makes a percentage meaningless such as storage autoscaling).
   */
  resolve(resource: R): number | undefined;
}

/** One resource a discovered or related monitor request covers, with the options to apply. */
export interface MonitorRequest<R extends TerraformResource, O> {
  /** The resource to monitor, one of those `discover()` was given. */
  readonly resource: R;
  /** Options for it, as `monitorXxx()` takes them; they win over the discovery `group` and `defaults`. */
  readonly options: O;
  /**
   * Monitor it as another service (e.g. a queue found to be a dead-letter queue).
   *
   * @default - the discovering service
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly service?: ServiceDefinition<any, any>;
}

/** One metric stream of a resource that publishes a metric per member (see `members`). */
export interface MetricMember {
  /** Appended to the resource part of the member's alarm names, e.g. `-001`. */
  readonly suffix: string;
  /** The member's metric dimensions (tokens are fine). */
  readonly dimensions: Readonly<Record<string, string>>;
}

/** A further resource monitored because of another one (e.g. a queue's dead-letter queue). */
export interface RelatedMonitor {
  /** The service definition the related resource is monitored as, e.g. `sqsQueueService`. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly service: ServiceDefinition<any, any>;
  /** The related resource, e.g. the dead-letter queue. */
  readonly resource: TerraformResource;
  /** Options for its alarms, as the service's `monitorXxx()` takes them. */
  readonly options: ResourceMonitoringOptions;
}

/**
 * One threshold, two places: a default alarm whose threshold also sets a macro of the backend
 * template. Zabbix's packaged cloud templates have one level per metric, so the macro takes the
 * threshold of the alarm of {@link SharedThreshold.severity}, or of the other severity when that
 * alarm is off.
 */
export interface SharedThreshold {
  /** The catalog alarm key, e.g. `cpuUtilization`. */
  readonly key: string;
  /**
   * Whose threshold the macro takes first: a template's `…CRIT` macro reads the critical alarm's.
   *
   * @default "warning"
   */
  readonly severity?: Severity;
  /** Macro name without `{$…}`, as the backend's template reads it, e.g. `AWS.EC2.CPU.UTIL.WARN.MAX`. */
  readonly macro: string;
}

/** How a monitored resource becomes a target of the central monitoring backend. */
export interface BackendTargetDefinition<R> {
  /** The target kind, one of the `monitoring` provider's kinds, e.g. `aws_ec2`. */
  readonly kind: string;
  /** The target's address (tokens are fine). */
  address(resource: R): string;
  /** The macros the kind's template identifies the resource by, for a resource in `region`. */
  identifiers(resource: R, region: string): Readonly<Record<string, string>>;
  /**
   * Default alarms whose thresholds the template also reads.
   *
   * @default - none
   */
  readonly sharedThresholds?: readonly SharedThreshold[];
}

/**
 * Everything the shared machinery needs to monitor one kind of cloud resource. A service file
 * (`lib/<cloud>/<service>.ts`) exports one of these plus its `XxxMonitoringOptions` interface; the
 * facade, the discovery aspect, the alarm factory and the dashboards do the rest.
 *
 * Service files import provider classes with `import type` only, so loading the library never
 * loads provider bindings.
 *
 * @typeParam R the provider's resource class, e.g. provider-aws `Instance`
 * @typeParam O the options of `monitorXxx()`: one `AlarmOptions | false` per catalog key, plus
 *   `ResourceMonitoringOptions` and anything listed in `extraOptions`
 * @typeParam A the cloud's alarm resource class, e.g. provider-aws `CloudwatchMetricAlarm`
 */
export interface ServiceDefinition<
  R extends TerraformResource,
  O extends ResourceMonitoringOptions,
  A extends TerraformResource = TerraformResource,
> {
  /** Stable camelCase id: the `monitorXxx` suffix, the discovery opt-out key. E.g. `ec2Instance`. */
  readonly id: string;
  /** Human name for dashboards and messages, e.g. `EC2 instance`. */
  readonly title: string;
  /** Terraform resource type this service accepts, e.g. `aws_instance` (used by discovery). */
  readonly terraformResourceType: string;
  /** The catalog entries: default alarms, keyed by `AlarmDefault.key`. */
  readonly alarms: readonly AlarmDefault[];
  /** The cloud the alarms go to, e.g. `cloudWatch`: its limits and how its alarms are made. */
  readonly cloud: AlarmCloud<A>;
  /**
   * Region that holds the metrics, when it is not the stack's own (on AWS, `us-east-1` for
   * global services such as CloudFront).
   *
   * @default - the region of the stack's default provider
   */
  readonly region?: string;
  /**
   * Whether the "resource" only stands for the account and region (the default AWS provider of
   * `monitorAccount()`): option errors, alarm-name clashes and synth warnings then name the
   * calling facade, which the user wrote, instead of the provider.
   *
   * @default false
   */
  readonly standsForAccount?: boolean;
  /**
   * How a monitored resource of this type is registered in the backend (with `backend` on the
   * facade).
   *
   * @default - resources of this type are not registered
   */
  readonly backendTarget?: BackendTargetDefinition<R>;
  /**
   * What this type tells its cloud's renderer beyond the alarm specs, as the cloud defines it
   * (Azure Monitor: whether one alert may watch many resources of the type). Passed on as is.
   *
   * @default - nothing
   */
  readonly cloudSettings?: object;
  /** Metric dimensions of one alarm for this resource (tokens are fine). */
  dimensions(resource: R, alarm: AlarmDefault): Readonly<Record<string, string>>;
  /**
   * For resources that publish a metric once per member (the member clusters of an ElastiCache
   * replication group, the replica regions of a DynamoDB global table): the members, alarmed
   * one by one, each under the resource name plus its suffix. `undefined` means one stream with
   * `dimensions()`.
   *
   * @default - one stream with `dimensions()`
   */
  members?(resource: R, alarm: AlarmDefault): readonly MetricMember[] | undefined;
  /**
   * Resolvers for the computed inputs that the catalog entries name in `percentOf`.
   *
   * @default - no computed inputs
   */
  readonly inputs?: Readonly<Record<string, ComputedInput<R>>>;
  /**
   * Adjusts a catalog entry for a given resource before options apply, e.g. a 60 s period
   * for an EC2 instance with detailed monitoring.
   *
   * @default - the entry as in the catalog
   */
  adjust?(resource: R, alarm: AlarmDefault): AlarmDefault;
  /**
   * Whether a default alarm makes sense for this resource (e.g. the transaction-ID alarm only
   * for PostgreSQL, replica lag only for replicas). Not consulted when the user sets the alarm's
   * options explicitly.
   *
   * @default - every default alarm applies
   */
  applies?(resource: R, alarm: AlarmDefault): boolean;
  /**
   * Zod shapes of options beyond the alarm keys and `group`/`name` (e.g. SQS `deadLetterQueue`).
   *
   * @default - none
   */
  readonly extraOptions?: Readonly<Record<string, z.ZodType>>;
  /**
   * Further resources to monitor because of this one, e.g. the dead-letter queue of a queue.
   *
   * @default - none
   */
  related?(resource: R, options: O): readonly RelatedMonitor[];
  /**
   * How discovery monitors the resources of this type it found (sorted by construct path) that
   * nobody monitors explicitly: which ones, with which options.
   *
   * @default - every resource, with default options
   */
  discover?(found: readonly R[]): readonly MonitorRequest<R, O>[];
}

/** A service definition of any resource type, as held in registries. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyServiceDefinition = ServiceDefinition<any, any, any>;

/**
 * The literal value a resource was configured with when it is not a token, else `undefined`.
 * Use it to resolve computed inputs and to prefer literal names over attribute references in
 * dimensions (fewer tokens, faster synth).
 */
export function literal<T>(value: T | undefined): T | undefined {
  if (value === undefined || value === null || Token.isUnresolved(value)) return undefined;
  return value;
}
