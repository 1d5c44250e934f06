import { EcsCluster } from "@cdktf/provider-aws/lib/ecs-cluster";
import { EcsService } from "@cdktf/provider-aws/lib/ecs-service";
import { TerraformVariable } from "cdktf";
import { describe, expect, it } from "vitest";
import { synthMonitored } from "./service-test-helpers";

describe("monitorEcsService", () => {
  it("derives ClusterName from the referenced cluster and alarms on CPU and memory", () => {
    const stack = synthMonitored((scope, monitoring) => {
      const cluster = new EcsCluster(scope, "cluster", { name: "shop-cluster" });
      const api = new EcsService(scope, "api", { name: "api", cluster: cluster.arn });
      monitoring.monitorEcsService(api);
    });
    expect(Object.keys(stack.alarms).sort()).toEqual([
      "shop-api-cpu-utilization-critical",
      "shop-api-cpu-utilization-warning",
      "shop-api-memory-utilization-critical",
      "shop-api-memory-utilization-warning",
    ]);
    expect(stack.alarms["shop-api-memory-utilization-critical"]).toMatchObject({
      namespace: "AWS/ECS",
      metric_name: "MemoryUtilization",
      statistic: "Average",
      comparison_operator: "GreaterThanThreshold",
      threshold: 90,
      period: 60,
      evaluation_periods: 5,
      datapoints_to_alarm: 5,
      treat_missing_data: "missing",
      dimensions: { ClusterName: "shop-cluster", ServiceName: "api" },
      alarm_actions: [stack.topicArn("critical")],
    });
    expect(stack.alarms["shop-api-cpu-utilization-warning"].threshold).toBe(80);
  });

  it("takes the cluster name from a literal ARN, or from the ARN at plan time", () => {
    const stack = synthMonitored((scope, monitoring) => {
      const byArn = new EcsService(scope, "by-arn", {
        name: "worker",
        cluster: "arn:aws:ecs:eu-west-1:123456789012:cluster/batch",
      });
      monitoring.monitorEcsService(byArn, { memoryUtilization: false });
      const cluster = new TerraformVariable(scope, "cluster", { type: "string" });
      const byVar = new EcsService(scope, "by-var", { name: "jobs", cluster: cluster.stringValue });
      monitoring.monitorEcsService(byVar, { memoryUtilization: false });
    });
    expect(stack.alarms["shop-by-arn-cpu-utilization-critical"].dimensions).toEqual({
      ClusterName: "batch",
      ServiceName: "worker",
    });
    expect(stack.alarms["shop-by-var-cpu-utilization-critical"].dimensions.ClusterName).toBe(
      '${element(split("/", aws_ecs_service.by-var.cluster), 1)}',
    );
  });

  it("creates the Container Insights task-count alarm only when asked", () => {
    const stack = synthMonitored((scope, monitoring) => {
      const api = new EcsService(scope, "api", { name: "api", cluster: "shop" });
      monitoring.monitorEcsService(api, { runningTaskCount: {} });
    });
    expect(stack.alarms["shop-api-running-task-count-critical"]).toMatchObject({
      namespace: "ECS/ContainerInsights",
      metric_name: "RunningTaskCount",
      comparison_operator: "LessThanOrEqualToThreshold",
      threshold: 0,
      treat_missing_data: "breaching",
      dimensions: { ClusterName: "shop", ServiceName: "api" },
    });
  });
});
