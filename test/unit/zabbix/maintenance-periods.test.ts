import { describe, expect, it } from "vitest";
import type { MaintenancePeriod } from "../../../lib/provider/backend-driver";
import type { ZabbixClient } from "../../../lib/provider/zabbix/json-rpc-client";
import {
  ZabbixMaintenances,
  periodOf,
  timePeriodParams,
} from "../../../lib/provider/zabbix/maintenances";

/** A `maintenance.get` time period row: every field, as the strings Zabbix answers with. */
function row(params: Record<string, number>) {
  const fields = ["every", "month", "dayofweek", "day", "start_time", "start_date"];
  const out: Record<string, string> = { timeperiod_type: String(params.timeperiod_type) };
  for (const f of fields) out[f] = String(params[f] ?? 0);
  out.period = String(params.period);
  return out as unknown as Parameters<typeof periodOf>[0];
}

const PERIODS: readonly MaintenancePeriod[] = [
  { type: "one_time", start: 1798149600, duration: 7200 },
  { type: "daily", every: 3, startTime: 3600, duration: 600 },
  {
    type: "weekly",
    every: 2,
    daysOfWeek: ["monday", "sunday"],
    startTime: 80_000 - 80,
    duration: 300,
  },
  {
    type: "monthly",
    months: ["january", "december"],
    on: { daysOfWeek: ["friday"], week: "last" },
    startTime: 0,
    duration: 86_400,
  },
  { type: "monthly", months: ["june"], on: { dayOfMonth: 31 }, startTime: 60, duration: 3600 },
];

describe("Zabbix maintenance time periods", () => {
  it("sends Zabbix 6.0's codes and bit masks", () => {
    expect(timePeriodParams(PERIODS[2]!)).toEqual({
      timeperiod_type: 3,
      period: 300,
      every: 2,
      dayofweek: 0b1000001,
      start_time: 79_920,
    });
    expect(timePeriodParams(PERIODS[3]!)).toEqual({
      timeperiod_type: 4,
      period: 86_400,
      month: 0b100000000001,
      start_time: 0,
      day: 0,
      dayofweek: 0b0010000,
      every: 5,
    });
    expect(timePeriodParams(PERIODS[0]!)).toEqual({
      timeperiod_type: 0,
      period: 7200,
      start_date: 1798149600,
    });
  });

  it.each(PERIODS.map((p) => [p.type, p] as const))(
    "reads a %s period back as it was sent",
    (_type, period) => {
      expect(periodOf(row(timePeriodParams(period)))).toEqual(period);
    },
  );
});

describe("maintenance.get across Zabbix versions", () => {
  it.each([
    ["6.0.14", "selectGroups", "groups"],
    ["6.4.0", "selectHostGroups", "hostgroups"],
  ])("on %s asks with %s and reads %s", async (version, option, property) => {
    const requests: Record<string, unknown>[] = [];
    const client = {
      atLeast: (v: string) => version.localeCompare(v, undefined, { numeric: true }) >= 0,
      call: async (_method: string, params: Record<string, unknown>) => {
        requests.push(params);
        return [
          {
            maintenanceid: "7",
            name: "w",
            description: "",
            maintenance_type: "0",
            active_since: "1796083200",
            active_till: "1796169600",
            [property]: [{ groupid: "11" }],
            hosts: [],
            timeperiods: [row(timePeriodParams(PERIODS[1]!))],
          },
        ];
      },
    };
    const api = new ZabbixMaintenances(client as unknown as ZabbixClient);
    const read = await api.read("7");
    expect(requests[0]).toHaveProperty(option, ["groupid"]);
    expect(requests[0]).not.toHaveProperty(
      option === "selectGroups" ? "selectHostGroups" : "selectGroups",
    );
    expect(read).toMatchObject({ groups: ["11"], targets: [], period: PERIODS[1], periodCount: 1 });
  });
});
