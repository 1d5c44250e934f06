import { Instance } from "@cdktf/provider-aws/lib/instance";
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { describe, expect, it } from "vitest";
import { Monitoring, type GroupMaintenanceOptions, type MaintenanceSchedule } from "../../../lib";
import { linuxVm } from "../azure/azure-helpers";
import { ami, synth } from "../core/synth-helpers";

const WEEKLY: MaintenanceSchedule = {
  every: "week",
  daysOfWeek: ["saturday"],
  startTime: "22:00",
  duration: "4h",
  from: "2026-12-01T00:00:00Z",
  until: "2027-12-01T00:00:00Z",
};

/** A hybrid stack: two Azure VMs in "web" and "batch", an EC2 instance in "web", one window. */
function hybrid(options: Partial<GroupMaintenanceOptions> = {}) {
  return synth((stack) => {
    new AzurermProvider(stack, "azurerm", { features: [{}] });
    const monitoring = new Monitoring(stack, "monitoring", {
      prefix: "shop",
      backend: {},
      azure: { resourceGroupName: "rg-monitoring" },
    });
    monitoring.monitorLinuxVirtualMachine(linuxVm(stack, "web-vm"), { group: "web" });
    monitoring.monitorLinuxVirtualMachine(linuxVm(stack, "batch-vm"), { group: "batch" });
    monitoring.monitorEc2Instance(
      new Instance(stack, "web-ec2", { ami, instanceType: "t3.micro" }),
      {
        group: "web",
      },
    );
    monitoring.maintenance("patch-night", { groups: ["web"], schedule: WEEKLY, ...options });
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const only = (json: any, type: string): any => {
  const all = Object.values(json.resource?.[type] ?? {});
  expect(all).toHaveLength(1);
  return all[0];
};

describe("Monitoring.maintenance()", () => {
  it("one window: a backend maintenance of the groups and an Azure suppression of their VMs' alerts, overnight runs split at midnight", () => {
    const { json, warnings } = hybrid();
    const maintenance = only(json, "monitoring_maintenance");
    expect(maintenance).toMatchObject({
      name: "shop-patch-night",
      period_type: "weekly",
      days_of_week: ["saturday"],
      start_time: "22:00",
      duration: 14_400,
    });
    expect(maintenance.groups).toHaveLength(1);

    const rule = only(json, "azurerm_monitor_alert_processing_rule_suppression");
    expect(rule).toMatchObject({
      name: "shop-patch-night",
      resource_group_name: "rg-monitoring",
      scopes: ["${azurerm_linux_virtual_machine.web-vm.id}"],
      schedule: {
        effective_from: "2026-12-01T00:00:00",
        effective_until: "2027-12-01T00:00:00",
        time_zone: "UTC",
        recurrence: {
          weekly: [
            { days_of_week: ["Saturday"], start_time: "22:00:00", end_time: "23:59:59" },
            { days_of_week: ["Sunday"], start_time: "00:00:00", end_time: "02:00:00" },
          ],
        },
      },
    });

    expect(warnings.map((w) => w.message)).toContainEqual(
      expect.stringContaining(
        'maintenance("patch-night"): CloudWatch has no scheduled alarm suppression, so the',
      ),
    );
  });

  it("a one-off window without data collection: the Azure rule runs once, from start to end", () => {
    const { json } = hybrid({
      schedule: { start: "2026-12-24T21:30:00-01:00", duration: "1d" },
      collectData: false,
    });
    expect(only(json, "monitoring_maintenance")).toMatchObject({
      collect_data: false,
      period_type: "one_time",
      start: "2026-12-24T22:30:00Z",
      active_till: "2026-12-25T22:30:00Z",
    });
    const rule = only(json, "azurerm_monitor_alert_processing_rule_suppression");
    expect(rule.schedule).toEqual({
      effective_from: "2026-12-24T22:30:00",
      effective_until: "2026-12-25T22:30:00",
      time_zone: "UTC",
    });
  });

  it("a window Azure cannot express is a synth error naming the option", () => {
    expect(() => hybrid({ schedule: { ...WEEKLY, interval: 2 } })).toThrow(
      /stack\/monitoring in maintenance\("patch-night"\):\n {2}- schedule\.interval: Azure alert processing rules recur every day or every week/,
    );
    expect(() =>
      hybrid({
        schedule: { ...WEEKLY, every: "month", daysOfWeek: ["friday"], weekOfMonth: "last" },
      }),
    ).toThrow(
      "schedule.daysOfWeek: Azure alert processing rules recur monthly on days of the month only",
    );
  });

  it("refuses a second window with the same id", () => {
    expect(() =>
      synth((stack) => {
        const monitoring = new Monitoring(stack, "monitoring", { prefix: "shop", backend: {} });
        monitoring.maintenance("w", { groups: ["web"], schedule: WEEKLY });
        monitoring.maintenance("w", { groups: ["db"], schedule: WEEKLY });
      }),
    ).toThrow(
      'maintenance("w"):\n  - name: "w" or "shop-w" is already used by another maintenance window',
    );
  });

  it("groups without Azure alerts get no Azure rule, and a bad option names the facade", () => {
    const { json } = hybrid({ groups: ["batch-nothing"] });
    expect(json.resource.azurerm_monitor_alert_processing_rule_suppression).toBeUndefined();
    expect(() => hybrid({ groups: [] })).toThrow(
      'stack/monitoring in maintenance("patch-night"):\n  - groups: at least one service group',
    );
  });
});
