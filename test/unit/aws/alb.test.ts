import { Lb } from "@cdktf/provider-aws/lib/lb";
import { LbListener } from "@cdktf/provider-aws/lib/lb-listener";
import { LbListenerRule } from "@cdktf/provider-aws/lib/lb-listener-rule";
import { LbTargetGroup } from "@cdktf/provider-aws/lib/lb-target-group";
import { describe, expect, it } from "vitest";
import { synthMonitored } from "./service-test-helpers";

describe("monitorAlb", () => {
  it("alarms on load-balancer 5xx and rejected connections by LoadBalancer ARN suffix", () => {
    const stack = synthMonitored((scope, monitoring) => {
      monitoring.monitorAlb(
        new Lb(scope, "web", { name: "web", subnets: ["subnet-a", "subnet-b"] }),
      );
    });
    expect(Object.keys(stack.alarms).sort()).toEqual([
      "shop-web-elb5xx-count-warning",
      "shop-web-rejected-connection-count-warning",
    ]);
    expect(stack.alarms["shop-web-elb5xx-count-warning"]).toMatchObject({
      namespace: "AWS/ApplicationELB",
      metric_name: "HTTPCode_ELB_5XX_Count",
      statistic: "Sum",
      comparison_operator: "GreaterThanThreshold",
      threshold: 0,
      period: 60,
      evaluation_periods: 1,
      datapoints_to_alarm: 1,
      treat_missing_data: "notBreaching",
      dimensions: { LoadBalancer: "${aws_lb.web.arn_suffix}" },
      alarm_actions: [stack.topicArn("warning")],
    });
  });

  it("is discovered for application load balancers only", () => {
    const stack = synthMonitored((scope, monitoring) => {
      new Lb(scope, "web", { name: "web", loadBalancerType: "application" });
      new Lb(scope, "tcp", { name: "tcp", loadBalancerType: "network" });
      monitoring.watchScope(scope);
    });
    const names = Object.keys(stack.alarms);
    expect(names).toContain("shop-web-elb5xx-count-warning");
    expect(names.filter((n) => n.startsWith("shop-tcp-"))).toEqual([]);
  });
});

describe("monitorAlbTargetGroup", () => {
  it("takes LoadBalancer from the listener that forwards to the group", () => {
    const stack = synthMonitored((scope, monitoring) => {
      const lb = new Lb(scope, "web", { name: "web" });
      const group = new LbTargetGroup(scope, "app", { name: "app", port: 8080, protocol: "HTTP" });
      new LbListener(scope, "http", {
        loadBalancerArn: lb.arn,
        port: 80,
        defaultAction: [{ type: "forward", targetGroupArn: group.arn }],
      });
      monitoring.monitorAlbTargetGroup(group);
    });
    expect(Object.keys(stack.alarms).sort()).toEqual([
      "shop-app-healthy-host-count-critical",
      "shop-app-target-response-time-critical",
      "shop-app-target-response-time-warning",
      "shop-app-target5xx-count-warning",
      "shop-app-unhealthy-host-count-warning",
    ]);
    const dimensions = {
      TargetGroup: "${aws_lb_target_group.app.arn_suffix}",
      LoadBalancer: "${aws_lb.web.arn_suffix}",
    };
    expect(stack.alarms["shop-app-healthy-host-count-critical"]).toMatchObject({
      metric_name: "HealthyHostCount",
      statistic: "Maximum",
      comparison_operator: "LessThanThreshold",
      threshold: 1,
      evaluation_periods: 2,
      treat_missing_data: "ignore",
      dimensions,
      alarm_actions: [stack.topicArn("critical")],
    });
    expect(stack.alarms["shop-app-target-response-time-critical"]).toMatchObject({
      metric_name: "TargetResponseTime",
      extended_statistic: "p90",
      threshold: 5,
      dimensions,
    });
    expect(stack.alarms["shop-app-target-response-time-critical"].statistic).toBeUndefined();
  });

  it("finds a listener declared after the monitor call", () => {
    const stack = synthMonitored((scope, monitoring) => {
      const lb = new Lb(scope, "web", { name: "web" });
      const group = new LbTargetGroup(scope, "app", { port: 8080, protocol: "HTTP" });
      monitoring.monitorAlbTargetGroup(group);
      new LbListener(scope, "http", {
        loadBalancerArn: lb.arn,
        port: 80,
        defaultAction: [{ type: "forward", targetGroupArn: group.arn }],
      });
    });
    expect(stack.alarms["shop-app-unhealthy-host-count-warning"].dimensions.LoadBalancer).toBe(
      "${aws_lb.web.arn_suffix}",
    );
  });

  it("follows a listener rule to its listener's load balancer", () => {
    const stack = synthMonitored((scope, monitoring) => {
      const lb = new Lb(scope, "web", { name: "web" });
      const fallback = new LbTargetGroup(scope, "static", { port: 80, protocol: "HTTP" });
      const api = new LbTargetGroup(scope, "api", { port: 8080, protocol: "HTTP" });
      const listener = new LbListener(scope, "http", {
        loadBalancerArn: lb.arn,
        port: 80,
        defaultAction: [{ type: "forward", targetGroupArn: fallback.arn }],
      });
      new LbListenerRule(scope, "api-rule", {
        listenerArn: listener.arn,
        action: [{ type: "forward", targetGroupArn: api.arn }],
        condition: [{ pathPattern: { values: ["/api/*"] } }],
      });
      monitoring.monitorAlbTargetGroup(api);
    });
    expect(stack.alarms["shop-api-healthy-host-count-critical"].dimensions).toEqual({
      TargetGroup: "${aws_lb_target_group.api.arn_suffix}",
      LoadBalancer: "${aws_lb.web.arn_suffix}",
    });
  });

  it("derives LoadBalancer from the group's attachments when no listener is in the stack", () => {
    const stack = synthMonitored((scope, monitoring) => {
      const group = new LbTargetGroup(scope, "app", { port: 8080, protocol: "HTTP" });
      monitoring.monitorAlbTargetGroup(group);
    });
    expect(stack.alarms["shop-app-healthy-host-count-critical"].dimensions.LoadBalancer).toBe(
      '${element(split("loadbalancer/", element(concat(tolist(aws_lb_target_group.app.load_balancer_arns), ["arn:aws:elasticloadbalancing:::loadbalancer/unattached"]), 0)), 1)}',
    );
  });
});
