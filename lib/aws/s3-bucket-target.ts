import type { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import type { TerraformResource } from "cdktf";
import type { Construct } from "constructs";
import { registerCloudTarget } from "../backend/cloud-targets";
import type { MonitoringTarget } from "../backend/generated/monitoring-target";
import { resourceNameOf } from "../core/alarm-naming";
import type { MonitoringBackendOptions, S3BucketTargetOptions } from "../core/backend-options";
import { MonitoringConfigError } from "../core/config-error";
import type { BackendTargetDefinition } from "../core/service-definition";

/**
 * An S3 bucket as an `aws_s3` target (template "AWS S3 bucket by HTTP"). S3 has no CloudWatch
 * alarms in the library yet, so this is a target definition without a service.
 */
export const s3BucketTarget: BackendTargetDefinition<S3Bucket> = {
  kind: "aws_s3",
  address: (bucket) => bucket.bucketDomainName,
  identifiers: (bucket, region) => ({ "AWS.S3.BUCKET.NAME": bucket.bucket, "AWS.REGION": region }),
};

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
    target: s3BucketTarget as BackendTargetDefinition<TerraformResource>,
    resource: bucket,
    resourceName: options.name ?? resourceNameOf(bucket),
    group: options.group ?? facade.defaultGroup,
    region: facade.region(),
    alarms: [],
    context,
    macros: filterId === undefined ? undefined : { "AWS.S3.FILTER.ID": filterId },
  });
}
