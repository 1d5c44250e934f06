import type { DbInstance } from "@cdktf/provider-aws/lib/db-instance";
import type { Instance } from "@cdktf/provider-aws/lib/instance";
import type { LambdaFunction } from "@cdktf/provider-aws/lib/lambda-function";
import type { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import type { SqsQueue } from "@cdktf/provider-aws/lib/sqs-queue";
import { Annotations, Aspects, TerraformStack, type TerraformResource } from "cdktf";
import type { Construct } from "constructs";
import { type IConstruct } from "constructs";
import type { Ec2InstanceMonitoringOptions } from "./aws/ec2-instance";
import type { LambdaFunctionMonitoringOptions } from "./aws/lambda-function";
import type { RdsInstanceMonitoringOptions } from "./aws/rds-instance";
import type { SqsQueueMonitoringOptions } from "./aws/sqs-queue";
import type { LinuxVirtualMachine } from "@cdktf/provider-azurerm/lib/linux-virtual-machine";
import type { WindowsVirtualMachine } from "@cdktf/provider-azurerm/lib/windows-virtual-machine";
import type { CosmosdbAccount } from "@cdktf/provider-azurerm/lib/cosmosdb-account";
import type { KeyVault } from "@cdktf/provider-azurerm/lib/key-vault";
import type { Lb } from "@cdktf/provider-azurerm/lib/lb";
import type { MssqlDatabase } from "@cdktf/provider-azurerm/lib/mssql-database";
import type { PostgresqlFlexibleServer } from "@cdktf/provider-azurerm/lib/postgresql-flexible-server";
import type { StorageAccount } from "@cdktf/provider-azurerm/lib/storage-account";
import type { ServicePlan } from "@cdktf/provider-azurerm/lib/service-plan";
import type { ServicebusNamespace } from "@cdktf/provider-azurerm/lib/servicebus-namespace";
import type { RedisCache } from "@cdktf/provider-azurerm/lib/redis-cache";
import type { ServicePlanMonitoringOptions } from "./azure/service-plan";
import type { ServicebusNamespaceMonitoringOptions } from "./azure/servicebus-namespace";
import type { RedisCacheMonitoringOptions } from "./azure/redis-cache";
import type { LinuxWebApp } from "@cdktf/provider-azurerm/lib/linux-web-app";
import type { WindowsWebApp } from "@cdktf/provider-azurerm/lib/windows-web-app";
import type { LinuxFunctionApp } from "@cdktf/provider-azurerm/lib/linux-function-app";
import type { WindowsFunctionApp } from "@cdktf/provider-azurerm/lib/windows-function-app";
import type { LinuxVirtualMachineScaleSet } from "@cdktf/provider-azurerm/lib/linux-virtual-machine-scale-set";
import type { WindowsVirtualMachineScaleSet } from "@cdktf/provider-azurerm/lib/windows-virtual-machine-scale-set";
import type { KubernetesCluster } from "@cdktf/provider-azurerm/lib/kubernetes-cluster";
import type { ApplicationGateway } from "@cdktf/provider-azurerm/lib/application-gateway";
import type { WebAppMonitoringOptions } from "./azure/web-apps";
import type { FunctionAppMonitoringOptions } from "./azure/function-apps";
import type { VirtualMachineScaleSetMonitoringOptions } from "./azure/virtual-machine-scale-sets";
import type { KubernetesClusterMonitoringOptions } from "./azure/kubernetes-cluster";
import type { ApplicationGatewayMonitoringOptions } from "./azure/application-gateway";
import type { AzureMonitoringAlarm } from "./azure/azure-monitor";
import type { CosmosdbAccountMonitoringOptions } from "./azure/cosmosdb-account";
import type { KeyVaultMonitoringOptions } from "./azure/key-vault";
import type { LoadBalancerMonitoringOptions } from "./azure/load-balancer";
import type { MssqlDatabaseMonitoringOptions } from "./azure/mssql-database";
import type { PostgresqlFlexibleServerMonitoringOptions } from "./azure/postgresql-flexible-server";
import type { StorageAccountMonitoringOptions } from "./azure/storage-account";
import type { VirtualMachineMonitoringOptions } from "./azure/virtual-machines";
import type { AnyServiceDefinition, ServiceDefinition } from "./core/service-definition";
import { AwsServiceMonitors } from "./aws/service-monitors";
import { awsFacadeParts, awsServiceDefinitions } from "./aws/service-loaders";
import { azureServiceDefinitions } from "./azure/service-loaders";
import type { MonitoringAlarm } from "./aws/alarm-factory";
import type { AlarmCloud, AlarmRenderer, CreatedAlarm } from "./core/alarm-cloud";
import type { AlarmSpec } from "./core/alarm-spec";
import type { CloudWatchRenderer } from "./aws/cloudwatch";
import { resourceNameOf } from "./core/alarm-naming";
import type { ResourceMonitoringOptions } from "./core/alarm-options";
import { planAlarms } from "./core/alarm-plan";
import {
  DeclarationSite,
  recordDeclarationSite,
  writeDeclarationSites,
} from "./core/declaration-site";
import { appRegistryOf } from "./core/app-registry";
import type { S3BucketTargetOptions } from "./core/backend-options";
import type { MonitoringTarget } from "./backend/generated/monitoring-target";
import { registerCloudTarget } from "./backend/cloud-targets";
import { ServiceGroups } from "./backend/service-groups";
import type { CompositeAlarmOptions } from "./aws/composite-alarms";
import { MonitoringConfigError, type ConfigProblem } from "./core/config-error";
import { NOTIFY_FACTORIES } from "./core/notify";
import {
  channelsOf,
  checkSharedNotifications,
  SharedNotifications,
} from "./core/shared-notifications";
import { FinalizeHook } from "./core/finalize-hook";
import { DiscoveryAspect } from "./core/discovery-aspect";
import type { WatchScopeOptions } from "./watch-scope-options";
import { discoverableServices } from "./discoverable-services";
import { validateMonitoringProps, type MonitoringProps } from "./monitoring-props";
import { buildOptionsValidator, type OptionsValidator } from "./core/option-schema";
import { SEVERITIES } from "./core/severity";
import { MaintenanceWindow } from "./backend/maintenance-window";
import { planSlo, type SloOptions } from "./core/slo";
import type { SloAlarms } from "./aws/slo-alarms";
import { readOpenSloFile, type OpenSloReadOptions } from "./core/openslo";
import {
  planMaintenance,
  suppressDuringMaintenance,
  type GroupMaintenanceOptions,
  type PlannedMaintenance,
} from "./monitoring-maintenance";

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
  /** @internal The props as given: what each cloud's renderer reads. */
  readonly settings: MonitoringProps;
  private readonly props: MonitoringProps;
  private readonly alarms: CreatedAlarm[] = [];
  /** Each cloud's renderer, started on the cloud's first alarm, with the alarms it made. */
  private readonly renderers = new Map<
    AlarmCloud,
    { readonly renderer: AlarmRenderer; readonly alarms: CreatedAlarm[] }
  >();
  private readonly discoveries: DiscoveryAspect[] = [];
  private readonly maintenances: PlannedMaintenance[] = [];
  /** Severities that SLO burn-rate alerts notify. */
  private readonly sloSeverities = new Set<string>();
  private finalized = false;
  private cachedStackPath?: string;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    validateMonitoringProps(this.node.path, props);
    checkSharedNotifications(this, props.notify);
    this.props = props;
    this.settings = props;
    this.prefix = props.prefix;
    this.defaultGroup = props.defaultGroup ?? "default";
    new FinalizeHook(this, "finalize", () => this.finalize());
    Aspects.of(this).add({ visit: (node) => (node === this ? this.finalize() : undefined) });
  }

  /** Monitors an EC2 instance (`aws_instance`) with the catalog defaults and your overrides. */
  monitorEc2Instance(
    instance: Instance,
    options: Ec2InstanceMonitoringOptions = {},
  ): readonly MonitoringAlarm[] {
    return this.monitorResource(
      awsServiceDefinitions.ec2Instance,
      instance,
      options,
      "monitorEc2Instance()",
      false,
      DeclarationSite.capture(),
    ) as readonly MonitoringAlarm[];
  }

  /**
   * Monitors a Lambda function (`aws_lambda_function`); duration thresholds follow its timeout.
   */
  monitorLambdaFunction(
    fn: LambdaFunction,
    options: LambdaFunctionMonitoringOptions = {},
  ): readonly MonitoringAlarm[] {
    return this.monitorResource(
      awsServiceDefinitions.lambdaFunction,
      fn,
      options,
      "monitorLambdaFunction()",
      false,
      DeclarationSite.capture(),
    ) as readonly MonitoringAlarm[];
  }

  /**
   * Monitors an SQS queue (`aws_sqs_queue`), and its dead-letter queue when given; message age
   * follows the queue's retention.
   */
  monitorSqsQueue(
    queue: SqsQueue,
    options: SqsQueueMonitoringOptions = {},
  ): readonly MonitoringAlarm[] {
    return this.monitorResource(
      awsServiceDefinitions.sqsQueue,
      queue,
      options,
      "monitorSqsQueue()",
      false,
      DeclarationSite.capture(),
    ) as readonly MonitoringAlarm[];
  }

  /**
   * Monitors an RDS DB instance (`aws_db_instance`); free storage follows its allocated storage.
   */
  monitorRdsInstance(
    db: DbInstance,
    options: RdsInstanceMonitoringOptions = {},
  ): readonly MonitoringAlarm[] {
    return this.monitorResource(
      awsServiceDefinitions.rdsInstance,
      db,
      options,
      "monitorRdsInstance()",
      false,
      DeclarationSite.capture(),
    ) as readonly MonitoringAlarm[];
  }

  /**
   * Monitors an Azure Linux virtual machine (`azurerm_linux_virtual_machine`) with Azure Monitor
   * metric alerts from the AMBA defaults and your overrides.
   */
  monitorLinuxVirtualMachine(
    vm: LinuxVirtualMachine,
    options: VirtualMachineMonitoringOptions = {},
  ): readonly AzureMonitoringAlarm[] {
    return this.monitorResource(
      azureServiceDefinitions.linuxVirtualMachine,
      vm,
      options,
      "monitorLinuxVirtualMachine()",
      false,
      DeclarationSite.capture(),
    ) as readonly AzureMonitoringAlarm[];
  }

  /**
   * Monitors an Azure Windows virtual machine (`azurerm_windows_virtual_machine`) with Azure
   * Monitor metric alerts from the AMBA defaults and your overrides.
   */
  monitorWindowsVirtualMachine(
    vm: WindowsVirtualMachine,
    options: VirtualMachineMonitoringOptions = {},
  ): readonly AzureMonitoringAlarm[] {
    return this.monitorResource(
      azureServiceDefinitions.windowsVirtualMachine,
      vm,
      options,
      "monitorWindowsVirtualMachine()",
      false,
      DeclarationSite.capture(),
    ) as readonly AzureMonitoringAlarm[];
  }

  /** Monitors a Key Vault (`azurerm_key_vault`) with Azure Monitor metric alerts. */
  monitorKeyVault(
    vault: KeyVault,
    options: KeyVaultMonitoringOptions = {},
  ): readonly AzureMonitoringAlarm[] {
    return this.monitorResource(
      azureServiceDefinitions.keyVault,
      vault,
      options,
      "monitorKeyVault()",
      false,
      DeclarationSite.capture(),
    ) as readonly AzureMonitoringAlarm[];
  }

  /** Monitors a storage account (`azurerm_storage_account`) with Azure Monitor metric alerts. */
  monitorStorageAccount(
    account: StorageAccount,
    options: StorageAccountMonitoringOptions = {},
  ): readonly AzureMonitoringAlarm[] {
    return this.monitorResource(
      azureServiceDefinitions.storageAccount,
      account,
      options,
      "monitorStorageAccount()",
      false,
      DeclarationSite.capture(),
    ) as readonly AzureMonitoringAlarm[];
  }

  /** Monitors a Standard load balancer (`azurerm_lb`) with Azure Monitor metric alerts. */
  monitorLoadBalancer(
    lb: Lb,
    options: LoadBalancerMonitoringOptions = {},
  ): readonly AzureMonitoringAlarm[] {
    return this.monitorResource(
      azureServiceDefinitions.loadBalancer,
      lb,
      options,
      "monitorLoadBalancer()",
      false,
      DeclarationSite.capture(),
    ) as readonly AzureMonitoringAlarm[];
  }

  /** Monitors a Cosmos DB account (`azurerm_cosmosdb_account`) with Azure Monitor metric alerts. */
  monitorCosmosdbAccount(
    account: CosmosdbAccount,
    options: CosmosdbAccountMonitoringOptions = {},
  ): readonly AzureMonitoringAlarm[] {
    return this.monitorResource(
      azureServiceDefinitions.cosmosdbAccount,
      account,
      options,
      "monitorCosmosdbAccount()",
      false,
      DeclarationSite.capture(),
    ) as readonly AzureMonitoringAlarm[];
  }

  /** Monitors a PostgreSQL flexible server (`azurerm_postgresql_flexible_server`) with Azure Monitor metric alerts. */
  monitorPostgresqlFlexibleServer(
    server: PostgresqlFlexibleServer,
    options: PostgresqlFlexibleServerMonitoringOptions = {},
  ): readonly AzureMonitoringAlarm[] {
    return this.monitorResource(
      azureServiceDefinitions.postgresqlFlexibleServer,
      server,
      options,
      "monitorPostgresqlFlexibleServer()",
      false,
      DeclarationSite.capture(),
    ) as readonly AzureMonitoringAlarm[];
  }

  /** Monitors an Azure SQL database (`azurerm_mssql_database`) with Azure Monitor metric alerts. */
  monitorMssqlDatabase(
    db: MssqlDatabase,
    options: MssqlDatabaseMonitoringOptions = {},
  ): readonly AzureMonitoringAlarm[] {
    return this.monitorResource(
      azureServiceDefinitions.mssqlDatabase,
      db,
      options,
      "monitorMssqlDatabase()",
      false,
      DeclarationSite.capture(),
    ) as readonly AzureMonitoringAlarm[];
  }

  /** Monitors an App Service plan (`azurerm_service_plan`) with Azure Monitor metric alerts. */
  monitorServicePlan(
    resource: ServicePlan,
    options: ServicePlanMonitoringOptions = {},
  ): readonly AzureMonitoringAlarm[] {
    return this.monitorResource(
      azureServiceDefinitions.servicePlan,
      resource,
      options,
      "monitorServicePlan()",
      false,
      DeclarationSite.capture(),
    ) as readonly AzureMonitoringAlarm[];
  }

  /** Monitors a Service Bus namespace (`azurerm_servicebus_namespace`) with Azure Monitor metric alerts. */
  monitorServicebusNamespace(
    resource: ServicebusNamespace,
    options: ServicebusNamespaceMonitoringOptions = {},
  ): readonly AzureMonitoringAlarm[] {
    return this.monitorResource(
      azureServiceDefinitions.servicebusNamespace,
      resource,
      options,
      "monitorServicebusNamespace()",
      false,
      DeclarationSite.capture(),
    ) as readonly AzureMonitoringAlarm[];
  }

  /** Monitors an Azure Cache for Redis (`azurerm_redis_cache`) with Azure Monitor metric alerts. */
  monitorRedisCache(
    resource: RedisCache,
    options: RedisCacheMonitoringOptions = {},
  ): readonly AzureMonitoringAlarm[] {
    return this.monitorResource(
      azureServiceDefinitions.redisCache,
      resource,
      options,
      "monitorRedisCache()",
      false,
      DeclarationSite.capture(),
    ) as readonly AzureMonitoringAlarm[];
  }

  /** Monitors a Linux web app (`azurerm_linux_web_app`) with Azure Monitor metric alerts. */
  monitorLinuxWebApp(
    resource: LinuxWebApp,
    options: WebAppMonitoringOptions = {},
  ): readonly AzureMonitoringAlarm[] {
    return this.monitorResource(
      azureServiceDefinitions.linuxWebApp,
      resource,
      options,
      "monitorLinuxWebApp()",
      false,
      DeclarationSite.capture(),
    ) as readonly AzureMonitoringAlarm[];
  }

  /** Monitors a Windows web app (`azurerm_windows_web_app`) with Azure Monitor metric alerts. */
  monitorWindowsWebApp(
    resource: WindowsWebApp,
    options: WebAppMonitoringOptions = {},
  ): readonly AzureMonitoringAlarm[] {
    return this.monitorResource(
      azureServiceDefinitions.windowsWebApp,
      resource,
      options,
      "monitorWindowsWebApp()",
      false,
      DeclarationSite.capture(),
    ) as readonly AzureMonitoringAlarm[];
  }

  /** Monitors a Linux function app (`azurerm_linux_function_app`) with Azure Monitor metric alerts. */
  monitorLinuxFunctionApp(
    resource: LinuxFunctionApp,
    options: FunctionAppMonitoringOptions = {},
  ): readonly AzureMonitoringAlarm[] {
    return this.monitorResource(
      azureServiceDefinitions.linuxFunctionApp,
      resource,
      options,
      "monitorLinuxFunctionApp()",
      false,
      DeclarationSite.capture(),
    ) as readonly AzureMonitoringAlarm[];
  }

  /** Monitors a Windows function app (`azurerm_windows_function_app`) with Azure Monitor metric alerts. */
  monitorWindowsFunctionApp(
    resource: WindowsFunctionApp,
    options: FunctionAppMonitoringOptions = {},
  ): readonly AzureMonitoringAlarm[] {
    return this.monitorResource(
      azureServiceDefinitions.windowsFunctionApp,
      resource,
      options,
      "monitorWindowsFunctionApp()",
      false,
      DeclarationSite.capture(),
    ) as readonly AzureMonitoringAlarm[];
  }

  /** Monitors a Linux VM scale set (`azurerm_linux_virtual_machine_scale_set`) with Azure Monitor metric alerts. */
  monitorLinuxVirtualMachineScaleSet(
    resource: LinuxVirtualMachineScaleSet,
    options: VirtualMachineScaleSetMonitoringOptions = {},
  ): readonly AzureMonitoringAlarm[] {
    return this.monitorResource(
      azureServiceDefinitions.linuxVirtualMachineScaleSet,
      resource,
      options,
      "monitorLinuxVirtualMachineScaleSet()",
      false,
      DeclarationSite.capture(),
    ) as readonly AzureMonitoringAlarm[];
  }

  /** Monitors a Windows VM scale set (`azurerm_windows_virtual_machine_scale_set`) with Azure Monitor metric alerts. */
  monitorWindowsVirtualMachineScaleSet(
    resource: WindowsVirtualMachineScaleSet,
    options: VirtualMachineScaleSetMonitoringOptions = {},
  ): readonly AzureMonitoringAlarm[] {
    return this.monitorResource(
      azureServiceDefinitions.windowsVirtualMachineScaleSet,
      resource,
      options,
      "monitorWindowsVirtualMachineScaleSet()",
      false,
      DeclarationSite.capture(),
    ) as readonly AzureMonitoringAlarm[];
  }

  /** Monitors an AKS cluster (`azurerm_kubernetes_cluster`) with Azure Monitor metric alerts. */
  monitorKubernetesCluster(
    resource: KubernetesCluster,
    options: KubernetesClusterMonitoringOptions = {},
  ): readonly AzureMonitoringAlarm[] {
    return this.monitorResource(
      azureServiceDefinitions.kubernetesCluster,
      resource,
      options,
      "monitorKubernetesCluster()",
      false,
      DeclarationSite.capture(),
    ) as readonly AzureMonitoringAlarm[];
  }

  /** Monitors an Application Gateway (`azurerm_application_gateway`) with Azure Monitor metric alerts. */
  monitorApplicationGateway(
    resource: ApplicationGateway,
    options: ApplicationGatewayMonitoringOptions = {},
  ): readonly AzureMonitoringAlarm[] {
    return this.monitorResource(
      azureServiceDefinitions.applicationGateway,
      resource,
      options,
      "monitorApplicationGateway()",
      false,
      DeclarationSite.capture(),
    ) as readonly AzureMonitoringAlarm[];
  }

  /**
   * Registers an S3 bucket (`aws_s3_bucket`) as a backend target of kind `aws_s3` (template
   * "AWS S3 bucket by HTTP"), without CloudWatch alarms. Needs the `backend` option.
   */
  registerS3Bucket(bucket: S3Bucket, options: S3BucketTargetOptions = {}): MonitoringTarget {
    return awsFacadeParts.registerS3BucketTarget(
      {
        facade: this,
        prefix: this.prefix,
        defaultGroup: this.defaultGroup,
        backend: this.props.backend,
        region: () => this.props.region ?? awsFacadeParts.defaultRegionOf(this),
      },
      bucket,
      options,
    );
  }

  /**
   * Monitors a resource with any service definition: what every `monitorXxx()` does, available
   * for services defined outside the library.
   */
  override monitor<
    R extends TerraformResource,
    O extends ResourceMonitoringOptions,
    A extends TerraformResource,
  >(
    service: ServiceDefinition<R, O, A>,
    resource: R,
    options?: O,
    context = `monitor(${service.id})`,
  ): readonly CreatedAlarm<A>[] {
    return this.monitorResource(
      service,
      resource,
      options ?? {},
      context,
      false,
      DeclarationSite.capture(),
    ) as CreatedAlarm<A>[];
  }

  /**
   * Attaches the default alarms to every supported resource below `scope` that nothing
   * monitors explicitly. Runs as a cdktf Aspect at synth, so resources declared after this call
   * are found too.
   */
  watchScope(scope: IConstruct, options: WatchScopeOptions = {}): void {
    const declaredAt = DeclarationSite.capture();
    const aspect = new DiscoveryAspect(
      this,
      scope,
      discoverableServices(),
      options,
      (service, resource, opts) =>
        this.monitorResource(
          service,
          resource,
          opts,
          `watchScope() of ${scope.node.path}`,
          true,
          declaredAt,
        ),
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
    const problems = awsFacadeParts.validateCompositeAlarm(id, options);
    if (problems.length > 0) {
      throw new MonitoringConfigError(this.node.path, `addCompositeAlarm("${id}")`, problems);
    }
    const cloudWatchRendering = this.renderingOf(awsFacadeParts.cloudWatch)
      .renderer as CloudWatchRenderer;
    if (cloudWatchRendering.composites.some((c) => c.id === id)) {
      throw new MonitoringConfigError(this.node.path, `addCompositeAlarm("${id}")`, [
        {
          option: "id",
          message: `"${id}" is already used; allowed: a distinct id per composite alarm`,
        },
      ]);
    }
    cloudWatchRendering.composites.push({ id, options });
  }

  /**
   * A service level objective with multi-window, multi-burn-rate alerts (Google's SRE workbook):
   * per alert, a CloudWatch metric-math alarm on the error ratio over its long and over its short
   * window, and a composite alarm that fires when both exceed `factor × (1 − target)`, notifying
   * the alert's severity (by default: critical pages at 14.4× over 1 h/5 min and 6× over
   * 6 h/30 min, warning tickets at 3× over 1 d/2 h and 1× over 3 d/6 h). The error budget and
   * burn rate are shown on the dashboard `<prefix>-slos`. AWS only.
   *
   * ```ts
   * monitoring.addSlo("checkout", {
   *   indicator: SloIndicators.lambdaAvailability(checkoutFn),
   *   target: 99.9,
   * });
   * ```
   */
  addSlo(id: string, options: SloOptions): SloAlarms {
    const call = `addSlo("${id}")`;
    const { slo, problems } = planSlo(id, options);
    if (!slo) throw new MonitoringConfigError(this.node.path, call, problems);
    const rendering = this.renderingOf(awsFacadeParts.cloudWatch).renderer as CloudWatchRenderer;
    if (rendering.slos.some((other) => other.id === id)) {
      throw new MonitoringConfigError(this.node.path, call, [
        { option: "id", message: `"${id}" is already used; allowed: a distinct id per SLO` },
      ]);
    }
    for (const alert of slo.alerts) this.sloSeverities.add(alert.severity);
    return rendering.addSlo(slo, this.node.path, call);
  }

  /**
   * The SLOs of an OpenSLO v1 YAML file (kinds `SLO` and `SLI`, `ratioMetric` or
   * `thresholdMetric` over `CloudWatch` metric sources), each added as by `addSlo()` with its
   * `metadata.name` as id. Fields the library cannot honour are errors naming the file and field.
   */
  addOpenSlo(file: string, options: OpenSloReadOptions = {}): readonly SloAlarms[] {
    return readOpenSloFile(file, options).map(({ id, options: slo }) => this.addSlo(id, slo));
  }

  /**
   * A maintenance window for service groups: a `monitoring_maintenance` over the groups in the
   * backend (when `backend` is set) and, at synth, a suppression of the groups' alarms on each
   * cloud that has one (Azure: an alert processing rule over the resources they watch).
   * CloudWatch has no scheduled suppression: its alarms keep notifying, and synth warns.
   *
   * ```ts
   * monitoring.maintenance("patch-night", {
   *   groups: ["storefront"],
   *   schedule: { every: "week", daysOfWeek: ["tuesday"], startTime: "22:00", duration: "2h",
   *               from: "2026-12-01T00:00:00Z", until: "2027-12-01T00:00:00Z" },
   * });
   * ```
   */
  maintenance(id: string, options: GroupMaintenanceOptions): void {
    const planned = planMaintenance(this, id, options);
    if (this.maintenances.some((m) => m.name === planned.name || m.id === planned.id)) {
      throw new MonitoringConfigError(this.node.path, planned.call, [
        {
          option: "name",
          message: `"${planned.id}" or "${planned.name}" is already used by another maintenance window; allowed: a distinct id and name`,
        },
      ]);
    }
    this.maintenances.push(planned);
    const backend = this.props.backend;
    if (backend) {
      new MaintenanceWindow(
        backend.scope ?? this,
        `${planned.name.replace(/\//g, "_")}-maintenance`,
        {
          name: planned.name,
          description: planned.description,
          groups: planned.groups,
          schedule: options.schedule,
          collectData: planned.collectData,
          provider: backend.provider,
        },
      );
    }
  }

  /**
   * Every alarm created so far. After synth (aspects), this includes the alarms discovery made.
   */
  createdAlarms(): readonly CreatedAlarm[] {
    return [...this.alarms];
  }

  /** @internal */
  isMonitored(resource: IConstruct): boolean {
    return appRegistryOf(this).monitored.has(resource);
  }

  /**
   * What every `monitorXxx()` does. They call it directly rather than through `monitor()`: cdktf
   * keeps the full stack trace of every token it creates (six per Azure alert), so each frame
   * between the user's call and the alarm's constructor costs a line per token.
   */
  private monitorResource(
    service: AnyServiceDefinition,
    resource: TerraformResource,
    options: ResourceMonitoringOptions,
    context: string,
    /** Skip (rather than reject) a resource that is already monitored: discovery, related resources. */
    skipIfMonitored: boolean,
    /** The user's call that declared this monitoring, recorded on what it creates. */
    declaredAt: DeclarationSite,
  ): readonly CreatedAlarm[] {
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
      defaults: this.props.alarmDefaults,
    });
    if (plan.problems.length > 0) throw new MonitoringConfigError(path, context, plan.problems);
    const stackPath = this.stackPath();
    const nameKey = (spec: AlarmSpec) => `${spec.region ?? stackPath}|${spec.name}`;
    for (const spec of plan.specs) {
      const other = registry.alarmNames.get(nameKey(spec));
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
    const created: CreatedAlarm[] = [];
    const rendering = this.renderingOf(service.cloud);
    const renderContext = {
      resource,
      serviceId: service.id,
      path,
      call: context,
      cloudSettings: service.cloudSettings,
    };
    for (const spec of plan.specs) {
      registry.alarmNames.set(nameKey(spec), path);
      const alarm = rendering.renderer.render(spec, renderContext);
      rendering.alarms.push(alarm);
      this.alarms.push(alarm);
      created.push(alarm);
      recordDeclarationSite(alarm.alarm, declaredAt);
    }
    recordDeclarationSite(resource, declaredAt);
    const backend = this.props.backend;
    if (backend && backend.registerTargets !== false && service.backendTarget) {
      registerCloudTarget(backend, {
        facade: this,
        prefix: this.prefix,
        target: service.backendTarget,
        resource,
        resourceName,
        group: options.group ?? this.defaultGroup,
        region: service.cloud.regionOf(this, resource),
        alarms: created,
        context,
      });
    }
    const related = service.related?.(resource, options) ?? [];
    for (const r of related) {
      // a dead-letter queue shared by several queues is monitored once
      created.push(
        ...this.monitorResource(r.service, r.resource, r.options, context, true, declaredAt),
      );
    }
    return created;
  }

  /** Construct path of the facade's stack: where alarms without a region of their own live. */
  private stackPath(): string {
    return (this.cachedStackPath ??= `${this.node.scopes.find(TerraformStack.isStack)?.node.path}`);
  }

  private renderingOf(cloud: AlarmCloud): {
    readonly renderer: AlarmRenderer;
    readonly alarms: CreatedAlarm[];
  } {
    let rendering = this.renderers.get(cloud);
    if (!rendering) {
      rendering = { renderer: cloud.startRendering(this), alarms: [] };
      this.renderers.set(cloud, rendering);
    }
    return rendering;
  }

  /** Discovery, warnings, composite alarms and dashboards, once; returns the constructs it added. */
  private finalize(): readonly IConstruct[] {
    if (this.finalized) return [];
    const before = this.node.children.length;
    for (const discovery of this.discoveries) discovery.run();
    this.finalized = true;
    for (const severity of SEVERITIES) {
      if (
        (this.alarms.some((a) => a.spec.severity === severity) ||
          this.sloSeverities.has(severity)) &&
        (channelsOf(this.props.notify)[severity]?.length ?? 0) === 0
      ) {
        Annotations.of(this).addWarning(
          `No notification channel for ${severity} alarms: they are created without actions. Set notify.${severity} (${Object.values(NOTIFY_FACTORIES).join(", ")}).`,
        );
      }
    }
    this.checkChannelsReachAlarms();
    const byName = (a: CreatedAlarm, b: CreatedAlarm) =>
      a.spec.name < b.spec.name ? -1 : a.spec.name > b.spec.name ? 1 : 0;
    const sorted = [...this.alarms].sort(byName);
    for (const { renderer, alarms } of this.renderers.values()) {
      renderer.finalize([...alarms].sort(byName));
    }
    for (const planned of this.maintenances) {
      suppressDuringMaintenance(this, planned, this.renderers);
    }
    const backend = this.props.backend;
    if (backend) {
      const groups = ServiceGroups.of(backend.scope ?? this);
      for (const name of new Set(sorted.map((a) => a.spec.group))) {
        groups.group(name, backend.provider);
      }
    }
    writeDeclarationSites();
    return this.node.children.slice(before);
  }

  /**
   * Each cloud notifies the channels it can (an SNS topic only CloudWatch alarms, an action group
   * only Azure alerts); a channel that no alarm of its severity can use would be lost silently.
   */
  private checkChannelsReachAlarms(): void {
    const problems: ConfigProblem[] = [];
    for (const severity of SEVERITIES) {
      const clouds = [...this.renderers]
        .filter(([, rendering]) => rendering.alarms.some((a) => a.spec.severity === severity))
        .map(([cloud]) => cloud);
      if (clouds.length === 0) continue;
      const usable = new Set(clouds.flatMap((cloud) => cloud.notifyKinds));
      const channels = channelsOf(this.props.notify)[severity] ?? [];
      if (SharedNotifications.isSharedNotifications(this.props.notify)) {
        // other facades may be what a shared channel is for: only alarms left unnotified are told
        if (channels.length > 0 && !channels.some((c) => usable.has(c.kind))) {
          Annotations.of(this).addWarning(
            `No channel of SharedNotifications ${this.props.notify.node.path} reaches the ${severity} alarms (${clouds.map((c) => c.title).join(", ")}): they notify nobody. Add one of ${[...usable].map((kind) => NOTIFY_FACTORIES[kind]).join(", ")} to its notify.${severity}.`,
          );
        }
        continue;
      }
      for (const channel of channels) {
        if (usable.has(channel.kind)) continue;
        problems.push({
          option: `notify.${severity}`,
          message:
            `${NOTIFY_FACTORIES[channel.kind]} reaches none of the ${severity} alarms (${clouds.map((c) => c.title).join(", ")}); ` +
            `allowed: ${[...usable].map((kind) => NOTIFY_FACTORIES[kind]).join(", ")}`,
        });
      }
    }
    if (problems.length > 0) throw new MonitoringConfigError(this.node.path, "notify", problems);
  }
}

const validators = new WeakMap<AnyServiceDefinition, OptionsValidator>();

function validatorOf(service: AnyServiceDefinition): OptionsValidator {
  let validator = validators.get(service);
  if (!validator) {
    validator = buildOptionsValidator(
      service.alarms,
      service.cloud.alarmRules,
      service.extraOptions,
    );
    validators.set(service, validator);
  }
  return validator;
}
