import type { TerraformProvider } from "cdktf";
import { Construct } from "constructs";
import { MonitoringConfigError } from "../core/config-error";
import type { TARGET_KINDS } from "../provider/schema";
import { MonitoringTarget } from "./generated/monitoring-target";
import type { MonitoringGroup } from "./generated/monitoring-group";
import { MaintenanceWindow, type MaintenanceOptions } from "./maintenance-window";
import { isValidTargetName, TARGET_NAME_ALLOWED } from "./private/schemas";
import { recordGroupMember } from "./private/group-members";
import { assignTarget } from "./private/site-assignments";
import { claimTargetName } from "./private/target-names";
import { optionPath } from "./private/validate-props";
import { ServiceGroups } from "./service-groups";
import type { BackendTargetOptions } from "./target-options";

/** A `monitoring_target` kind. */
export type TargetKind = (typeof TARGET_KINDS)[number];

/** What a declaration registers, after validation: the kind-specific half of a target. */
export interface BackendTargetSpec {
  /** What the target is; selects the backend templates unless `templates` says otherwise. */
  readonly kind: TargetKind;
  /** IPv4 address, IPv6 address or DNS name the backend reaches the target at. */
  readonly address: string;
  /** Port of the target's interface; the provider's default for the kind when absent. */
  readonly port?: number;
  /** Macros derived from the typed options; `thresholdMacros` is merged in by the base class. */
  readonly macros: Readonly<Record<string, string>>;
  /** Templates chosen by the declaration; `options.templates` wins over these. */
  readonly templates?: readonly string[];
}

interface Registration {
  readonly name: string;
  readonly options: BackendTargetOptions;
  readonly groups: readonly MonitoringGroup[];
  readonly macros: Readonly<Record<string, string>>;
  readonly target: MonitoringTarget;
}

/**
 * Base of the on-premises declarations: registers one `monitoring_target` in the backend with
 * its service groups and threshold macros.
 */
export abstract class BackendTarget extends Construct {
  private registration?: Registration;
  private readonly declaredDependencies: BackendTarget[] = [];

  /** @param context - what is being declared, for error messages, e.g. `LinuxServer` */
  protected constructor(
    scope: Construct,
    id: string,
    protected readonly context: string,
  ) {
    super(scope, id);
  }

  /** Creates the target from validated options; call once, from the subclass constructor. */
  protected register(options: BackendTargetOptions, spec: BackendTargetSpec): void {
    const name = options.name ?? this.node.id;
    if (options.name === undefined && !isValidTargetName(name)) {
      throw new MonitoringConfigError(this.node.path, this.context, [
        {
          option: "name",
          message: `the construct id ${JSON.stringify(name)} (the default name) is not a valid target name; set \`name\` (allowed: ${TARGET_NAME_ALLOWED})`,
        },
      ]);
    }
    claimTargetName(this, this.context, name, options.provider?.node.path);

    const macros: Record<string, string> = { ...spec.macros };
    for (const [macro, value] of Object.entries(options.thresholdMacros ?? {})) {
      if (macro in spec.macros) {
        throw new MonitoringConfigError(this.node.path, this.context, [
          {
            option: optionPath(["thresholdMacros", macro]),
            message: `{$${macro}} is already set by a typed option of this declaration; set it in one place only`,
          },
        ]);
      }
      macros[macro] = String(value);
    }

    const groupNames = typeof options.group === "string" ? [options.group] : [...options.group];
    const serviceGroups = ServiceGroups.of(this);
    const groups = [...new Set(groupNames)].map((g) => serviceGroups.group(g, options.provider));
    const templates = options.templates ?? spec.templates;
    const sorted = Object.fromEntries(Object.entries(macros).sort(([a], [b]) => (a < b ? -1 : 1)));

    this.registration = {
      name,
      options,
      groups,
      macros: sorted,
      target: new MonitoringTarget(this, "Target", {
        name,
        displayName: options.displayName,
        kind: spec.kind,
        address: spec.address,
        port: spec.port,
        groups: groups.map((g) => g.id),
        thresholds: Object.keys(sorted).length > 0 ? sorted : undefined,
        tags: options.tags ? { ...options.tags } : undefined,
        enabled: options.enabled,
        templates: templates ? [...templates] : undefined,
        provider: options.provider,
      }),
    };
    recordGroupMember(this, [...new Set(groupNames)], options.provider);
    const target = this.registration.target;
    assignTarget(
      this,
      this.context,
      { groups: [...new Set(groupNames)], provider: options.provider, site: options.site },
      (proxyId) => (target.proxy = proxyId),
    );
  }

  private get registered(): Registration {
    if (!this.registration) throw new Error(`${this.node.path}: register() was not called`);
    return this.registration;
  }

  /** The registered `monitoring_target`. */
  public get target(): MonitoringTarget {
    return this.registered.target;
  }

  /** The target's technical name in the backend. */
  public get targetName(): string {
    return this.registered.name;
  }

  /** The service groups the target belongs to. */
  public get groups(): readonly MonitoringGroup[] {
    return this.registered.groups;
  }

  /**
   * A maintenance window for this target alone (a `monitoring_maintenance`): while it runs, the
   * target's problems raise no notifications. For service groups, use {@link MaintenanceWindow}
   * or `Monitoring.maintenance()`.
   *
   * ```ts
   * server.maintenance("kernel-update", { schedule: { start: "2026-12-24T22:00:00Z", duration: "2h" } });
   * ```
   */
  public maintenance(id: string, options: MaintenanceOptions): MaintenanceWindow {
    return new MaintenanceWindow(this, id, {
      ...options,
      targets: [this],
      provider: this.registered.options.provider,
    });
  }

  /**
   * Declares that this target depends on `targets` (it fails when they fail): a service group's
   * {@link ServiceGroupMap} draws a link from this target to each of them, and lays them out
   * below it. It orders nothing in Terraform. Dependencies are targets of the same `provider`;
   * they must not form a cycle (a map with one fails at synth).
   *
   * ```ts
   * web.dependsOn(database, cache);
   * ```
   *
   * @returns this target, for chaining
   */
  public dependsOn(...targets: BackendTarget[]): this {
    const providerPath = this.registered.options.provider?.node.path ?? "";
    targets.forEach((target, i) => {
      const option = `dependsOn[${i}]`;
      if (!(target instanceof BackendTarget)) {
        throw new MonitoringConfigError(this.node.path, this.context, [
          {
            option,
            message:
              "is not a backend target declaration; allowed: LinuxServer, WindowsServer, NetworkDevice, PostgresDatabase, MysqlDatabase, WebEndpoint",
          },
        ]);
      }
      if (target === this) {
        throw new MonitoringConfigError(this.node.path, this.context, [
          { option, message: "a target cannot depend on itself" },
        ]);
      }
      const theirs = target.registered.options.provider?.node.path ?? "";
      if (theirs !== providerPath) {
        throw new MonitoringConfigError(this.node.path, this.context, [
          {
            option,
            message: `${target.node.path} is registered with another \`provider\` (${theirs || "the default"}) than this target (${providerPath || "the default"}); a dependency is a target of the same backend`,
          },
        ]);
      }
      if (!this.declaredDependencies.includes(target)) this.declaredDependencies.push(target);
    });
    return this;
  }

  /** The targets this one depends on ({@link BackendTarget.dependsOn}), in declaration order. */
  public get dependencies(): readonly BackendTarget[] {
    return this.declaredDependencies;
  }

  /** The `monitoring` provider configuration the target is registered with. */
  public get provider(): TerraformProvider | undefined {
    return this.registered.options.provider;
  }

  /** Threshold macros registered on the target (name without `{$…}` to value), sorted by name. */
  public get thresholdMacros(): Readonly<Record<string, string>> {
    return this.registered.macros;
  }
}
