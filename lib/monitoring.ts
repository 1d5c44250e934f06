import type { DbInstance } from "@cdktf/provider-aws/lib/db-instance";
import type { Instance } from "@cdktf/provider-aws/lib/instance";
import type { LambdaFunction } from "@cdktf/provider-aws/lib/lambda-function";
import type { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import type { SqsQueue } from "@cdktf/provider-aws/lib/sqs-queue";
import {
  Annotations,
  Aspects,
  TerraformStack,
  type TerraformProvider,
  type TerraformResource,
} from "cdktf";
import type { Construct } from "constructs";
import { type IConstruct } from "constructs";
import { ec2InstanceService, type Ec2InstanceMonitoringOptions } from "./aws/ec2-instance";
import { lambdaFunctionService, type LambdaFunctionMonitoringOptions } from "./aws/lambda-function";
import { rdsInstanceService, type RdsInstanceMonitoringOptions } from "./aws/rds-instance";
import { sqsQueueService, type SqsQueueMonitoringOptions } from "./aws/sqs-queue";
import type { AnyServiceDefinition, ServiceDefinition } from "./core/service-definition";
import { AwsServiceMonitors } from "./aws/service-monitors";
import { createAlarm, type MonitoringAlarm } from "./aws/alarm-factory";
import { resourceNameOf } from "./core/alarm-naming";
import type { ResourceMonitoringOptions } from "./core/alarm-options";
import { planAlarms } from "./core/alarm-plan";
import { appRegistryOf } from "./core/app-registry";
import type { S3BucketTargetOptions } from "./core/backend-options";
import type { MonitoringTarget } from "./backend/generated/monitoring-target";
import { registerCloudTarget } from "./backend/cloud-targets";
import { registerS3BucketTarget } from "./aws/s3-bucket-target";
import { ServiceGroups } from "./backend/service-groups";
import {
  buildCompositeAlarms,
  validateCompositeAlarm,
  type CompositeAlarmOptions,
} from "./aws/composite-alarms";
import { MonitoringConfigError } from "./core/config-error";
import { buildDashboards, defaultRegionOf } from "./aws/dashboards";
import { FinalizeHook } from "./core/finalize-hook";
import { DiscoveryAspect } from "./core/discovery-aspect";
import type { WatchScopeOptions } from "./aws/watch-scope-options";
import { AWS_SERVICES } from "./aws/services";
import { validateMonitoringProps, type MonitoringProps } from "./monitoring-props";
import { NotificationTopics, type RegionKey } from "./aws/notification-topics";
import { buildOptionsValidator, type OptionsValidator } from "./core/option-schema";
import { SEVERITIES } from "./core/severity";
import { usEast1ProviderFor } from "./aws/us-east-1";

/**
 * Monitoring as code for AWS resources: default alarms grounded in the vendors' recommendations,
 * per-severity notifications, dashboards and discovery, from one construct.
 *
 * ```ts
 * const monitoring = new Monitoring(stack, "monitoring", { prefix: "shop-prod" });
 * monitoring.monitorEc2Instance(web, { cpuUtilization: { warning: 70, critical: 90 } });
 * monitoring.watchScope(stack);
 * ```
 */
export class Monitoring extends AwsServiceMonitors {
  /** First part of every name the facade creates. */
  readonly prefix: string;
  /** Group of resources monitored without a `group` option. */
  readonly defaultGroup: string;
  private readonly props: MonitoringProps;
  private readonly topics: NotificationTopics;
  private readonly alarms: MonitoringAlarm[] = [];
  private readonly discoveries: DiscoveryAspect[] = [];
  private readonly composites: { readonly id: string; readonly options: CompositeAlarmOptions }[] =
    [];
  private usEast1?: TerraformProvider;
  private finalized = false;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    validateMonitoringProps(this.node.path, props);
    this.props = props;
    this.prefix = props.prefix;
    this.defaultGroup = props.defaultGroup ?? "default";
    this.topics = new NotificationTopics(this, this.prefix, props.notify ?? {});
    new FinalizeHook(this, "finalize", () => this.finalize());
    Aspects.of(this).add({ visit: (node) => (node === this ? this.finalize() : undefined) });
  }

  /** Monitors an EC2 instance (`aws_instance`) with the catalog defaults and your overrides. */
  monitorEc2Instance(
    instance: Instance,
    options: Ec2InstanceMonitoringOptions = {},
  ): readonly MonitoringAlarm[] {
    return this.monitor(ec2InstanceService, instance, options, "monitorEc2Instance()");
  }

  /**
   * Monitors a Lambda function (`aws_lambda_function`); duration thresholds follow its timeout.
   */
  monitorLambdaFunction(
    fn: LambdaFunction,
    options: LambdaFunctionMonitoringOptions = {},
  ): readonly MonitoringAlarm[] {
    return this.monitor(lambdaFunctionService, fn, options, "monitorLambdaFunction()");
  }

  /**
   * Monitors an SQS queue (`aws_sqs_queue`), and its dead-letter queue when given; message age
   * follows the queue's retention.
   */
  monitorSqsQueue(
    queue: SqsQueue,
    options: SqsQueueMonitoringOptions = {},
  ): readonly MonitoringAlarm[] {
    return this.monitor(sqsQueueService, queue, options, "monitorSqsQueue()");
  }

  /**
   * Monitors an RDS DB instance (`aws_db_instance`); free storage follows its allocated storage.
   */
  monitorRdsInstance(
    db: DbInstance,
    options: RdsInstanceMonitoringOptions = {},
  ): readonly MonitoringAlarm[] {
    return this.monitor(rdsInstanceService, db, options, "monitorRdsInstance()");
  }

  /**
   * Registers an S3 bucket (`aws_s3_bucket`) as a backend target of kind `aws_s3` (template
   * "AWS S3 bucket by HTTP"), without CloudWatch alarms. Needs the `backend` option.
   */
  registerS3Bucket(bucket: S3Bucket, options: S3BucketTargetOptions = {}): MonitoringTarget {
    return registerS3BucketTarget(
      {
        facade: this,
        prefix: this.prefix,
        defaultGroup: this.defaultGroup,
        backend: this.props.backend,
        region: () => this.props.region ?? defaultRegionOf(this),
      },
      bucket,
      options,
    );
  }

  /**
   * Monitors a resource with any service definition: what every `monitorXxx()` does, available
   * for services defined outside the library.
   */
  override monitor<R extends TerraformResource, O extends ResourceMonitoringOptions>(
    service: ServiceDefinition<R, O>,
    resource: R,
    options?: O,
    context = `monitor(${service.id})`,
  ): readonly MonitoringAlarm[] {
    return this.monitorResource(service, resource, options ?? {}, context, false);
  }

  /**
   * Attaches the default alarms to every supported resource below `scope` that nothing
   * monitors explicitly. Runs as a cdktf Aspect at synth, so resources declared after this call
   * are found too.
   */
  watchScope(scope: IConstruct, options: WatchScopeOptions = {}): void {
    const aspect = new DiscoveryAspect(
      this,
      scope,
      AWS_SERVICES,
      options,
      (service, resource, opts) =>
        this.monitorResource(service, resource, opts, `watchScope() of ${scope.node.path}`, true),
    );
    this.discoveries.push(aspect);
    Aspects.of(scope).add(aspect);
  }

  /**
   * A composite alarm that fires when any alarm of a severity (optionally of one service group)
   * fires, e.g. "any critical in storefront". Built at synth from all alarms, discovered ones
   * included.
   */
  addCompositeAlarm(id: string, options: CompositeAlarmOptions = {}): void {
    const problems = validateCompositeAlarm(id, options);
    if (problems.length > 0) {
      throw new MonitoringConfigError(this.node.path, `addCompositeAlarm("${id}")`, problems);
    }
    if (this.composites.some((c) => c.id === id)) {
      throw new MonitoringConfigError(this.node.path, `addCompositeAlarm("${id}")`, [
        {
          option: "id",
          message: `"${id}" is already used; allowed: a distinct id per composite alarm`,
        },
      ]);
    }
    this.composites.push({ id, options });
  }

  /**
   * Every alarm created so far. After synth (aspects), this includes the alarms discovery made.
   */
  createdAlarms(): readonly MonitoringAlarm[] {
    return [...this.alarms];
  }

  /** @internal */
  isMonitored(resource: IConstruct): boolean {
    return appRegistryOf(this).monitored.has(resource);
  }

  private monitorResource(
    service: AnyServiceDefinition,
    resource: TerraformResource,
    options: ResourceMonitoringOptions,
    context: string,
    /** Skip (rather than reject) a resource that is already monitored: discovery, related resources. */
    skipIfMonitored: boolean,
  ): readonly MonitoringAlarm[] {
    const path = service.standsForAccount ? this.node.path : resource.node.path;
    if (resource.terraformResourceType !== service.terraformResourceType) {
      throw new MonitoringConfigError(path, context, [
        {
          option: "resource",
          message: `is a ${resource.terraformResourceType}; allowed: ${service.terraformResourceType}`,
        },
      ]);
    }
    const registry = appRegistryOf(this);
    const owner = registry.monitored.get(resource);
    if (owner !== undefined) {
      if (skipIfMonitored) return [];
      throw new MonitoringConfigError(path, context, [
        {
          option: "resource",
          message: `is already monitored by ${owner}; allowed: monitor each resource once`,
        },
      ]);
    }
    const problems = validatorOf(service)(options);
    if (problems.length > 0) throw new MonitoringConfigError(path, context, problems);
    const resourceName = options.name ?? resourceNameOf(resource);
    const plan = planAlarms(service, resource, options, {
      prefix: this.prefix,
      resourceName,
      resourcePath: path,
      group: options.group ?? this.defaultGroup,
    });
    if (plan.problems.length > 0) throw new MonitoringConfigError(path, context, plan.problems);
    const regionKey = (region?: string) =>
      `${region ?? this.node.scopes.find(TerraformStack.isStack)?.node.path}`;
    for (const spec of plan.specs) {
      const other = registry.alarmNames.get(`${regionKey(spec.region)}|${spec.name}`);
      if (other !== undefined) {
        throw new MonitoringConfigError(path, context, [
          {
            option: "name",
            message:
              `alarm name "${spec.name}" is already used by ${other}; allowed: a distinct resource name — ` +
              `pass { name: "<unique>" } to one of the two monitor calls`,
          },
        ]);
      }
    }
    registry.monitored.set(resource, this.node.path);
    const warnAt = service.standsForAccount ? this : resource;
    for (const warning of plan.warnings) Annotations.of(warnAt).addWarning(warning);
    // A loop, not map(): cdktf keeps the full stack trace of every alarm's metric_query list, so
    // each frame between the user's call and createAlarm costs a line per alarm.
    const created: MonitoringAlarm[] = [];
    for (const spec of plan.specs) {
      registry.alarmNames.set(`${regionKey(spec.region)}|${spec.name}`, path);
      const region = regionKeyOf(service, spec.region);
      const provider = region === "us-east-1" ? this.usEast1Provider() : undefined;
      const alarm = createAlarm(this, spec.name.slice(this.prefix.length + 1), spec, {
        actions: this.topics.actionsFor(spec.severity, region, provider),
        provider,
        notifyOnOk: this.props.notifyOnOk ?? true,
      });
      this.alarms.push(alarm);
      created.push(alarm);
    }
    const backend = this.props.backend;
    if (backend && backend.registerTargets !== false && service.backendTarget) {
      registerCloudTarget(backend, {
        facade: this,
        prefix: this.prefix,
        target: service.backendTarget,
        resource,
        resourceName,
        group: options.group ?? this.defaultGroup,
        region: this.props.region ?? defaultRegionOf(this),
        alarms: created,
        context,
      });
    }
    const related = service.related?.(resource, options) ?? [];
    for (const r of related) {
      // a dead-letter queue shared by several queues is monitored once
      created.push(...this.monitorResource(r.service, r.resource, r.options, context, true));
    }
    return created;
  }

  private usEast1Provider(): TerraformProvider {
    this.usEast1 ??= this.props.usEast1Provider ?? usEast1ProviderFor(this);
    return this.usEast1;
  }

  /** Discovery, warnings, composite alarms and dashboards, once; returns the constructs it added. */
  private finalize(): readonly IConstruct[] {
    if (this.finalized) return [];
    const before = this.node.children.length;
    for (const discovery of this.discoveries) discovery.run();
    this.finalized = true;
    for (const severity of SEVERITIES) {
      if (
        this.alarms.some((a) => a.spec.severity === severity) &&
        (this.props.notify?.[severity]?.length ?? 0) === 0
      ) {
        Annotations.of(this).addWarning(
          `No notification channel for ${severity} alarms: they are created without actions. Set notify.${severity} (Notify.email(), Notify.webhook() or Notify.topicArn()).`,
        );
      }
    }
    const usEast1Severities = new Set(
      this.alarms.filter((a) => a.spec.region === "us-east-1").map((a) => a.spec.severity),
    );
    for (const severity of usEast1Severities) {
      if (this.props.notify?.[severity]?.some((c) => c.kind === "topicArn")) {
        Annotations.of(this).addWarning(
          `Notify.topicArn() channels of ${severity} are not used by the us-east-1 alarms (billing, CloudFront): SNS topics are regional. Add an email or webhook channel to reach them.`,
        );
      }
    }
    const sorted = [...this.alarms].sort((a, b) =>
      a.spec.name < b.spec.name ? -1 : a.spec.name > b.spec.name ? 1 : 0,
    );
    const providerFor = (region: RegionKey) =>
      region === "us-east-1" ? this.usEast1Provider() : undefined;
    buildCompositeAlarms(
      this,
      this.prefix,
      this.composites,
      sorted,
      (severity, region) => this.topics.actionsFor(severity, region, providerFor(region)),
      providerFor,
    );
    const backend = this.props.backend;
    if (backend) {
      const groups = ServiceGroups.of(backend.scope ?? this);
      for (const name of new Set(sorted.map((a) => a.spec.group))) {
        groups.group(name, backend.provider);
      }
    }
    if (this.props.dashboard !== false) {
      buildDashboards(this, this.prefix, sorted, this.props.dashboard ?? {}, this.props.region);
    }
    return this.node.children.slice(before);
  }
}

/** The AWS facade renders alarms in the stack's region or, for global services, in us-east-1. */
function regionKeyOf(service: AnyServiceDefinition, region: string | undefined): RegionKey {
  if (region === undefined) return "default";
  if (region === "us-east-1") return region;
  throw new Error(
    `service definition "${service.id}" puts its metrics in region "${region}"; allowed on AWS: us-east-1 or none`,
  );
}

const validators = new WeakMap<AnyServiceDefinition, OptionsValidator>();

function validatorOf(service: AnyServiceDefinition): OptionsValidator {
  let validator = validators.get(service);
  if (!validator) {
    validator = buildOptionsValidator(service.alarms, service.alarmRules, service.extraOptions);
    validators.set(service, validator);
  }
  return validator;
}
