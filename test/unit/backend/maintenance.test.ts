import { describe, expect, it } from "vitest";
import { MonitoringProvider } from "../../../lib/backend/generated/provider";
import { MaintenanceWindow } from "../../../lib/backend/maintenance-window";
import { LinuxServer } from "../../../lib/backend/server";
import type { MaintenanceSchedule } from "../../../lib/core/maintenance-schedule";
import { byName, resources, synth } from "./synth-json";

function groupRef(json: Record<string, unknown>, name: string): string {
  const entry = Object.entries(resources(json, "monitoring_group")).find(
    ([, g]) => g.name === name,
  );
  if (!entry) throw new Error(`no monitoring_group named ${name}`);
  return `\${monitoring_group.${entry[0]}.id}`;
}

const WEEKLY: MaintenanceSchedule = {
  every: "week",
  daysOfWeek: ["thursday", "tuesday"],
  startTime: "22:30",
  duration: "2h30m",
  from: "2026-12-01T00:00:00Z",
  until: "2027-03-01T00:00:00+01:00",
};

describe("maintenance windows", () => {
  it("a recurring window over service groups becomes one monitoring_maintenance with its groups' ids", () => {
    const json = synth((stack) => {
      new MonitoringProvider(stack, "monitoring");
      new LinuxServer(stack, "web-01", { address: "192.0.2.10", group: "web" });
      new MaintenanceWindow(stack, "patch-night", {
        groups: ["web", "db"],
        schedule: WEEKLY,
        description: "OS patches",
      });
    });
    expect(byName(json, "monitoring_maintenance", "patch-night")).toEqual({
      name: "patch-night",
      description: "OS patches",
      groups: [groupRef(json, "web"), groupRef(json, "db")],
      period_type: "weekly",
      every: 1,
      days_of_week: ["tuesday", "thursday"],
      start_time: "22:30",
      duration: 9000,
      active_since: "2026-12-01T00:00:00Z",
      active_till: "2027-02-28T23:00:00Z",
    });
  });

  it("target.maintenance() makes a one-off window without data collection for that target", () => {
    const json = synth((stack) => {
      new MonitoringProvider(stack, "monitoring");
      const db = new LinuxServer(stack, "db-01", { address: "192.0.2.20", group: "db" });
      db.maintenance("disk-swap", {
        schedule: { start: "2026-12-24T23:00:00+01:00", duration: "1d2h" },
        collectData: false,
        name: "db-01-disk-swap",
      });
    });
    const [targetName] = Object.keys(resources(json, "monitoring_target"));
    expect(byName(json, "monitoring_maintenance", "db-01-disk-swap")).toEqual({
      name: "db-01-disk-swap",
      collect_data: false,
      targets: [`\${monitoring_target.${targetName}.id}`],
      period_type: "one_time",
      start: "2026-12-24T22:00:00Z",
      duration: 93_600,
      active_since: "2026-12-24T22:00:00Z",
      active_till: "2026-12-26T00:00:00Z",
    });
  });

  it("a monthly window on the last Friday of some months, and one on a day of the month", () => {
    const json = synth((stack) => {
      new MonitoringProvider(stack, "monitoring");
      const base = {
        every: "month",
        startTime: "01:00",
        duration: "3h",
        from: "2026-12-01T00:00Z",
        until: "2027-12-01T00:00Z",
      } as const;
      new MaintenanceWindow(stack, "quarterly", {
        groups: ["web"],
        schedule: {
          ...base,
          daysOfWeek: ["friday"],
          weekOfMonth: "last",
          months: ["october", "january"],
        },
      });
      new MaintenanceWindow(stack, "monthly", {
        groups: ["web"],
        schedule: { ...base, dayOfMonth: 15 },
      });
    });
    expect(byName(json, "monitoring_maintenance", "quarterly")).toMatchObject({
      period_type: "monthly",
      months: ["january", "october"],
      days_of_week: ["friday"],
      week_of_month: "last",
    });
    const monthly = byName(json, "monitoring_maintenance", "monthly");
    expect(monthly).toMatchObject({ day_of_month: 15 });
    expect(monthly.months).toHaveLength(12);
    expect(monthly).not.toHaveProperty("days_of_week");
  });

  it.each([
    [
      "no groups or targets",
      { schedule: WEEKLY },
      "groups: a maintenance window needs at least one",
    ],
    [
      "an unknown weekday",
      { groups: ["web"], schedule: { ...WEEKLY, daysOfWeek: ["funday"] } },
      'schedule.daysOfWeek[0]: "funday" is not a day of the week; allowed: monday, tuesday',
    ],
    [
      "until before from",
      { groups: ["web"], schedule: { ...WEEKLY, until: "2026-11-01T00:00:00Z" } },
      "schedule.until: 2026-11-01T00:00:00Z is not after from",
    ],
    [
      "a duration under five minutes",
      { groups: ["web"], schedule: { start: "2026-12-24T22:00:00Z", duration: "4m" } },
      'schedule.duration: "4m" is not allowed; allowed: days, hours and minutes',
    ],
    [
      "a date with seconds",
      { groups: ["web"], schedule: { start: "2026-12-24T22:00:30Z", duration: "1h" } },
      'schedule.start: "2026-12-24T22:00:30Z" is not allowed; allowed: an RFC 3339 date-time in whole minutes',
    ],
    [
      "a weekly window without days",
      { groups: ["web"], schedule: { ...WEEKLY, daysOfWeek: undefined } },
      "schedule.daysOfWeek: required for a weekly window",
    ],
    [
      "a monthly window with an interval",
      {
        groups: ["web"],
        schedule: { ...WEEKLY, every: "month", daysOfWeek: undefined, dayOfMonth: 1, interval: 2 },
      },
      'schedule.interval: applies to every: "day" and "week" only',
    ],
    [
      "a misspelt option",
      { groups: ["web"], schedule: { ...WEEKLY, startTme: "01:00" } },
      "schedule.startTme: unknown option",
    ],
    [
      "a time of day past 23:59",
      { groups: ["web"], schedule: { ...WEEKLY, startTime: "24:00" } },
      'schedule.startTime: "24:00" is not allowed; allowed: "HH:MM" from 00:00 to 23:59',
    ],
  ])("refuses %s at synth, naming the construct path and option", (_what, props, message) => {
    expect(() =>
      synth((stack) => {
        new MonitoringProvider(stack, "monitoring");
        new MaintenanceWindow(stack, "w", props as never);
      }),
    ).toThrow(message);
    expect(() =>
      synth((stack) => {
        new MonitoringProvider(stack, "monitoring");
        new MaintenanceWindow(stack, "w", props as never);
      }),
    ).toThrow("Invalid monitoring configuration for test/w in MaintenanceWindow");
  });
});
