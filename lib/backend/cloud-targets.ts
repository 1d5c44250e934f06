import type { TerraformResource } from "cdktf";
import type { Construct } from "constructs";
import type { AlarmSpec } from "../core/alarm-spec";
import type { MonitoringBackendOptions } from "../core/backend-options";
import { MonitoringConfigError } from "../core/config-error";
import type { BackendTargetDefinition, SharedThreshold } from "../core/service-definition";
import { TARGET_KINDS } from "../provider/schema";
import { MonitoringTarget } from "./generated/monitoring-target";
import { isValidTargetName, TARGET_NAME_ALLOWED } from "./private/schemas";
import { claimTargetName } from "./private/target-names";
import { ServiceGroups } from "./service-groups";

/** What the backend reads of an alarm: its spec. */
export interface AlarmWithSpec {
  /** The cloud-neutral alarm; its `key`, `severity` and `threshold` fill the shared threshold macros. */
  readonly spec: AlarmSpec;
}

/** The template macros the alarms' thresholds set, per the service's {@link SharedThreshold}s. */
export function thresholdMacrosOf(
  shared: readonly SharedThreshold[],
  alarms: readonly AlarmWithSpec[],
): Record<string, string> {
  const macros: Record<string, string> = {};
  for (const mapping of shared) {
    const of = (severity: string) =>
      alarms.find((a) => a.spec.key === mapping.key && a.spec.severity === severity)?.spec
        .threshold;
    const first = mapping.severity ?? "warning";
    const value = of(first) ?? of(first === "warning" ? "critical" : "warning");
    if (value !== undefined) macros[mapping.macro] = String(value);
  }
  return macros;
}

/** What the facade knows about a monitored resource when registering it. */
export interface CloudTargetRequest {
  /** The `Monitoring` facade; the target is created in its scope unless the backend options give `scope`, and its construct id starts with the facade's id. */
  readonly facade: Construct;
  /** The facade's name prefix; the target is named `<prefix>-<resourceName>`. */
  readonly prefix: string;
  /** The service's backend target: kind, address, identifier macros and shared thresholds. */
  readonly target: BackendTargetDefinition<TerraformResource>;
  /** The monitored cloud resource; errors name its construct path. */
  readonly resource: TerraformResource;
  /** The resource's name part in alarm and target names. */
  readonly resourceName: string;
  /** Service group of the resource; the target joins the `monitoring_group` of that name. */
  readonly group: string;
  /** Cloud region of the resource (AWS region or Azure location), passed to the identifier macros. */
  readonly region: string;
  /** The alarms created for the resource; their thresholds set the template's shared threshold macros. */
  readonly alarms: readonly AlarmWithSpec[];
  /** The call being made, for error messages, e.g. `monitorEc2Instance()`. */
  readonly context: string;
  /**
   * More template macros, e.g. `AWS.S3.FILTER.ID`.
   *
   * @default - none
   */
  readonly macros?: Readonly<Record<string, string>>;
}

/**
 * Registers a monitored cloud resource as a `monitoring_target` in the backend scope, with the
 * identifiers and threshold macros its cloud template needs.
 */
export function registerCloudTarget(
  backend: MonitoringBackendOptions,
  request: CloudTargetRequest,
): MonitoringTarget {
  const cloud = request.target;
  if (!(TARGET_KINDS as readonly string[]).includes(cloud.kind)) {
    throw new MonitoringConfigError(request.resource.node.path, request.context, [
      {
        option: "backendTarget.kind",
        message: `the service's backend target kind ${JSON.stringify(cloud.kind)} is not one the provider knows; allowed: ${TARGET_KINDS.join(", ")}`,
      },
    ]);
  }
  const scope = backend.scope ?? request.facade;
  const name = `${request.prefix}-${request.resourceName}`;
  if (!isValidTargetName(name)) {
    throw new MonitoringConfigError(request.resource.node.path, request.context, [
      {
        option: "name",
        message: `backend target name ${JSON.stringify(name)} is not valid; set \`name\` (allowed: ${TARGET_NAME_ALLOWED})`,
      },
    ]);
  }
  claimTargetName(scope, request.context, name, backend.provider?.node.path);
  const group = ServiceGroups.of(scope).group(request.group, backend.provider);
  const macros: Record<string, string> = {
    ...cloud.identifiers(request.resource, request.region),
    ...thresholdMacrosOf(cloud.sharedThresholds ?? [], request.alarms),
    ...request.macros,
  };
  const sorted = Object.fromEntries(Object.entries(macros).sort(([a], [b]) => (a < b ? -1 : 1)));
  const id = `${request.facade.node.id}-target-${request.resourceName}`;
  return new MonitoringTarget(scope, id, {
    name,
    kind: cloud.kind,
    address: cloud.address(request.resource),
    groups: [group.id],
    thresholds: sorted,
    provider: backend.provider,
  });
}
