import type { SfnStateMachine } from "@cdktf/provider-aws/lib/sfn-state-machine";
import { STEP_FUNCTIONS_STATE_MACHINE_ALARMS } from "../catalog/aws/step-functions";
import type { AlarmOptions, ResourceMonitoringOptions } from "../core/alarm-options";
import { cloudWatch } from "./cloudwatch";
import type { AwsServiceDefinition } from "./aws-service-definition";

/**
 * Options of `monitorStepFunctionsStateMachine()`. Each alarm option takes
 * `{ warning?, critical?, ...overrides }` or `false` to turn the alarm off; defaults and their
 * sources are in `lib/catalog/aws/step-functions.ts`.
 */
export interface StepFunctionsStateMachineMonitoringOptions extends ResourceMonitoringOptions {
  /**
   * Failed executions per minute.
   *
   * @default - warning > 0, critical > 1, 1 of 1 period of 60 s
   */
  readonly executionsFailed?: AlarmOptions | false;
  /**
   * Timed-out executions per minute.
   *
   * @default - warning > 0, critical > 1, 1 of 1 period of 60 s
   */
  readonly executionsTimedOut?: AlarmOptions | false;
  /**
   * Throttled execution starts per minute.
   *
   * @default - warning > 0, 1 of 1 period of 60 s
   */
  readonly executionThrottled?: AlarmOptions | false;
}

/** Step Functions state machines (`aws_sfn_state_machine`), dimension `StateMachineArn`. */
export const stepFunctionsStateMachineService: AwsServiceDefinition<
  SfnStateMachine,
  StepFunctionsStateMachineMonitoringOptions
> = {
  id: "stepFunctionsStateMachine",
  title: "Step Functions state machine",
  terraformResourceType: "aws_sfn_state_machine",
  cloud: cloudWatch,
  alarms: STEP_FUNCTIONS_STATE_MACHINE_ALARMS,
  dimensions: (stateMachine) => ({ StateMachineArn: stateMachine.arn }),
};
