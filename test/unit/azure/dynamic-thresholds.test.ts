import { describe, expect, it } from "vitest";
import { Monitoring } from "../../../lib";
import { linuxVm, synthAzure } from "./azure-helpers";

describe("Azure dynamic thresholds", () => {
  it("turn anomalyDetection sensitivities into dynamic criteria, 4 of 4 windows by default", () => {
    const { alerts } = synthAzure((stack) => {
      new Monitoring(stack, "monitoring", { prefix: "shop" }).monitorLinuxVirtualMachine(
        linuxVm(stack, "web"),
        { percentageCpu: { anomalyDetection: { warning: "Medium", critical: "Low" } } },
      );
    });
    const warning = alerts["shop-web-percentage-cpu-warning"];
    expect(warning.criteria).toBeUndefined();
    expect(warning).toMatchObject({
      severity: 2,
      window_size: "PT5M",
      frequency: "PT5M",
      dynamic_criteria: {
        metric_namespace: "Microsoft.Compute/virtualMachines",
        metric_name: "Percentage CPU",
        aggregation: "Average",
        operator: "GreaterThan",
        alert_sensitivity: "Medium",
        evaluation_total_count: 4,
        evaluation_failure_count: 4,
      },
    });
    expect(warning.dynamic_criteria.ignore_data_before).toBeUndefined();
    expect(warning.description).toContain(
      "Fires (warning) when Percentage CPU Average above its learned threshold (sensitivity Medium) in 4 of 4 windows of 5 minutes, checked every 5 minutes.",
    );
    expect(alerts["shop-web-percentage-cpu-critical"]).toMatchObject({
      severity: 0,
      dynamic_criteria: { alert_sensitivity: "Low" },
    });
  });

  it("take failing periods, the window, the frequency and ignoreDataBefore from the options", () => {
    const { alerts } = synthAzure((stack) => {
      new Monitoring(stack, "monitoring", { prefix: "shop" }).monitorLinuxVirtualMachine(
        linuxVm(stack, "web"),
        {
          availableMemoryBytes: {
            anomalyDetection: { warning: "High", ignoreDataBefore: "2026-11-01T00:00:00Z" },
            period: 900,
            frequency: 300,
            evaluationPeriods: 6,
            datapointsToAlarm: 3,
          },
          percentageCpu: false,
        },
      );
    });
    expect(alerts["shop-web-percentage-cpu-warning"]).toBeUndefined();
    expect(alerts["shop-web-available-memory-bytes-warning"]).toMatchObject({
      window_size: "PT15M",
      frequency: "PT5M",
      dynamic_criteria: {
        metric_name: "Available Memory Bytes",
        // The catalog watches for too little memory: the band's lower side.
        operator: "LessThan",
        alert_sensitivity: "High",
        evaluation_total_count: 6,
        evaluation_failure_count: 3,
        ignore_data_before: "2026-11-01T00:00:00Z",
      },
    });
  });

  it("raise the looked-back windows to the violations asked for", () => {
    const { alerts } = synthAzure((stack) => {
      new Monitoring(stack, "monitoring", { prefix: "shop" }).monitorLinuxVirtualMachine(
        linuxVm(stack, "web"),
        { percentageCpu: { anomalyDetection: { warning: "Low" }, datapointsToAlarm: 6 } },
      );
    });
    expect(alerts["shop-web-percentage-cpu-warning"].dynamic_criteria).toMatchObject({
      evaluation_total_count: 6,
      evaluation_failure_count: 6,
    });
  });
});
