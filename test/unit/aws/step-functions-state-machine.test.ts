import { SfnStateMachine } from "@cdktf/provider-aws/lib/sfn-state-machine";
import { describe, expect, it } from "vitest";
import { synthMonitored } from "./service-test-helpers";

describe("monitorStepFunctionsStateMachine", () => {
  it("alarms on failed, timed-out and throttled executions by StateMachineArn", () => {
    const stack = synthMonitored((scope, monitoring) => {
      const machine = new SfnStateMachine(scope, "checkout", {
        name: "checkout",
        roleArn: "arn:aws:iam::123456789012:role/sfn",
        definition: JSON.stringify({ StartAt: "Done", States: { Done: { Type: "Succeed" } } }),
      });
      monitoring.monitorStepFunctionsStateMachine(machine, { executionsTimedOut: { critical: 5 } });
    });
    expect(Object.keys(stack.alarms).sort()).toEqual([
      "shop-checkout-execution-throttled-warning",
      "shop-checkout-executions-failed-critical",
      "shop-checkout-executions-failed-warning",
      "shop-checkout-executions-timed-out-critical",
      "shop-checkout-executions-timed-out-warning",
    ]);
    const dimensions = { StateMachineArn: "${aws_sfn_state_machine.checkout.arn}" };
    expect(stack.alarms["shop-checkout-executions-failed-critical"]).toMatchObject({
      namespace: "AWS/States",
      metric_name: "ExecutionsFailed",
      statistic: "Sum",
      comparison_operator: "GreaterThanThreshold",
      threshold: 1,
      period: 60,
      evaluation_periods: 1,
      datapoints_to_alarm: 1,
      dimensions,
      alarm_actions: [stack.topicArn("critical")],
    });
    expect(stack.alarms["shop-checkout-executions-failed-warning"].threshold).toBe(0);
    expect(stack.alarms["shop-checkout-executions-timed-out-critical"].threshold).toBe(5);
    expect(stack.alarms["shop-checkout-execution-throttled-warning"]).toMatchObject({
      metric_name: "ExecutionThrottled",
      dimensions,
      alarm_actions: [stack.topicArn("warning")],
    });
  });
});
