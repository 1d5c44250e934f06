import type { LambdaFunction } from "@cdktf/provider-aws/lib/lambda-function";
import { LAMBDA_FUNCTION_ALARMS } from "../catalog/aws/lambda";
import type { AlarmOptions, ResourceMonitoringOptions } from "../core/alarm-options";
import { memoizedPerResource } from "./private/resource-references";
import { literal } from "../core/service-definition";
import { cloudWatch } from "./cloudwatch";
import type { AwsServiceDefinition } from "./aws-service-definition";

/** Lambda's timeout when none is configured, in seconds. */
const DEFAULT_TIMEOUT_SECONDS = 3;
/** The default regional concurrency quota, used when the function reserves none. */
const DEFAULT_CONCURRENCY_QUOTA = 1000;

/**
 * Options of `monitorLambdaFunction()`. Each alarm option takes `{ warning?, critical?, ...overrides }`
 * or `false`; defaults and their sources are in `lib/catalog/aws/lambda.ts`.
 */
export interface LambdaFunctionMonitoringOptions extends ResourceMonitoringOptions {
  /**
   * Failed invocations per minute (Sum).
   *
   * @default - critical > 0 in 3 of 3 minutes
   */
  readonly errors?: AlarmOptions | false;
  /**
   * Throttled invocations per minute (Sum).
   *
   * @default - critical >= 1 in 5 of 5 minutes
   */
  readonly throttles?: AlarmOptions | false;
  /**
   * p90 duration (ms) against the function's timeout; percentages (`"90%"`) are of the timeout.
   *
   * @default - warning > 80%, critical > 95% of the timeout (3 s when unset), 15 of 15 minutes
   */
  readonly duration?: AlarmOptions | false;
  /**
   * Concurrent executions against the reserved concurrency, or the regional quota (1,000) when
   * none is reserved; percentages are of that limit.
   *
   * @default - warning > 80%, critical > 90% of the limit, 10 of 10 minutes
   */
  readonly concurrentExecutions?: AlarmOptions | false;
  /**
   * Memory utilization (%) from Lambda Insights (needs the layer). Off unless set.
   *
   * @default - off; when enabled: warning > 80, critical > 90
   */
  readonly memoryUtilization?: AlarmOptions | false;
  /**
   * Iterator age (ms) for stream event sources. Off unless set.
   *
   * @default - off; when enabled: warning > 10,000 ms
   */
  readonly iteratorAge?: AlarmOptions | false;
}

/** The literal name, else one `functionName` token per function. */
const functionNameOf = memoizedPerResource(
  (fn: LambdaFunction) => literal(fn.functionNameInput) ?? fn.functionName,
);

/** Lambda functions (`aws_lambda_function`), dimension `FunctionName`. */
export const lambdaFunctionService: AwsServiceDefinition<
  LambdaFunction,
  LambdaFunctionMonitoringOptions
> = {
  id: "lambdaFunction",
  title: "Lambda function",
  terraformResourceType: "aws_lambda_function",
  cloud: cloudWatch,
  alarms: LAMBDA_FUNCTION_ALARMS,
  dimensions: (fn, alarm): Record<string, string> => {
    const name = functionNameOf(fn) ?? fn.functionName;
    return alarm.namespace === "LambdaInsights" ? { function_name: name } : { FunctionName: name };
  },
  inputs: {
    timeoutMs: {
      describe: "the function's timeout",
      howToSet: "set `timeout` on the function to a literal number of seconds",
      resolve: (fn) => {
        const timeout =
          fn.timeoutInput === undefined ? DEFAULT_TIMEOUT_SECONDS : literal(fn.timeoutInput);
        return timeout === undefined ? undefined : timeout * 1000;
      },
    },
    concurrencyLimit: {
      describe: "the function's reserved concurrency (or the regional quota)",
      howToSet: "set `reservedConcurrentExecutions` to a literal number",
      resolve: (fn) => {
        const reserved = fn.reservedConcurrentExecutionsInput;
        if (reserved === undefined) return DEFAULT_CONCURRENCY_QUOTA;
        const value = literal(reserved);
        if (value === undefined) return undefined;
        return value > 0 ? value : DEFAULT_CONCURRENCY_QUOTA;
      },
    },
  },
};
