/**
 * The Zabbix driver's maps against a real Zabbix 6.0: what `map.get` holds after a create and an
 * update, the errors a duplicate name and an unknown host give, and deletes that find nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MapSpec } from "../../../lib/provider/backend-driver";
import type { ZabbixDriver } from "../../../lib/provider/zabbix";
import { rejection, zabbixFixture, type RawApi, type ZabbixFixture } from "./fixture";

let fixture: ZabbixFixture;
let driver: ZabbixDriver;
let api: RawApi;
let hosts: string[];

beforeAll(async () => {
  fixture = await zabbixFixture();
  ({ driver, api } = fixture);
  const group = await driver.groups.create({ name: "e2e-maps" });
  hosts = [];
  for (const name of ["maps-web", "maps-db"]) {
    const { hostids } = await api.call<{ hostids: string[] }>("host.create", {
      host: name,
      groups: [{ groupid: group.id }],
    });
    hosts.push(hostids[0]!);
  }
});

afterAll(async () => {
  await fixture?.close();
});

describe("Zabbix maps", () => {
  it("creates a public map with host elements and a link, reads it back, updates it in place and deletes it", async () => {
    const [web, db] = hosts as [string, string];
    const spec: MapSpec = {
      name: "e2e-map",
      width: 400,
      height: 300,
      elements: [
        { target: web, x: 40, y: 40 },
        { target: db, x: 40, y: 180, label: "orders database" },
      ],
      links: [{ from: web, to: db }],
    };
    const created = await driver.maps.create(spec);
    expect(created.url).toMatch(/zabbix\.php\?action=map\.view&sysmapid=\d+$/);
    const [row] = await api.call<Array<Record<string, unknown>>>("map.get", {
      sysmapids: [created.id],
      output: ["name", "private", "label_type"],
      selectSelements: ["label", "x", "y", "elements"],
    });
    expect(row).toMatchObject({ name: "e2e-map", private: "0", label_type: "0" });
    expect(row!.selements).toEqual([
      { label: "{HOST.NAME}", x: "40", y: "40", elements: [{ hostid: web }] },
      { label: "orders database", x: "40", y: "180", elements: [{ hostid: db }] },
    ]);
    expect(await driver.maps.read(created.id)).toEqual({
      ...spec,
      id: created.id,
      url: created.url,
    });
    expect((await driver.maps.findByName("e2e-map"))?.id).toBe(created.id);

    const moved: MapSpec = {
      ...spec,
      width: 500,
      elements: [{ target: db, x: 200, y: 40 }],
      links: [],
    };
    await driver.maps.update(created.id, moved);
    expect(await driver.maps.read(created.id)).toEqual({
      ...moved,
      id: created.id,
      url: created.url,
    });

    await driver.maps.delete(created.id);
    expect(await driver.maps.read(created.id)).toBeUndefined();
    await driver.maps.delete(created.id); // already gone: no error
  });

  it("says which map a duplicate name collides with, and which attribute an unknown host is in", async () => {
    const [web] = hosts as [string];
    const spec: MapSpec = {
      name: "e2e-dup",
      width: 200,
      height: 200,
      elements: [{ target: web, x: 10, y: 10 }],
      links: [],
    };
    const first = await driver.maps.create(spec);
    const duplicate = await rejection(driver.maps.create(spec));
    expect(duplicate.kind).toBe("conflict");
    expect(duplicate.details).toEqual({ existingId: first.id, field: "name" });

    const unknown = await rejection(
      driver.maps.create({
        ...spec,
        name: "e2e-ghost",
        elements: [{ target: "999999", x: 1, y: 1 }],
      }),
    );
    expect(unknown.kind).toBe("invalid");
    expect(unknown.details.field).toBe("elements");
    expect(await driver.maps.findByName("e2e-ghost")).toBeUndefined();
  });
});
