import type {
  CloudfrontDistribution,
  CloudfrontDistributionOrigin,
} from "@cdktf/provider-aws/lib/cloudfront-distribution";
import { CLOUDFRONT_DISTRIBUTION_ALARMS } from "../catalog/aws/cloudfront";
import type { AlarmOptions, ResourceMonitoringOptions } from "../core/alarm-options";
import { literal } from "../core/service-definition";
import { cloudWatch } from "./cloudwatch";
import type { AwsServiceDefinition } from "./aws-service-definition";

/** CloudFront waits 30 s for a custom origin unless `origin_read_timeout` says otherwise. */
const DEFAULT_ORIGIN_READ_TIMEOUT_SECONDS = 30;

/**
 * Options of `monitorCloudfrontDistribution()`. Each alarm option takes
 * `{ warning?, critical?, ...overrides }` or `false` to turn the alarm off; defaults and their
 * sources are in `lib/catalog/aws/cloudfront.ts`. The alarms are created in us-east-1.
 */
export interface CloudfrontDistributionMonitoringOptions extends ResourceMonitoringOptions {
  /**
   * Share of viewer requests answered with 5xx (%).
   *
   * @default - warning > 1, critical > 5 in 5 of 5 periods of 60 s
   */
  readonly errorRate5xx?: AlarmOptions | false;
  /**
   * p90 origin latency (ms); percentages are of the longest origin read timeout. Off unless set,
   * because it needs the distribution's additional (paid) metrics.
   *
   * @default - off; when enabled: critical > 80% of the origin read timeout in 5 of 5 periods of 60 s
   */
  readonly originLatency?: AlarmOptions | false;
}

/** The longest origin read timeout in ms, when the origins are literal. */
function originReadTimeoutMs(distribution: CloudfrontDistribution): number | undefined {
  const origins = literal(distribution.originInput);
  if (!Array.isArray(origins) || origins.length === 0) return undefined;
  let longest = 0;
  for (const origin of origins as CloudfrontDistributionOrigin[]) {
    const custom = literal(origin.customOriginConfig);
    const configured = custom?.originReadTimeout;
    const seconds =
      configured === undefined ? DEFAULT_ORIGIN_READ_TIMEOUT_SECONDS : literal(configured);
    if (seconds === undefined) return undefined;
    longest = Math.max(longest, seconds);
  }
  return longest * 1000;
}

/**
 * CloudFront distributions (`aws_cloudfront_distribution`), dimensions `DistributionId` and
 * `Region=Global`; the metrics exist only in us-east-1.
 */
export const cloudfrontDistributionService: AwsServiceDefinition<
  CloudfrontDistribution,
  CloudfrontDistributionMonitoringOptions
> = {
  id: "cloudfrontDistribution",
  title: "CloudFront distribution",
  terraformResourceType: "aws_cloudfront_distribution",
  cloud: cloudWatch,
  alarms: CLOUDFRONT_DISTRIBUTION_ALARMS,
  region: "us-east-1",
  dimensions: (distribution) => ({ DistributionId: distribution.id, Region: "Global" }),
  inputs: {
    originResponseTimeoutMs: {
      describe: "the distribution's origin read timeout",
      howToSet: "declare the origins as a literal list",
      resolve: originReadTimeoutMs,
    },
  },
};
