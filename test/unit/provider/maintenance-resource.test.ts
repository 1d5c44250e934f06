import { describe, expect, it } from "vitest";
import { UNKNOWN, type ObjectValue } from "../../../lib/provider/protocol/dynamic-value";
import { maintenanceResource } from "../../../lib/provider/resources/maintenance";
import { memoryContext as context, targetSpec } from "./memory-driver";

/** A configuration with every attribute present (null when unset), as Terraform sends it. */
function config(values: ObjectValue): ObjectValue {
  const all: ObjectValue = {};
  for (const a of maintenanceResource.schema.block.attributes) all[a.name] = null;
  return { ...all, ...values };
}

const WINDOW = {
  name: "patch-night",
  active_since: "2026-12-01T00:00:00Z",
  active_till: "2027-03-01T00:00:00+01:00",
  duration: 7200,
};

async function setup() {
  const c = context();
  const group = await c.groups.create({ name: "web" });
  const target = await c.targets.create(targetSpec("web-01", [group.id]));
  return { ...c, group, target };
}

function pathsOf(diagnostics: readonly { path?: unknown }[]) {
  return diagnostics.map((d) => d.path);
}

describe("monitoring_maintenance", () => {
  it("plans a weekly window's defaults, creates it with unix times and reads it back unchanged", async () => {
    const { ctx, maintenances, group } = await setup();
    const cfg = config({
      ...WINDOW,
      groups: [group.id],
      period_type: "weekly",
      start_time: "22:30",
      days_of_week: ["tuesday", "thursday"],
    });
    const plan = await maintenanceResource.plan({ prior: null, proposed: cfg, config: cfg }, ctx);
    expect(plan.diagnostics).toEqual([]);
    expect(plan.planned).toMatchObject({
      id: UNKNOWN,
      collect_data: true,
      every: 1,
      week_of_month: null,
    });

    const created = await maintenanceResource.apply(
      { prior: null, planned: plan.planned, config: cfg },
      ctx,
    );
    expect(created.diagnostics).toEqual([]);
    const id = String(created.state!.id);
    expect(maintenances.objects.get(id)).toMatchObject({
      activeSince: Date.UTC(2026, 11, 1) / 1000,
      activeTill: Date.UTC(2027, 1, 28, 23) / 1000,
      collectData: true,
      groups: [group.id],
      targets: [],
      period: {
        type: "weekly",
        every: 1,
        daysOfWeek: ["tuesday", "thursday"],
        startTime: 22 * 3600 + 30 * 60,
        duration: 7200,
      },
    });

    const read = await maintenanceResource.read(created.state!, ctx);
    expect(read.state).toEqual(created.state);
  });

  it("shows drift made in the backend, and a widened window updates in place", async () => {
    const { ctx, maintenances, group, target } = await setup();
    const cfg = config({
      ...WINDOW,
      targets: [target.id],
      period_type: "one_time",
      start: "2026-12-24T22:00:00Z",
      collect_data: false,
    });
    const plan = await maintenanceResource.plan({ prior: null, proposed: cfg, config: cfg }, ctx);
    const created = await maintenanceResource.apply(
      { prior: null, planned: plan.planned, config: cfg },
      ctx,
    );
    const id = String(created.state!.id);
    const object = maintenances.objects.get(id)!;
    maintenances.objects.set(id, {
      ...object,
      period: { type: "one_time", start: object.activeSince + 3600, duration: 600 },
    });
    const read = await maintenanceResource.read(created.state!, ctx);
    expect(read.state).toMatchObject({ start: "2026-12-01T01:00:00Z", duration: 600 });

    const wider = config({ ...cfg, duration: 14400, groups: [group.id] });
    const update = await maintenanceResource.plan(
      { prior: read.state, proposed: { ...wider, id }, config: wider },
      ctx,
    );
    expect(update.diagnostics).toEqual([]);
    expect(update.requiresReplace).toEqual([]);
    await maintenanceResource.apply(
      { prior: read.state, planned: update.planned, config: wider },
      ctx,
    );
    expect(maintenances.objects.get(id)).toMatchObject({
      collectData: false,
      groups: [group.id],
      targets: [target.id],
      period: { type: "one_time", start: Date.UTC(2026, 11, 24, 22) / 1000, duration: 14400 },
    });
  });

  it("reads a maintenance holding several periods as drift of period_type", async () => {
    const { ctx, maintenances, group } = await setup();
    const made = await maintenances.create({
      name: "outside",
      description: "",
      activeSince: 1796083200,
      activeTill: 1796169600,
      collectData: true,
      groups: [group.id],
      targets: [],
      period: { type: "daily", every: 2, startTime: 3600, duration: 600 },
    });
    maintenances.objects.set(made.id, { ...made, periodCount: 2 });
    const imported = await maintenanceResource.importState("name:outside", ctx);
    expect(imported.state).toMatchObject({
      id: made.id,
      period_type: "2 periods",
      start_time: "01:00",
      every: 2,
      description: null,
      targets: null,
      active_since: "2026-12-01T00:00:00Z",
    });
  });

  it("maps a monthly window on the last Friday and one on a day of the month", async () => {
    const { ctx, maintenances, group } = await setup();
    const cases: [string, ObjectValue, object][] = [
      [
        "last-friday",
        { days_of_week: ["friday"], week_of_month: "last" },
        { daysOfWeek: ["friday"], week: "last" },
      ],
      ["the-15th", { day_of_month: 15 }, { dayOfMonth: 15 }],
    ];
    for (const [name, extra, on] of cases) {
      const cfg = config({
        ...WINDOW,
        name,
        groups: [group.id],
        period_type: "monthly",
        months: ["march", "january"],
        start_time: "00:00",
        ...extra,
      });
      const plan = await maintenanceResource.plan({ prior: null, proposed: cfg, config: cfg }, ctx);
      expect(plan.diagnostics).toEqual([]);
      expect(plan.planned).toMatchObject({ every: null });
      const created = await maintenanceResource.apply(
        { prior: null, planned: plan.planned, config: cfg },
        ctx,
      );
      expect(maintenances.objects.get(String(created.state!.id))?.period).toEqual({
        type: "monthly",
        months: ["january", "march"],
        on,
        startTime: 0,
        duration: 7200,
      });
    }
  });

  it.each([
    ["no groups or targets", { period_type: "daily", start_time: "01:00" }, [["groups"]]],
    [
      "active_till before active_since",
      {
        groups: ["1"],
        period_type: "daily",
        start_time: "01:00",
        active_till: "2026-11-30T00:00:00Z",
      },
      [["active_till"]],
    ],
    [
      "a date that does not exist",
      {
        groups: ["1"],
        period_type: "daily",
        start_time: "01:00",
        active_till: "2027-02-30T00:00Z",
      },
      [["active_till"]],
    ],
    [
      "a date after 2038",
      {
        groups: ["1"],
        period_type: "daily",
        start_time: "01:00",
        active_till: "2040-01-01T00:00Z",
      },
      [["active_till"]],
    ],
    [
      "seconds in a date-time",
      {
        groups: ["1"],
        period_type: "daily",
        start_time: "01:00",
        active_till: "2027-01-01T00:00:30Z",
      },
      [["active_till"]],
    ],
    ["a one-time period without start", { groups: ["1"], period_type: "one_time" }, [["start"]]],
    [
      "a one-time start outside the active range",
      { groups: ["1"], period_type: "one_time", start: "2028-01-01T00:00:00Z" },
      [["start"]],
    ],
    [
      "start_time on a one-time period",
      { groups: ["1"], period_type: "one_time", start: "2026-12-02T00:00Z", start_time: "01:00" },
      [["start_time"]],
    ],
    [
      "a daily period without start_time",
      { groups: ["1"], period_type: "daily" },
      [["start_time"]],
    ],
    [
      "a weekly period without days",
      { groups: ["1"], period_type: "weekly", start_time: "01:00" },
      [["days_of_week"]],
    ],
    [
      "an unknown weekday",
      { groups: ["1"], period_type: "weekly", start_time: "01:00", days_of_week: ["funday"] },
      [["days_of_week"]],
    ],
    [
      "a monthly period with both a day and weekdays",
      {
        groups: ["1"],
        period_type: "monthly",
        start_time: "01:00",
        months: ["may"],
        day_of_month: 1,
        days_of_week: ["monday"],
      },
      [["day_of_month"]],
    ],
    [
      "a monthly period with neither",
      { groups: ["1"], period_type: "monthly", start_time: "01:00", months: ["may"] },
      [["day_of_month"]],
    ],
    [
      "every on a monthly period",
      {
        groups: ["1"],
        period_type: "monthly",
        start_time: "01:00",
        months: ["may"],
        day_of_month: 1,
        every: 2,
      },
      [["every"]],
    ],
    ["an unknown period type", { groups: ["1"], period_type: "hourly" }, [["period_type"]]],
    [
      "a time of day past 23:59",
      { groups: ["1"], period_type: "daily", start_time: "24:00" },
      [["start_time"]],
    ],
    [
      "a duration under five minutes",
      { groups: ["1"], period_type: "daily", start_time: "01:00", duration: 120 },
      [["duration"]],
    ],
    [
      "a duration in part minutes",
      { groups: ["1"], period_type: "daily", start_time: "01:00", duration: 330 },
      [["duration"]],
    ],
  ])("refuses %s at validate time, naming the attribute", (_what, values, paths) => {
    const diagnostics = maintenanceResource.validate(config({ ...WINDOW, ...values }));
    expect(pathsOf(diagnostics)).toEqual(paths);
    expect(diagnostics.every((d) => d.severity === "error")).toBe(true);
  });

  it("names the allowed values in its messages", () => {
    const [typeError] = maintenanceResource.validate(
      config({ ...WINDOW, groups: ["1"], period_type: "hourly" }),
    );
    expect(typeError?.detail).toContain("one_time, daily, weekly, monthly");
    const [dayError] = maintenanceResource.validate(
      config({
        ...WINDOW,
        groups: ["1"],
        period_type: "weekly",
        start_time: "01:00",
        days_of_week: ["funday"],
      }),
    );
    expect(dayError?.detail).toContain("monday, tuesday, wednesday");
  });

  it("refuses unknown groups and targets at plan time", async () => {
    const { ctx } = await setup();
    const cfg = config({
      ...WINDOW,
      groups: ["999"],
      targets: ["998"],
      period_type: "daily",
      start_time: "01:00",
    });
    const plan = await maintenanceResource.plan({ prior: null, proposed: cfg, config: cfg }, ctx);
    expect(pathsOf(plan.diagnostics)).toEqual([["groups"], ["targets"]]);
  });

  it("plans week_of_month unknown only while a monthly window's days are", async () => {
    const { ctx, group } = await setup();
    const plan = async (values: ObjectValue) => {
      const cfg = config({ ...WINDOW, groups: [group.id], start_time: "01:00", ...values });
      return (await maintenanceResource.plan({ prior: null, proposed: cfg, config: cfg }, ctx))
        .planned;
    };
    expect(await plan({ period_type: "weekly", days_of_week: UNKNOWN })).toMatchObject({
      week_of_month: null,
      every: 1,
    });
    expect(
      await plan({ period_type: "monthly", months: ["may"], days_of_week: UNKNOWN }),
    ).toMatchObject({ week_of_month: UNKNOWN, every: null });
    expect(await plan({ period_type: UNKNOWN })).toMatchObject({
      week_of_month: UNKNOWN,
      every: UNKNOWN,
    });
  });

  it("skips checks of values still unknown", () => {
    const diagnostics = maintenanceResource.validate(
      config({ ...WINDOW, groups: UNKNOWN, period_type: UNKNOWN, active_since: UNKNOWN }),
    );
    expect(diagnostics).toEqual([]);
  });
});
