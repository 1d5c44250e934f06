import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KIND_MAPPINGS, type ZabbixDriver } from "../../../lib/provider/zabbix";
import type { ZabbixInstance } from "../../support/zabbix";
import { rejection, zabbixFixture, type RawApi, type ZabbixFixture } from "./fixture";

interface DashboardRow {
  name: string;
  pages: Array<{
    widgets: Array<{ type: string; fields: Array<{ type: string; name: string; value: string }> }>;
  }>;
}

let fixture: ZabbixFixture;
let zabbix: ZabbixInstance;
let driver: ZabbixDriver;
let api: RawApi;

async function dashboard(id: string): Promise<DashboardRow | undefined> {
  const rows = await api.call<DashboardRow[]>("dashboard.get", {
    dashboardids: [id],
    output: ["name"],
    selectPages: "extend",
  });
  return rows[0];
}

function groupsOf(row: DashboardRow, type: string): string[] {
  const widget = row.pages[0].widgets.find((w) => w.type === type);
  return (widget?.fields ?? []).filter((f) => f.name === "groupids").map((f) => f.value);
}

beforeAll(async () => {
  fixture = await zabbixFixture();
  ({ zabbix, driver, api } = fixture);
});

afterAll(async () => {
  await fixture?.close();
});

describe("Zabbix driver: groups", () => {
  it("creates, reads, finds, renames and deletes a host group", async () => {
    const created = await driver.groups.create({ name: "Payments" });
    const inZabbix = async () => {
      const rows = await api.call<Array<{ name: string }>>("hostgroup.get", {
        groupids: [created.id],
        output: ["name"],
      });
      return rows.map((g) => g.name);
    };

    expect(await inZabbix()).toEqual(["Payments"]);
    expect(await driver.groups.read(created.id)).toEqual({ id: created.id, name: "Payments" });
    expect(await driver.groups.findByName("Payments")).toEqual({
      id: created.id,
      name: "Payments",
    });

    await driver.groups.update(created.id, { name: "Payments EU" });
    expect(await inZabbix()).toEqual(["Payments EU"]);
    expect(await driver.groups.findByName("Payments")).toBeUndefined();

    await driver.groups.delete(created.id);
    await driver.groups.delete(created.id);
    expect(await inZabbix()).toEqual([]);
    expect(await driver.groups.read(created.id)).toBeUndefined();
  });

  it("a duplicate group name is a conflict with the existing id", async () => {
    const first = await driver.groups.create({ name: "Dup group" });

    const error = await rejection(driver.groups.create({ name: "Dup group" }));

    expect([error.kind, error.details.existingId, error.details.field]).toEqual([
      "conflict",
      first.id,
      "name",
    ]);
  });

  it("renaming onto an existing group's name is a conflict too", async () => {
    const a = await driver.groups.create({ name: "Rename A" });
    const b = await driver.groups.create({ name: "Rename B" });

    const error = await rejection(driver.groups.update(b.id, { name: "Rename A" }));

    expect([error.kind, error.details.existingId]).toEqual(["conflict", a.id]);
  });

  it("a group that still holds a target's only group membership cannot be deleted: invalid", async () => {
    const g = await driver.groups.create({ name: "Holding" });
    await driver.targets.create({
      name: "held-01",
      displayName: "held-01",
      kind: "linux_server",
      templates: ["ICMP Ping"],
      address: "192.0.2.30",
      port: 10050,
      groups: [g.id],
      thresholds: {},
      tags: {},
      enabled: true,
    });

    const error = await rejection(driver.groups.delete(g.id));

    expect(error.kind).toBe("invalid");
    expect(error.message).toContain("held-01");
  });
});

describe("Zabbix driver: dashboards", () => {
  it("creates a dashboard with problems, availability and severity widgets filtered by the groups", async () => {
    const a = await driver.groups.create({ name: "Dash A" });
    const b = await driver.groups.create({ name: "Dash B" });

    const created = await driver.dashboards.create({ name: "Team overview", groups: [a.id, b.id] });

    const row = (await dashboard(created.id))!;
    expect(row.name).toBe("Team overview");
    expect(row.pages[0].widgets.map((w) => w.type).sort()).toEqual([
      "hostavail",
      "problems",
      "problemsbysv",
    ]);
    for (const type of ["problems", "hostavail", "problemsbysv"])
      expect(groupsOf(row, type).sort()).toEqual([a.id, b.id].sort());
    expect(created.url).toBe(
      zabbix.url.replace(
        "api_jsonrpc.php",
        `zabbix.php?action=dashboard.view&dashboardid=${created.id}`,
      ),
    );
    expect(await driver.dashboards.read(created.id)).toEqual(created);
    expect(await driver.dashboards.findByName("Team overview")).toEqual(created);

    const updated = await driver.dashboards.update(created.id, { name: "Team B", groups: [b.id] });
    expect(updated.id).toBe(created.id);
    const after = (await dashboard(created.id))!;
    expect(after.name).toBe("Team B");
    expect(groupsOf(after, "problems")).toEqual([b.id]);
    expect(await driver.dashboards.read(created.id)).toEqual(updated);

    await driver.dashboards.delete(created.id);
    await driver.dashboards.delete(created.id);
    expect(await dashboard(created.id)).toBeUndefined();
    expect(await driver.dashboards.read(created.id)).toBeUndefined();
  });

  it("a duplicate dashboard name is a conflict; an unknown group is invalid on `groups`", async () => {
    const g = await driver.groups.create({ name: "Dash C" });
    const first = await driver.dashboards.create({ name: "Same name", groups: [g.id] });

    const dup = await rejection(driver.dashboards.create({ name: "Same name", groups: [g.id] }));
    const unknown = await rejection(
      driver.dashboards.create({ name: "Other", groups: ["999999"] }),
    );

    expect([dup.kind, dup.details.existingId]).toEqual(["conflict", first.id]);
    expect([unknown.kind, unknown.details.field]).toEqual(["invalid", "groups"]);
    expect(await driver.dashboards.findByName("Other")).toBeUndefined();
  });
});

describe("Zabbix driver: templates", () => {
  it("finds every template the kinds map to in the packaged 6.0 data, by exact name", async () => {
    const names = [...new Set(Object.values(KIND_MAPPINGS).flatMap((m) => m.templates))];
    for (const name of names) {
      const found = await driver.templates.findByName(name);
      expect(found, name).toMatchObject({ name });
      expect(found!.id).toMatch(/^\d+$/);
    }
  });

  it("returns undefined for an unknown template", async () => {
    expect(await driver.templates.findByName("No such template")).toBeUndefined();
  });
});
