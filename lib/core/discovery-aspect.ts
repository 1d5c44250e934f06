import { TerraformResource, type IAspect } from "cdktf";
import { Construct, type IConstruct } from "constructs";
import type { AnyServiceDefinition, MonitorRequest } from "./service-definition";
import type { ResourceMonitoringOptions } from "./alarm-options";

/** The services discovery looks for, by service id (a cloud's registry, e.g. `AWS_SERVICES`). */
export type ServiceRegistry = Readonly<Record<string, AnyServiceDefinition>>;

/**
 * What discovery leaves out, and how it groups what it finds. Each cloud narrows the service
 * ids and the per-service defaults to its own registry (`WatchScopeOptions` for AWS and Azure).
 */
export interface DiscoveryOptions {
  /**
   * Services whose resources are not monitored automatically, e.g. `["ec2Instance"]`.
   *
   * @default - every supported service
   */
  readonly excludeServices?: readonly string[];
  /**
   * Resources, or constructs whose subtrees hold resources, that are not monitored automatically.
   *
   * @default - none
   */
  readonly exclude?: readonly IConstruct[];
  /**
   * Service group of the resources discovery monitors.
   *
   * @default - the facade's `defaultGroup`
   */
  readonly group?: string;
  /**
   * Options per service id for the resources discovery monitors: the same options as the
   * service's `monitorXxx()` (without `name`), validated the same way at synth.
   *
   * @default - the catalog defaults
   */
  readonly defaults?: Readonly<Record<string, ResourceMonitoringOptions | undefined>>;
}

/** How discovery hands a resource to the facade. */
export type MonitorFn = (
  service: AnyServiceDefinition,
  resource: TerraformResource,
  options: ResourceMonitoringOptions,
) => unknown;

/**
 * The aspect behind `watchScope()`. When visited at its scope (at synth, after every explicit
 * `monitorXxx()` call), it finds the supported resources below the scope that nothing monitors,
 * in construct-path order, and monitors them with the defaults. It runs once; the facade may run
 * it earlier to finish its dashboards.
 */
export class DiscoveryAspect implements IAspect {
  private done = false;

  constructor(
    private readonly facade: IConstruct & { isMonitored(resource: IConstruct): boolean },
    private readonly scope: IConstruct,
    private readonly services: ServiceRegistry,
    private readonly options: DiscoveryOptions,
    private readonly monitor: MonitorFn,
  ) {
    const notConstructs = (options.exclude ?? []).filter((c) => !isConstruct(c));
    if (notConstructs.length > 0) {
      throw new Error(
        `watchScope(${scope.node.path}): exclude holds ${notConstructs.length} value(s) that are not constructs; allowed: resources or constructs of the app`,
      );
    }
    const unknown = (options.excludeServices ?? []).filter((id) => !(id in services));
    if (unknown.length > 0) {
      throw new Error(
        `watchScope(${scope.node.path}): unknown service id(s) in excludeServices: ${unknown.join(", ")}; allowed: ${Object.keys(services).join(", ")}`,
      );
    }
  }

  visit(node: IConstruct): void {
    if (node === this.scope) this.run();
  }

  /** Monitors everything found (once). */
  run(): void {
    if (this.done) return;
    this.done = true;
    const excludedServices = new Set<string>(this.options.excludeServices ?? []);
    const byType = new Map<string, AnyServiceDefinition>();
    for (const [id, service] of Object.entries(this.services)) {
      if (!excludedServices.has(id)) byType.set(service.terraformResourceType, service);
    }
    const excluded = [this.facade, ...(this.options.exclude ?? [])].map((c) => c.node.path);
    const isExcluded = (path: string) =>
      excluded.some((e) => path === e || path.startsWith(`${e}/`));
    const found = new Map<AnyServiceDefinition, TerraformResource[]>();
    for (const node of this.scope.node.findAll()) {
      if (!TerraformResource.isTerraformResource(node)) continue;
      const service = byType.get(node.terraformResourceType);
      if (!service || this.facade.isMonitored(node) || isExcluded(node.node.path)) continue;
      const list = found.get(service);
      if (list) list.push(node);
      else found.set(service, [node]);
    }
    const group = this.options.group ? { group: this.options.group } : {};
    const defaults = this.options.defaults ?? {};
    for (const [id, service] of Object.entries(this.services)) {
      if (byType.get(service.terraformResourceType) !== service) continue;
      const serviceDefaults: ResourceMonitoringOptions = defaults[id] ?? {};
      const resources = (found.get(service) ?? []).sort((a, b) =>
        compare(a.node.path, b.node.path),
      );
      if (resources.length === 0) continue;
      const requests: readonly MonitorRequest<TerraformResource, ResourceMonitoringOptions>[] =
        service.discover
          ? service.discover(resources)
          : resources.map((resource) => ({ resource, options: {} }));
      for (const request of requests) {
        if (this.facade.isMonitored(request.resource)) continue;
        const own = request.service === undefined || request.service === service;
        this.monitor(request.service ?? service, request.resource, {
          ...group,
          ...(own ? serviceDefaults : {}),
          ...request.options,
        });
      }
    }
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isConstruct(value: unknown): value is IConstruct {
  return Construct.isConstruct(value);
}
