import { CloudfrontDistribution } from "@cdktf/provider-aws/lib/cloudfront-distribution";
import type { TerraformStack } from "cdktf";
import { describe, expect, it } from "vitest";
import { synthMonitored } from "./service-test-helpers";

function distribution(scope: TerraformStack, originReadTimeout?: number): CloudfrontDistribution {
  return new CloudfrontDistribution(scope, "cdn", {
    enabled: true,
    origin: [
      {
        domainName: "origin.example.com",
        originId: "app",
        customOriginConfig: {
          httpPort: 80,
          httpsPort: 443,
          originProtocolPolicy: "https-only",
          originSslProtocols: ["TLSv1.2"],
          originReadTimeout,
        },
      },
    ],
    defaultCacheBehavior: {
      allowedMethods: ["GET", "HEAD"],
      cachedMethods: ["GET", "HEAD"],
      targetOriginId: "app",
      viewerProtocolPolicy: "redirect-to-https",
      cachePolicyId: "658327ea-f89d-4fab-a63d-7e88639e58f6",
    },
    restrictions: { geoRestriction: { restrictionType: "none" } },
    viewerCertificate: { cloudfrontDefaultCertificate: true },
  });
}

describe("monitorCloudfrontDistribution", () => {
  it("creates the 5xx-rate alarms in us-east-1 with Region=Global", () => {
    const stack = synthMonitored((scope, monitoring) => {
      monitoring.monitorCloudfrontDistribution(distribution(scope));
    });
    expect(Object.keys(stack.alarms).sort()).toEqual([
      "shop-cdn-error-rate5xx-critical",
      "shop-cdn-error-rate5xx-warning",
    ]);
    const critical = stack.alarms["shop-cdn-error-rate5xx-critical"];
    expect(critical).toMatchObject({
      namespace: "AWS/CloudFront",
      metric_name: "5xxErrorRate",
      statistic: "Average",
      comparison_operator: "GreaterThanThreshold",
      threshold: 5,
      period: 60,
      evaluation_periods: 5,
      datapoints_to_alarm: 5,
      treat_missing_data: "notBreaching",
      dimensions: { DistributionId: "${aws_cloudfront_distribution.cdn.id}", Region: "Global" },
    });
    expect(stack.alarms["shop-cdn-error-rate5xx-warning"].threshold).toBe(1);
    // the alarm uses a us-east-1 provider, and so does the topic it notifies
    const providers = stack.json.provider.aws as { alias?: string; region: string }[];
    const usEast1 = providers.find((p) => p.region === "us-east-1");
    expect(usEast1?.alias).toBeDefined();
    expect(critical.provider).toBe(`aws.${usEast1?.alias}`);
    const [action] = critical.alarm_actions as string[];
    const topicId = /aws_sns_topic\.([^.]+)\.arn/.exec(action)?.[1] ?? "";
    expect(stack.json.resource.aws_sns_topic[topicId].provider).toBe(`aws.${usEast1?.alias}`);
  });

  it("computes the origin-latency threshold from the origin read timeout when enabled", () => {
    const stack = synthMonitored((scope, monitoring) => {
      monitoring.monitorCloudfrontDistribution(distribution(scope, 60), { originLatency: {} });
    });
    expect(stack.alarms["shop-cdn-origin-latency-critical"]).toMatchObject({
      metric_name: "OriginLatency",
      extended_statistic: "p90",
      threshold: 48_000,
    });
  });

  it("uses CloudFront's default 30 s origin timeout when none is configured", () => {
    const stack = synthMonitored((scope, monitoring) => {
      monitoring.monitorCloudfrontDistribution(distribution(scope), {
        originLatency: { critical: "50%" },
      });
    });
    expect(stack.alarms["shop-cdn-origin-latency-critical"].threshold).toBe(15_000);
  });
});
