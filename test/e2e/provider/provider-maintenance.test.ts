/**
 * `monitoring_maintenance` through the real `terraform` against a real Zabbix: a weekly window
 * over a group and a one-time window without data collection over a target, read back with
 * `maintenance.get`, widened in place, drift, a no-change plan, plan-time errors naming the
 * attribute, and destroy.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TerraformWorkdir } from "../../support/terraform";
import { expectFailure, planExitCode, useProviderFixture } from "./provider-fixture";

const fixture = useProviderFixture();

interface MaintenanceRow {
  readonly maintenanceid: string;
  readonly name: string;
  readonly maintenance_type: string;
  readonly active_since: string;
  readonly active_till: string;
  readonly groups: readonly { readonly groupid: string }[];
  readonly hosts: readonly { readonly hostid: string }[];
  readonly timeperiods: readonly Record<string, string>[];
}

const SINCE = "2026-12-01T00:00:00Z";
const TILL = "2027-03-01T00:00:00+01:00";
const unix = (rfc3339: string) => String(Date.parse(rfc3339) / 1000);

const WEEKLY = {
  name: "e2e-patch-night",
  active_since: SINCE,
  active_till: TILL,
  groups: ["${monitoring_group.web.id}"],
  period_type: "weekly",
  days_of_week: ["tuesday", "thursday"],
  start_time: "22:30",
  duration: 7200,
};
const ONE_TIME = {
  name: "e2e-move-rack",
  description: "rack move",
  active_since: SINCE,
  active_till: TILL,
  targets: ["${monitoring_target.web01.id}"],
  period_type: "one_time",
  start: "2026-12-24T22:00:00Z",
  duration: 3600,
  collect_data: false,
};

describe("monitoring_maintenance against Zabbix", () => {
  let wd: TerraformWorkdir;
  const write = (maintenances: Record<string, unknown>) =>
    wd.writeJson(
      fixture().config({
        monitoring_group: { web: { name: "e2e-maint-web" } },
        monitoring_target: {
          web01: {
            name: "e2e-maint-web-01",
            kind: "linux_server",
            address: "192.0.2.61",
            templates: ["ICMP Ping"],
            groups: ["${monitoring_group.web.id}"],
            enabled: false,
          },
        },
        monitoring_maintenance: maintenances,
      }),
    );
  const maintenances = (names: readonly string[]) =>
    fixture().api.call<MaintenanceRow[]>("maintenance.get", {
      output: ["maintenanceid", "name", "maintenance_type", "active_since", "active_till"],
      selectGroups: ["groupid"],
      selectHosts: ["hostid"],
      selectTimeperiods: "extend",
      filter: { name: names },
      sortfield: "name",
    });
  const idOf = async (method: string, key: string, filter: Record<string, string[]>) =>
    (await fixture().api.call<Record<string, string>[]>(method, { output: [key], filter }))[0]?.[
      key
    ];

  beforeAll(() => {
    wd = fixture().workdir();
  });
  afterAll(() => wd?.remove());

  it("creates a weekly window over a group and a one-time window without data over a target", async () => {
    write({ weekly: WEEKLY, once: ONE_TIME });
    await wd.init();
    const plan = await wd.plan();
    expect(plan.stdout).toContain("Plan: 4 to add, 0 to change, 0 to destroy.");
    const apply = await wd.apply();
    expect(apply.stdout).toContain("Apply complete! Resources: 4 added");

    const groupId = await idOf("hostgroup.get", "groupid", { name: ["e2e-maint-web"] });
    const hostId = await idOf("host.get", "hostid", { host: ["e2e-maint-web-01"] });
    const [once, weekly] = await maintenances([WEEKLY.name, ONE_TIME.name]);
    expect(weekly).toMatchObject({
      maintenance_type: "0",
      active_since: unix(SINCE),
      active_till: unix(TILL),
      groups: [{ groupid: groupId }],
      hosts: [],
    });
    expect(weekly!.timeperiods).toHaveLength(1);
    expect(weekly!.timeperiods[0]).toMatchObject({
      timeperiod_type: "3",
      every: "1",
      dayofweek: String(0b0001010),
      start_time: String(22 * 3600 + 30 * 60),
      period: "7200",
    });
    expect(once).toMatchObject({ maintenance_type: "1", groups: [], hosts: [{ hostid: hostId }] });
    expect(once!.timeperiods[0]).toMatchObject({
      timeperiod_type: "0",
      start_date: unix(ONE_TIME.start),
      period: "3600",
    });
    expect((await planExitCode(wd)).code).toBe(0);
  });

  it("widens the weekly window in place: longer, more days, the target too, later end", async () => {
    const [before] = await maintenances([WEEKLY.name]);
    write({
      weekly: {
        ...WEEKLY,
        days_of_week: ["tuesday", "thursday", "saturday"],
        duration: 10800,
        every: 2,
        targets: ["${monitoring_target.web01.id}"],
        active_till: "2027-06-01T00:00:00Z",
      },
      once: ONE_TIME,
    });
    const plan = await wd.plan();
    expect(plan.stdout).toContain("Plan: 0 to add, 1 to change, 0 to destroy.");
    await wd.apply();
    const [after] = await maintenances([WEEKLY.name]);
    expect(after!.maintenanceid).toBe(before!.maintenanceid);
    expect(after!.active_till).toBe(unix("2027-06-01T00:00:00Z"));
    expect(after!.hosts).toHaveLength(1);
    expect(after!.timeperiods).toHaveLength(1);
    expect(after!.timeperiods[0]).toMatchObject({
      every: "2",
      dayofweek: String(0b0101010),
      period: "10800",
    });
    expect((await planExitCode(wd)).code).toBe(0);
  });

  it("shows a window changed in Zabbix as drift, and converges", async () => {
    const [once] = await maintenances([ONE_TIME.name]);
    await fixture().api.call("maintenance.update", {
      maintenanceid: once!.maintenanceid,
      maintenance_type: 0,
      timeperiods: [{ timeperiod_type: 0, start_date: Number(unix(SINCE)), period: 86400 }],
    });
    const drift = await planExitCode(wd);
    expect(drift.code).toBe(2);
    expect(drift.output).toMatch(/~ collect_data\s+= true -> false/);
    expect(drift.output).toMatch(/~ duration\s+= 86400 -> 3600/);
    expect(drift.output).toMatch(/~ start\s+= "2026-12-01T00:00:00Z" -> "2026-12-24T22:00:00Z"/);
    await wd.apply();
    const [fixed] = await maintenances([ONE_TIME.name]);
    expect(fixed).toMatchObject({ maintenance_type: "1" });
    expect(fixed!.timeperiods[0]).toMatchObject({ period: "3600" });
    expect((await planExitCode(wd)).code).toBe(0);
  });

  it("refuses bad windows at plan time, naming the attribute and what is allowed", async () => {
    const bad = fixture().workdir();
    try {
      bad.writeJson(
        fixture().config({
          monitoring_maintenance: {
            nothing: { ...WEEKLY, name: "e2e-bad-maint-1", groups: null },
            funday: {
              ...WEEKLY,
              name: "e2e-bad-maint-2",
              groups: ["1"],
              days_of_week: ["funday"],
            },
            hourly: { ...WEEKLY, name: "e2e-bad-maint-3", groups: ["1"], period_type: "hourly" },
          },
        }),
      );
      await bad.init();
      const output = await expectFailure(bad.plan());
      expect(output).toContain("Error: No groups or targets");
      expect(output).toContain("with monitoring_maintenance.nothing");
      expect(output).toContain(
        '"funday" is not an allowed value for days_of_week. Allowed values: monday, tuesday',
      );
      expect(output).toContain("Allowed values: one_time, daily, weekly, monthly.");
      expect(await maintenances(["e2e-bad-maint-1", "e2e-bad-maint-2", "e2e-bad-maint-3"])).toEqual(
        [],
      );
    } finally {
      bad.remove();
    }
  });

  it("deletes the windows", async () => {
    await wd.destroy();
    expect(await maintenances([WEEKLY.name, ONE_TIME.name])).toEqual([]);
  });
});
