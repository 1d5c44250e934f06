import type { CloudfrontFunction } from "@cdktf/provider-aws/lib/cloudfront-function";
import { CLOUDFRONT_FUNCTION_ALARMS } from "../catalog/aws/cloudfront";
import type { AlarmOptions, ResourceMonitoringOptions } from "../core/alarm-options";
import { literal } from "../core/service-definition";
import { cloudWatch } from "./cloudwatch";
import type { AwsServiceDefinition } from "./aws-service-definition";

/**
 * Options of `monitorCloudfrontFunction()`. Each alarm option takes
 * `{ warning?, critical?, ...overrides }` or `false` to turn the alarm off; defaults and their
 * sources are in `lib/catalog/aws/cloudfront.ts`. The alarms are created in us-east-1.
 */
export interface CloudfrontFunctionMonitoringOptions extends ResourceMonitoringOptions {
  /**
   * Requests whose event object the function returned invalid (FunctionValidationErrors, Sum).
   *
   * @default - critical > 0 in 2 of 2 periods of 60 s
   */
  readonly validationErrors?: AlarmOptions | false;
  /**
   * Requests on which the function threw (FunctionExecutionErrors, Sum).
   *
   * @default - critical > 0 in 5 of 5 periods of 60 s
   */
  readonly executionErrors?: AlarmOptions | false;
  /**
   * Requests on which the function was throttled (FunctionThrottles, Sum).
   *
   * @default - critical > 0 in 5 of 5 periods of 60 s
   */
  readonly throttles?: AlarmOptions | false;
}

/**
 * CloudFront Functions (`aws_cloudfront_function`), dimensions `FunctionName` and `Region=Global`;
 * the metrics exist only in us-east-1 and add up every distribution the function is attached to.
 */
export const cloudfrontFunctionService: AwsServiceDefinition<
  CloudfrontFunction,
  CloudfrontFunctionMonitoringOptions
> = {
  id: "cloudfrontFunction",
  title: "CloudFront function",
  terraformResourceType: "aws_cloudfront_function",
  cloud: cloudWatch,
  alarms: CLOUDFRONT_FUNCTION_ALARMS,
  region: "us-east-1",
  dimensions: (fn) => ({ FunctionName: literal(fn.nameInput) ?? fn.name, Region: "Global" }),
};
