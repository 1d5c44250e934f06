import type { DbInstance } from "@cdktf/provider-aws/lib/db-instance";
import type { Instance } from "@cdktf/provider-aws/lib/instance";
import type { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import type { TerraformResource } from "cdktf";
import type { Construct } from "constructs";
import type { MonitoringAlarm } from "../aws/alarm-factory";
import { resourceNameOf } from "../core/alarm-naming";
import type { MonitoringBackendOptions, S3BucketTargetOptions } from "../core/backend-options";
import { MonitoringConfigError } from "../core/config-error";
import { MonitoringTarget } from "./generated/monitoring-target";
import { isValidTargetName, TARGET_NAME_ALLOWED } from "./private/schemas";
import { claimTargetName } from "./private/target-names";
import { ServiceGroups } from "./service-groups";
import type { TargetKind } from "./backend-target";

/**
 * One threshold, two places: the catalog alarm `key` of `serviceId` whose threshold also sets
 * `macro` of the backend's cloud template. Zabbix's packaged AWS templates have one level per
 * metric (a warning), so the macro takes the warning alarm's threshold, or the critical one when
 * the warning alarm is off.
 */
export interface CloudThresholdMapping {
  readonly serviceId: string;
  readonly key: string;
  /** Macro name without `{$…}`, as the packaged Zabbix 6.0 template reads it. */
  readonly macro: string;
}

/** The thresholds shared by CloudWatch alarms and backend cloud templates. */
export const CLOUD_THRESHOLD_MACROS: readonly CloudThresholdMapping[] = [
  { serviceId: "ec2Instance", key: "cpuUtilization", macro: "AWS.EC2.CPU.UTIL.WARN.MAX" },
  { serviceId: "rdsInstance", key: "cpuUtilization", macro: "AWS.RDS.CPU.UTIL.WARN.MAX" },
];

interface CloudKind {
  readonly kind: TargetKind;
  readonly address: (resource: TerraformResource) => string;
  /** Identifier macros of the packaged template ("AWS EC2 by HTTP", "AWS RDS instance by HTTP"). */
  readonly identifiers: (resource: TerraformResource) => Record<string, string>;
}

/** Monitored services (and S3 buckets, see `registerS3Bucket()`) registered as backend targets, by service id. */
export const CLOUD_TARGET_KINDS: Readonly<Record<string, CloudKind>> = {
  ec2Instance: {
    kind: "aws_ec2",
    address: (r) => (r as Instance).privateIp,
    identifiers: (r) => ({ "AWS.EC2.INSTANCE.ID": (r as Instance).id }),
  },
  s3Bucket: {
    kind: "aws_s3",
    address: (r) => (r as S3Bucket).bucketDomainName,
    identifiers: (r) => ({ "AWS.S3.BUCKET.NAME": (r as S3Bucket).bucket }),
  },
  rdsInstance: {
    kind: "aws_rds",
    address: (r) => (r as DbInstance).address,
    identifiers: (r) => ({ "AWS.RDS.INSTANCE.ID": (r as DbInstance).identifier }),
  },
};

/** The template macros the alarms' thresholds set, per {@link CLOUD_THRESHOLD_MACROS}. */
export function thresholdMacrosOf(
  serviceId: string,
  alarms: readonly MonitoringAlarm[],
): Record<string, string> {
  const macros: Record<string, string> = {};
  for (const mapping of CLOUD_THRESHOLD_MACROS.filter((m) => m.serviceId === serviceId)) {
    const of = (severity: string) =>
      alarms.find((a) => a.spec.key === mapping.key && a.spec.severity === severity)?.spec
        .threshold;
    const value = of("warning") ?? of("critical");
    if (value !== undefined) macros[mapping.macro] = String(value);
  }
  return macros;
}

/** What the facade knows about a monitored resource when registering it. */
export interface CloudTargetRequest {
  readonly facade: Construct;
  readonly prefix: string;
  readonly serviceId: string;
  readonly resource: TerraformResource;
  readonly resourceName: string;
  readonly group: string;
  readonly region: string;
  readonly alarms: readonly MonitoringAlarm[];
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
 * identifiers and threshold macros its cloud template needs; undefined for services without a
 * backend kind.
 */
export function registerCloudTarget(
  backend: MonitoringBackendOptions,
  request: CloudTargetRequest,
): MonitoringTarget | undefined {
  const cloud = CLOUD_TARGET_KINDS[request.serviceId];
  if (!cloud) return undefined;
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
    ...cloud.identifiers(request.resource),
    "AWS.REGION": request.region,
    ...thresholdMacrosOf(request.serviceId, request.alarms),
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

/** The facade's side of a registration outside `monitorXxx()`. */
export interface FacadeBackend {
  readonly facade: Construct;
  readonly prefix: string;
  readonly defaultGroup: string;
  /** The facade's `backend` option. */
  readonly backend: MonitoringBackendOptions | undefined;
  /** The region for `{$AWS.REGION}`, computed on first use. */
  readonly region: () => string;
}

/** What `Monitoring.registerS3Bucket()` does: an `aws_s3` target, no alarms. */
export function registerS3BucketTarget(
  facade: FacadeBackend,
  bucket: S3Bucket,
  options: S3BucketTargetOptions,
): MonitoringTarget {
  const context = "registerS3Bucket()";
  if (!facade.backend) {
    throw new MonitoringConfigError(bucket.node.path, context, [
      {
        option: "backend",
        message: `the facade ${facade.facade.node.path} has no backend; set \`backend: {}\` on new Monitoring()`,
      },
    ]);
  }
  const filterId = options.requestMetricsFilterId;
  return registerCloudTarget(facade.backend, {
    facade: facade.facade,
    prefix: facade.prefix,
    serviceId: "s3Bucket",
    resource: bucket,
    resourceName: options.name ?? resourceNameOf(bucket),
    group: options.group ?? facade.defaultGroup,
    region: facade.region(),
    alarms: [],
    context,
    macros: filterId === undefined ? undefined : { "AWS.S3.FILTER.ID": filterId },
  })!;
}
