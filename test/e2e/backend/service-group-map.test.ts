/**
 * A service group's map, synthesized by cdktf from ServiceGroupMap and dependsOn, applied by the
 * real terraform with our provider against a real Zabbix 6.0: the map holds the group's hosts at
 * the synthesized positions and a link per dependency; a changed dependency updates the same map
 * in place; a map deleted in the web interface is created again; destroy removes it.
 */
import { TerraformStack, Testing } from "cdktf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MonitoringProvider } from "../../../lib/backend/generated/provider";
import { LinuxServer } from "../../../lib/backend/server";
import { ServiceGroupMap } from "../../../lib/backend/service-group-map";
import type { TerraformWorkdir } from "../../support/terraform";
import { ProviderFixture, planExitCode } from "../provider/provider-fixture";

let fixture: ProviderFixture;
let wd: TerraformWorkdir;

type Version = "app-on-db" | "web-02-on-db";

/** Two web servers on an app server; the app server, or (v2) the second web server, on the database. */
function estate(zabbixUrl: string, version: Version): unknown {
  const stack = new TerraformStack(Testing.app(), "maps");
  new MonitoringProvider(stack, "monitoring", { zabbix: { url: zabbixUrl } });
  const server = (name: string, address: string) =>
    new LinuxServer(stack, name, {
      address,
      group: "e2e-storefront",
      enabled: false,
      templates: ["ICMP Ping"],
    });
  const web1 = server("map-web-01", "192.0.2.71");
  const web2 = server("map-web-02", "192.0.2.72");
  const app = server("map-app-01", "192.0.2.73");
  const db = server("map-db-01", "192.0.2.74");
  web1.dependsOn(app);
  web2.dependsOn(app);
  if (version === "app-on-db") app.dependsOn(db);
  else web2.dependsOn(db);
  new ServiceGroupMap(stack, "storefront-map", { group: "e2e-storefront" });
  return JSON.parse(Testing.synth(stack));
}

interface MapRow {
  readonly sysmapid: string;
  readonly name: string;
  readonly width: string;
  readonly height: string;
  readonly private: string;
  readonly selements: ReadonlyArray<{
    readonly selementid: string;
    readonly elementtype: string;
    readonly elements: ReadonlyArray<{ readonly hostid: string }>;
    readonly x: string;
    readonly y: string;
    readonly label: string;
  }>;
  readonly links: ReadonlyArray<{ readonly selementid1: string; readonly selementid2: string }>;
}

async function storefrontMaps(): Promise<MapRow[]> {
  return fixture.api.call<MapRow[]>("map.get", {
    filter: { name: ["e2e-storefront"] },
    output: ["sysmapid", "name", "width", "height", "private"],
    selectSelements: ["selementid", "elementtype", "elements", "x", "y", "label"],
    selectLinks: ["selementid1", "selementid2"],
  });
}

/** The map as host names: position by host, links as `dependent->dependency`. */
async function readMap() {
  const rows = await storefrontMaps();
  expect(rows).toHaveLength(1);
  const row = rows[0]!;
  const hosts = await fixture.api.call<{ hostid: string; host: string }[]>("host.get", {
    hostids: row.selements.flatMap((s) => s.elements.map((e) => e.hostid)),
    output: ["hostid", "host"],
  });
  const hostName = new Map(hosts.map((h) => [h.hostid, h.host]));
  const bySelement = new Map(
    row.selements.map((s) => [s.selementid, hostName.get(s.elements[0]!.hostid)!]),
  );
  const at = Object.fromEntries(
    row.selements.map((s) => [
      bySelement.get(s.selementid)!,
      { x: Number(s.x), y: Number(s.y), label: s.label, type: s.elementtype },
    ]),
  );
  const links = row.links
    .map((l) => `${bySelement.get(l.selementid1)}->${bySelement.get(l.selementid2)}`)
    .sort();
  return { row, at, links };
}

/** The synthesized map's positions, by target name. */
function synthesizedPositions(json: unknown): Record<string, string> {
  const root = json as { resource: Record<string, Record<string, Record<string, unknown>>> };
  const targets = root.resource.monitoring_target!;
  const map = Object.values(root.resource.monitoring_map!)[0]!;
  return Object.fromEntries(
    (map.elements as string[]).map((e) => {
      const [ref, position] = e.split("@");
      const tf = /^\$\{monitoring_target\.(.+)\.id\}$/.exec(ref!)![1]!;
      return [String(targets[tf]!.name), position!];
    }),
  );
}

beforeAll(async () => {
  fixture = await ProviderFixture.start();
  wd = fixture.workdir();
  wd.writeJson(estate(fixture.zabbix.url, "app-on-db"));
  await wd.init();
});

afterAll(async () => {
  await fixture?.stop();
});

describe("a service group map through terraform and the provider into Zabbix", () => {
  it("holds every host of the group at its synthesized position and a link per dependency", async () => {
    const json = estate(fixture.zabbix.url, "app-on-db");
    wd.writeJson(json);
    await wd.apply();
    const { row, at, links } = await readMap();
    expect(row.private).toBe("0");
    expect(Object.keys(at).sort()).toEqual(["map-app-01", "map-db-01", "map-web-01", "map-web-02"]);
    for (const e of Object.values(at)) expect(e).toMatchObject({ type: "0", label: "{HOST.NAME}" });
    const positions = Object.fromEntries(Object.entries(at).map(([h, e]) => [h, `${e.x},${e.y}`]));
    expect(positions).toEqual(synthesizedPositions(json));
    expect(at["map-web-01"]!.y).toBeLessThan(at["map-app-01"]!.y);
    expect(at["map-app-01"]!.y).toBeLessThan(at["map-db-01"]!.y);
    expect(links).toEqual([
      "map-app-01->map-db-01",
      "map-web-01->map-app-01",
      "map-web-02->map-app-01",
    ]);
    expect((await planExitCode(wd)).code).toBe(0);
  });

  it("updates the same map in place when a dependency changes", async () => {
    const before = (await readMap()).row.sysmapid;
    wd.writeJson(estate(fixture.zabbix.url, "web-02-on-db"));
    const { stdout } = await wd.apply();
    expect(stdout).toMatch(/Plan: 0 to add, 1 to change, 0 to destroy\./);
    expect(stdout).toMatch(/monitoring_map\.\S+ will be updated in-place/);
    const { row, at, links } = await readMap();
    expect(row.sysmapid).toBe(before);
    expect(links).toEqual([
      "map-web-01->map-app-01",
      "map-web-02->map-app-01",
      "map-web-02->map-db-01",
    ]);
    expect(at["map-web-02"]!.y).toBeLessThan(at["map-db-01"]!.y);
  });

  it("shows an icon moved in the web interface as drift, and creates a deleted map again", async () => {
    const { row } = await readMap();
    const icons = await fixture.api.call<{ imageid: string }[]>("image.get", {
      output: ["imageid"],
      filter: { name: ["Server_(64)"] },
    });
    const moved = row.selements.map((s, i) => ({
      selementid: s.selementid,
      elementtype: Number(s.elementtype),
      elements: s.elements,
      x: i === 0 ? Number(s.x) + 7 : Number(s.x),
      y: Number(s.y),
      label: s.label,
      iconid_off: icons[0]!.imageid,
    }));
    await fixture.api.call("map.update", { sysmapid: row.sysmapid, selements: moved });
    const drift = await wd.apply();
    expect(drift.stdout).toMatch(/Plan: 0 to add, 1 to change, 0 to destroy\./);
    expect((await readMap()).row.selements[0]!.x).toBe(row.selements[0]!.x);

    await fixture.api.call("map.delete", [row.sysmapid]);
    const gone = await wd.apply();
    expect(gone.stdout).toMatch(/Plan: 1 to add, 0 to change, 0 to destroy\./);
    const again = await readMap();
    expect(again.row.sysmapid).not.toBe(row.sysmapid);
    expect(again.links).toHaveLength(3);
  });

  it("destroy removes the map", async () => {
    await wd.destroy();
    expect(await storefrontMaps()).toEqual([]);
  });
});
