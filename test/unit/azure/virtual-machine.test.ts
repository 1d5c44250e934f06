import { Instance } from "@cdktf/provider-aws/lib/instance";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { describe, expect, it } from "vitest";
import { Monitoring, Notify, type MonitoringProps } from "../../../lib";
import type { VirtualMachineMonitoringOptions } from "../../../lib/azure";
import { ami } from "../core/synth-helpers";
import { azureError, linuxVm, synthAzure, windowsVm } from "./azure-helpers";

const DEFAULT_ALERTS = [
  "shop-web-available-memory-bytes-warning",
  "shop-web-data-disk-bandwidth-consumed-percentage-warning",
  "shop-web-data-disk-iops-consumed-percentage-warning",
  "shop-web-os-disk-bandwidth-consumed-percentage-warning",
  "shop-web-os-disk-iops-consumed-percentage-warning",
  "shop-web-percentage-cpu-warning",
  "shop-web-vm-availability-metric-warning",
];

describe("monitorLinuxVirtualMachine", () => {
  it("creates the AMBA defaults as metric alerts scoped to the VM, in its resource group", () => {
    // GIVEN / WHEN
    const { alerts, actionGroups, json } = synthAzure((stack) => {
      const web = linuxVm(stack, "web");
      new Monitoring(stack, "monitoring", { prefix: "shop" }).monitorLinuxVirtualMachine(web);
    });
    // THEN
    expect(Object.keys(alerts).sort()).toEqual(DEFAULT_ALERTS);
    expect(alerts["shop-web-percentage-cpu-warning"]).toMatchObject({
      resource_group_name: "rg-shop",
      scopes: ["${azurerm_linux_virtual_machine.web.id}"],
      severity: 2,
      window_size: "PT5M",
      frequency: "PT5M",
      criteria: [
        {
          metric_namespace: "Microsoft.Compute/virtualMachines",
          metric_name: "Percentage CPU",
          aggregation: "Average",
          operator: "GreaterThan",
          threshold: 80,
        },
      ],
      tags: { "monitoring:group": "default", "monitoring:severity": "warning" },
    });
    expect(alerts["shop-web-percentage-cpu-warning"].description).toContain(
      "Fires (warning) when Percentage CPU Average > 80 % over 5 minutes, checked every 5 minutes.",
    );
    expect(alerts["shop-web-available-memory-bytes-warning"]).toMatchObject({
      window_size: "PT5M",
      criteria: [{ operator: "LessThan", threshold: 1_000_000_000 }],
    });
    expect(alerts["shop-web-os-disk-iops-consumed-percentage-warning"]).toMatchObject({
      window_size: "PT1M",
      frequency: "PT1M",
      criteria: [{ metric_name: "OS Disk IOPS Consumed Percentage", threshold: 95 }],
    });
    // No channels: no action group, no empty blocks in the plan.
    const cpu = alerts["shop-web-percentage-cpu-warning"];
    expect(cpu.action).toBeUndefined();
    expect(cpu.criteria[0].dimension).toBeUndefined();
    expect(actionGroups).toEqual({});
    expect(json.resource.aws_cloudwatch_metric_alarm).toBeUndefined();
  });

  it("applies thresholds, window and frequency overrides, false and opt-in alerts", () => {
    const { alerts } = synthAzure((stack) => {
      const web = linuxVm(stack, "web");
      new Monitoring(stack, "monitoring", { prefix: "shop" }).monitorLinuxVirtualMachine(web, {
        percentageCpu: { warning: 70, critical: 95, period: 900, frequency: 300 },
        availableMemoryBytes: false,
        networkInTotal: { warning: 1e10, statistic: "Maximum" },
      });
    });
    expect(alerts["shop-web-available-memory-bytes-warning"]).toBeUndefined();
    expect(alerts["shop-web-percentage-cpu-critical"]).toMatchObject({
      severity: 0,
      window_size: "PT15M",
      frequency: "PT5M",
      criteria: [{ threshold: 95 }],
    });
    expect(alerts["shop-web-percentage-cpu-warning"]).toMatchObject({
      severity: 2,
      criteria: [{ threshold: 70 }],
    });
    expect(alerts["shop-web-percentage-cpu-critical"].description).toContain(
      "over 15 minutes, checked every 5 minutes",
    );
    expect(alerts["shop-web-network-in-total-warning"]).toMatchObject({
      criteria: [{ metric_name: "Network In Total", aggregation: "Maximum", threshold: 1e10 }],
    });
    expect(alerts["shop-web-network-out-total-warning"]).toBeUndefined();
  });

  it("checks a window shortened below the default frequency once per window", () => {
    const { alerts } = synthAzure((stack) => {
      new Monitoring(stack, "monitoring", { prefix: "shop" }).monitorLinuxVirtualMachine(
        linuxVm(stack, "web"),
        { percentageCpu: { period: 60 } },
      );
    });
    expect(alerts["shop-web-percentage-cpu-warning"]).toMatchObject({
      window_size: "PT1M",
      frequency: "PT1M",
    });
  });

  it("maps severities to the Azure severities the azure prop names", () => {
    const { alerts } = synthAzure((stack) => {
      const web = linuxVm(stack, "web");
      new Monitoring(stack, "monitoring", {
        prefix: "shop",
        azure: { severities: { critical: 1, warning: 3 } },
      }).monitorLinuxVirtualMachine(web, { percentageCpu: { critical: 95 } });
    });
    expect(alerts["shop-web-percentage-cpu-critical"].severity).toBe(1);
    expect(alerts["shop-web-percentage-cpu-warning"].severity).toBe(3);
  });

  it("notifies one action group per severity, shared by every alert of that severity", () => {
    const { alerts, actionGroups } = synthAzure((stack) => {
      const monitoring = new Monitoring(stack, "monitoring", {
        prefix: "shop",
        notify: {
          critical: [
            Notify.email("oncall@example.com"),
            Notify.webhook("https://hooks.example.com/alerts"),
            Notify.email("oncall@example.com"),
          ],
          warning: [Notify.email("team@example.com")],
        },
        azure: { resourceGroupName: "rg-monitoring" },
      });
      monitoring.monitorLinuxVirtualMachine(linuxVm(stack, "web"), {
        percentageCpu: { critical: 95 },
      });
      monitoring.monitorLinuxVirtualMachine(linuxVm(stack, "api"));
    });
    expect(Object.keys(actionGroups).sort()).toEqual(["shop-critical", "shop-warning"]);
    const critical = actionGroups["shop-critical"];
    expect(critical).toMatchObject({
      short_name: "shop-crit",
      resource_group_name: "rg-monitoring",
      webhook_receiver: [
        { service_uri: "https://hooks.example.com/alerts", use_common_alert_schema: true },
      ],
    });
    expect(critical.email_receiver).toEqual([
      expect.objectContaining({ email_address: "oncall@example.com" }),
    ]);
    expect(actionGroups["shop-warning"]).toMatchObject({
      short_name: "shop-warn",
      email_receiver: [{ email_address: "team@example.com" }],
    });
    expect(actionGroups["shop-warning"].webhook_receiver).toBeUndefined();
    const groupId = (name: string) =>
      `\${azurerm_monitor_action_group.${actionGroups[name].id}.id}`;
    expect(alerts["shop-web-percentage-cpu-critical"].action).toEqual([
      { action_group_id: groupId("shop-critical") },
    ]);
    for (const name of ["shop-web-percentage-cpu-warning", "shop-api-percentage-cpu-warning"]) {
      expect(alerts[name].action).toEqual([{ action_group_id: groupId("shop-warning") }]);
    }
  });

  it("cuts the action group short name to Azure's 12 characters", () => {
    const { actionGroups } = synthAzure((stack) => {
      new Monitoring(stack, "monitoring", {
        prefix: "payments-platform",
        notify: { warning: [Notify.email("team@example.com")] },
        azure: { resourceGroupName: "rg-monitoring" },
      }).monitorLinuxVirtualMachine(linuxVm(stack, "web"));
    });
    expect(actionGroups["payments-platform-warning"].short_name).toBe("payment-warn");
  });

  it("reads the resource group from the VM when it is not a literal", () => {
    const { alerts } = synthAzure((stack) => {
      const rg = new ResourceGroup(stack, "rg", { name: "rg-shop", location: "westeurope" });
      const web = linuxVm(stack, "web", rg.name);
      new Monitoring(stack, "monitoring", { prefix: "shop" }).monitorLinuxVirtualMachine(web);
    });
    for (const alert of Object.values(alerts)) {
      expect(alert.resource_group_name).toBe(
        "${azurerm_linux_virtual_machine.web.resource_group_name}",
      );
    }
  });

  it("monitors a Windows VM with the same defaults", () => {
    const { alerts } = synthAzure((stack) => {
      new Monitoring(stack, "monitoring", { prefix: "shop" }).monitorWindowsVirtualMachine(
        windowsVm(stack, "web"),
      );
    });
    expect(Object.keys(alerts).sort()).toEqual(DEFAULT_ALERTS);
    expect(alerts["shop-web-percentage-cpu-warning"].scopes).toEqual([
      "${azurerm_windows_virtual_machine.web.id}",
    ]);
  });

  it("serves AWS and Azure resources from one facade", () => {
    const { alerts, json } = synthAzure((stack) => {
      new AwsProvider(stack, "aws", { region: "eu-west-1" });
      const monitoring = new Monitoring(stack, "monitoring", {
        prefix: "shop",
        notify: { critical: [Notify.email("oncall@example.com")] },
        azure: { resourceGroupName: "rg-monitoring" },
        dashboard: false,
      });
      monitoring.monitorEc2Instance(
        new Instance(stack, "legacy", { ami, instanceType: "t3.micro" }),
      );
      monitoring.monitorLinuxVirtualMachine(linuxVm(stack, "web"), {
        percentageCpu: { critical: 95 },
      });
    });
    expect(alerts["shop-web-percentage-cpu-critical"].action).toHaveLength(1);
    const cloudWatch = Object.values(json.resource.aws_cloudwatch_metric_alarm) as {
      alarm_name: string;
    }[];
    expect(cloudWatch.map((a) => a.alarm_name)).toContain("shop-legacy-cpu-utilization-critical");
    expect(Object.keys(json.resource.aws_sns_topic)).toHaveLength(1);
  });
});

describe("Azure option validation", () => {
  const vmError = (options: unknown, props: Partial<MonitoringProps> = {}) =>
    azureError((stack) => {
      new Monitoring(stack, "monitoring", { prefix: "shop", ...props }).monitorLinuxVirtualMachine(
        linuxVm(stack, "web"),
        options as VirtualMachineMonitoringOptions,
      );
    });

  it.each([
    [
      "a window Azure does not have",
      { percentageCpu: { period: 120 } },
      "percentageCpu.period",
      "120 is not allowed; allowed: 60, 300, 900, 1800, 3600, 21600, 43200 or 86400 (seconds: PT1M to P1D)",
    ],
    [
      "a frequency Azure does not have",
      { percentageCpu: { frequency: 120 } },
      "percentageCpu.frequency",
      "allowed: 60, 300, 900, 1800 or 3600 (seconds: PT1M to PT1H)",
    ],
    [
      "a frequency longer than the window",
      { percentageCpu: { period: 300, frequency: 900 } },
      "percentageCpu.frequency",
      "900 s is longer than the period (300 s); allowed: at most the period",
    ],
    [
      "an aggregation Azure does not have",
      { percentageCpu: { statistic: "p99" } },
      "percentageCpu.statistic",
      "allowed: Average",
    ],
    [
      "a missing-data policy",
      { percentageCpu: { treatMissingData: "breaching" } },
      "percentageCpu.treatMissingData",
      "is not allowed on Azure Monitor; allowed: omit it",
    ],
    [
      "evaluation periods on a static alert",
      { percentageCpu: { evaluationPeriods: 3 } },
      "percentageCpu.evaluationPeriods",
      "is not allowed on a static Azure Monitor alarm; allowed: omit it, or use anomalyDetection",
    ],
    [
      "an anomaly band width",
      { percentageCpu: { anomalyDetection: { warning: 2 } } },
      "percentageCpu.anomalyDetection.warning",
      '2 is not allowed; allowed: a dynamic-threshold sensitivity: "Low", "Medium", "High"',
    ],
    [
      "a dynamic threshold on a window Azure does not learn on",
      { osDiskIopsConsumedPercentage: { anomalyDetection: { warning: "Medium" } } },
      "osDiskIopsConsumedPercentage.period",
      "60 s (the default) is not a window of a learned threshold; allowed: 300, 900, 1800, 3600 (seconds: PT5M to PT1H)",
    ],
    [
      "impossible failing periods",
      {
        percentageCpu: {
          anomalyDetection: { warning: "Low" },
          evaluationPeriods: 3,
          datapointsToAlarm: 5,
        },
      },
      "percentageCpu.datapointsToAlarm",
      "5 exceeds evaluationPeriods (3); allowed: 1..3",
    ],
    [
      "a date that is not ISO 8601",
      { percentageCpu: { anomalyDetection: { warning: "Low", ignoreDataBefore: "last week" } } },
      "percentageCpu.anomalyDetection.ignoreDataBefore",
      "must be an ISO 8601 date-time; allowed: e.g. 2026-12-01T00:00:00Z",
    ],
    [
      "a sensitivity with a static threshold",
      { percentageCpu: { warning: 80, anomalyDetection: { warning: "High" } } },
      "percentageCpu.anomalyDetection",
      "cannot be combined with static warning/critical thresholds",
    ],
  ])(
    "rejects %s with the construct path, the option and the allowed values",
    (_what, options, option, allowed) => {
      const error = vmError(options);
      expect(error.message).toContain("stack/web");
      expect(error.message).toContain("monitorLinuxVirtualMachine()");
      expect(error.problems.map((p) => p.option)).toContain(option);
      expect(error.message).toContain(allowed);
    },
  );

  it("reports a window Azure does not have once, not also as shorter than the frequency", () => {
    const error = vmError({ percentageCpu: { period: 120 } });
    expect(error.problems.map((p) => p.option)).toEqual(["percentageCpu.period"]);
  });

  it("needs azure.resourceGroupName once an alert has channels", () => {
    const error = vmError({}, { notify: { warning: [Notify.email("team@example.com")] } });
    expect(error.message).toContain("stack/monitoring");
    expect(error.problems.map((p) => p.option)).toEqual(["azure.resourceGroupName"]);
    expect(error.message).toContain("warning action group");
  });

  it("rejects an SNS topic as the only channel of Azure alerts", () => {
    const error = vmError(
      {},
      {
        notify: { warning: [Notify.topicArn("arn:aws:sns:eu-west-1:123456789012:ops")] },
        azure: { resourceGroupName: "rg-monitoring" },
      },
    );
    expect(error.constructPath).toBe("stack/monitoring");
    expect(error.problems.map((p) => p.option)).toEqual(["notify.warning"]);
    expect(error.message).toContain(
      "Notify.topicArn() reaches none of the warning alarms (Azure Monitor); allowed: Notify.email(), Notify.webhook(), Notify.actionGroupId()",
    );
  });

  it.each([
    [{ severities: { critical: 5 } }, "azure.severities.critical", "allowed: 0 (Critical)"],
    [{ resourceGroupName: "rg/shop" }, "azure.resourceGroupName", "1-90 characters"],
    [{ dashboardLocation: 3 }, "azure.dashboardLocation", "an Azure location name"],
    [
      { resourcegroup: "rg" },
      "azure.resourcegroup",
      "allowed: resourceGroupName, dashboardLocation, severities",
    ],
  ])("rejects the azure prop %j", (azure, option, allowed) => {
    const error = azureError((stack) => {
      new Monitoring(stack, "monitoring", { prefix: "shop", azure } as MonitoringProps);
    });
    expect(error.problems.map((p) => p.option)).toContain(option);
    expect(error.message).toContain(allowed);
  });
});
