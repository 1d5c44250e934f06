import { NatGateway } from "@cdktf/provider-aws/lib/nat-gateway";
import { describe, expect, it } from "vitest";
import { synthMonitored } from "./service-test-helpers";

describe("monitorNatGateway", () => {
  it("alarms on port allocation errors by NatGatewayId, and on dropped packets only when set", () => {
    const stack = synthMonitored((scope, monitoring) => {
      const nat = new NatGateway(scope, "egress", {
        subnetId: "subnet-0123456789abcdef0",
        allocationId: "eipalloc-0123456789abcdef0",
      });
      monitoring.monitorNatGateway(nat);
      const other = new NatGateway(scope, "egress-b", {
        subnetId: "subnet-0123456789abcdef1",
        allocationId: "eipalloc-0123456789abcdef1",
      });
      monitoring.monitorNatGateway(other, { packetsDropCount: { warning: 100 } });
    });
    expect(Object.keys(stack.alarms).sort()).toEqual([
      "shop-egress-b-error-port-allocation-critical",
      "shop-egress-b-packets-drop-count-warning",
      "shop-egress-error-port-allocation-critical",
    ]);
    expect(stack.alarms["shop-egress-error-port-allocation-critical"]).toMatchObject({
      namespace: "AWS/NATGateway",
      metric_name: "ErrorPortAllocation",
      statistic: "Sum",
      comparison_operator: "GreaterThanThreshold",
      threshold: 0,
      period: 60,
      evaluation_periods: 15,
      datapoints_to_alarm: 15,
      treat_missing_data: "notBreaching",
      dimensions: { NatGatewayId: "${aws_nat_gateway.egress.id}" },
      alarm_actions: [stack.topicArn("critical")],
    });
    expect(stack.alarms["shop-egress-b-packets-drop-count-warning"]).toMatchObject({
      metric_name: "PacketsDropCount",
      threshold: 100,
      alarm_actions: [stack.topicArn("warning")],
    });
  });
});
