import { TerraformVariable, type TerraformStack } from "cdktf";
import { describe, expect, it } from "vitest";
import type { BackendTarget } from "../../../lib/backend/backend-target";
import { MonitoringProvider } from "../../../lib/backend/generated/provider";
import { PostgresDatabase } from "../../../lib/backend/database";
import { NetworkDevice } from "../../../lib/backend/network-device";
import { LinuxServer } from "../../../lib/backend/server";
import { ServiceGroupMap } from "../../../lib/backend/service-group-map";
import { MAP_MAX_SIZE } from "../../../lib/provider/schema";
import { byName, resources, synth, type Json } from "./synth-json";

interface Element {
  readonly target: string;
  readonly x: number;
  readonly y: number;
}

/** Target name by the `${monitoring_target.<tf name>.id}` reference an element or link holds. */
function targetNames(json: Json): Map<string, string> {
  return new Map(
    Object.entries(resources(json, "monitoring_target")).map(([tf, t]) => [
      `\${monitoring_target.${tf}.id}`,
      String(t.name),
    ]),
  );
}

function mapOf(json: Json, name: string) {
  const map = byName(json, "monitoring_map", name);
  const names = targetNames(json);
  const elements = (map.elements as string[]).map((e): Element => {
    const m = /^(\$\{[^}]+\})@(\d+),(\d+)$/.exec(e);
    if (!m) throw new Error(`unexpected element ${e}`);
    return { target: names.get(m[1]!) ?? m[1]!, x: Number(m[2]), y: Number(m[3]) };
  });
  const links = ((map.links as string[] | undefined) ?? []).map((l) => {
    const [from, to] = l.split("->");
    return `${names.get(from!)}->${names.get(to!)}`;
  });
  const at = (target: string) => elements.find((e) => e.target === target)!;
  return { map, elements, links, at };
}

/** A storefront: two web servers on an app server on a database, the app behind a switch. */
function storefront(stack: TerraformStack, order: "forward" | "reverse" = "forward"): void {
  new MonitoringProvider(stack, "monitoring");
  const declare: Array<() => BackendTarget> = [
    () => new LinuxServer(stack, "web-01", { address: "192.0.2.11", group: "storefront" }),
    () => new LinuxServer(stack, "web-02", { address: "192.0.2.12", group: "storefront" }),
    () => new LinuxServer(stack, "app-01", { address: "192.0.2.21", group: "storefront" }),
    () => new PostgresDatabase(stack, "db-01", { address: "192.0.2.31", group: "storefront" }),
    () =>
      new NetworkDevice(stack, "sw-01", {
        address: "192.0.2.1",
        group: "network",
        snmp: {
          version: "2c",
          community: new TerraformVariable(stack, "snmp_community", {
            type: "string",
            sensitive: true,
          }),
        },
      }),
  ];
  const made = (order === "forward" ? declare : [...declare].reverse()).map((d) => d());
  const t = Object.fromEntries(made.map((m) => [m.targetName, m]));
  t["web-01"]!.dependsOn(t["app-01"]!);
  t["web-02"]!.dependsOn(t["app-01"]!);
  t["app-01"]!.dependsOn(t["db-01"]!, t["sw-01"]!);
  new ServiceGroupMap(stack, "storefront-map", { group: "storefront" });
}

describe("service group maps", () => {
  it("draws every target of the group and each declared dependency as a link", () => {
    const { elements, links } = mapOf(synth(storefront), "storefront");
    expect(elements.map((e) => e.target).sort()).toEqual([
      "app-01",
      "db-01",
      "sw-01", // a dependency in another group is drawn too
      "web-01",
      "web-02",
    ]);
    expect(links).toEqual(["app-01->db-01", "app-01->sw-01", "web-01->app-01", "web-02->app-01"]);
  });

  it("lays dependencies out below their dependents, inside the map, one position per target", () => {
    const { map, elements, links, at } = mapOf(synth(storefront), "storefront");
    for (const link of links) {
      const [from, to] = link.split("->");
      expect(at(from!).y, link).toBeLessThan(at(to!).y);
    }
    // Three layers: web servers, app server, database and switch.
    expect(new Set(elements.map((e) => e.y)).size).toBe(3);
    expect(at("web-01").y).toBe(at("web-02").y);
    expect(at("db-01").y).toBe(at("sw-01").y);
    // Ties are broken by name.
    expect(at("web-01").x).toBeLessThan(at("web-02").x);
    expect(at("db-01").x).toBeLessThan(at("sw-01").x);
    // The app server sits between the web servers that depend on it.
    expect(at("app-01").x).toBeGreaterThan(at("web-01").x);
    expect(at("app-01").x).toBeLessThan(at("web-02").x);
    expect(new Set(elements.map((e) => `${e.x},${e.y}`)).size).toBe(elements.length);
    for (const e of elements) {
      expect(e.x).toBeGreaterThanOrEqual(0);
      expect(e.y).toBeGreaterThanOrEqual(0);
      expect(e.x).toBeLessThan(Number(map.width));
      expect(e.y).toBeLessThan(Number(map.height));
    }
    expect(map.name).toBe("storefront");
  });

  it("synthesizes byte-identical JSON for the same declarations, whatever their order", () => {
    const forward = synth((s) => storefront(s, "forward"));
    const again = synth((s) => storefront(s, "forward"));
    const reverse = synth((s) => storefront(s, "reverse"));
    const mapJson = (j: Json) => JSON.stringify(byName(j, "monitoring_map", "storefront"));
    expect(JSON.stringify(again)).toBe(JSON.stringify(forward));
    expect(mapJson(reverse)).toBe(mapJson(forward));
  });

  it("wraps a wide row, keeping every target inside a map of computed size", () => {
    const json = synth((stack) => {
      new MonitoringProvider(stack, "monitoring");
      for (let i = 0; i < 30; i++) {
        const n = String(i).padStart(2, "0");
        new LinuxServer(stack, `node-${n}`, { address: `192.0.2.${100 + i}`, group: "batch" });
      }
      new ServiceGroupMap(stack, "batch-map", { group: "batch", name: "batch jobs" });
    });
    const { map, elements } = mapOf(json, "batch jobs");
    expect(elements).toHaveLength(30);
    expect(map.links).toBeUndefined();
    const rows = [...new Set(elements.map((e) => e.y))].sort((a, b) => a - b);
    expect(rows.length).toBe(3); // 12 columns at most: 12 + 12 + 6
    const firstRow = elements.filter((e) => e.y === rows[0]).map((e) => e.target);
    expect(firstRow).toEqual([...firstRow].sort());
    expect(firstRow[0]).toBe("node-00");
    expect(new Set(elements.map((e) => `${e.x},${e.y}`)).size).toBe(30);
    expect(Number(map.width)).toBeLessThanOrEqual(MAP_MAX_SIZE);
    expect(Math.max(...elements.map((e) => e.x))).toBeLessThan(Number(map.width));
    expect(Math.max(...elements.map((e) => e.y))).toBeLessThan(Number(map.height));
  });

  it("puts a target that depends on nothing in the bottom row, one above its highest dependency otherwise", () => {
    const json = synth((stack) => {
      new MonitoringProvider(stack, "monitoring");
      const server = (name: string, address: string) =>
        new LinuxServer(stack, name, { address, group: "rows" });
      const web = server("web-01", "192.0.2.1");
      const app = server("app-01", "192.0.2.2");
      const db = server("db-01", "192.0.2.3");
      server("ntp-01", "192.0.2.4");
      web.dependsOn(app, db);
      app.dependsOn(db);
      new ServiceGroupMap(stack, "m", { group: "rows" });
    });
    const { at } = mapOf(json, "rows");
    expect(at("ntp-01").y).toBe(at("db-01").y);
    expect(at("app-01").y).toBeLessThan(at("db-01").y);
    expect(at("web-01").y).toBeLessThan(at("app-01").y);
  });

  it("sees targets and dependencies declared after the map", () => {
    const json = synth((stack) => {
      new MonitoringProvider(stack, "monitoring");
      new ServiceGroupMap(stack, "m", { group: "late" });
      const a = new LinuxServer(stack, "a-01", { address: "192.0.2.1", group: "late" });
      const b = new LinuxServer(stack, "b-01", { address: "192.0.2.2", group: "late" });
      b.dependsOn(a);
    });
    expect(mapOf(json, "late").links).toEqual(["b-01->a-01"]);
  });
});

describe("service group maps: bad input fails at synth, naming the construct", () => {
  it("a dependency cycle", () => {
    expect(() =>
      synth((stack) => {
        new MonitoringProvider(stack, "monitoring");
        const a = new LinuxServer(stack, "a-01", { address: "192.0.2.1", group: "g" });
        const b = new LinuxServer(stack, "b-01", { address: "192.0.2.2", group: "g" });
        const c = new LinuxServer(stack, "c-01", { address: "192.0.2.3", group: "g" });
        a.dependsOn(b);
        b.dependsOn(c);
        c.dependsOn(a);
        new ServiceGroupMap(stack, "g-map", { group: "g" });
      }),
    ).toThrow(
      /test\/g-map in ServiceGroupMap:\n {2}- group: the dependencies of its targets form a cycle: a-01 \(test\/a-01\) → b-01 \(test\/b-01\) → c-01 \(test\/c-01\) → a-01 \(test\/a-01\); dependsOn must not form a cycle/,
    );
  });

  it("a group without targets", () => {
    expect(() =>
      synth((stack) => {
        new MonitoringProvider(stack, "monitoring");
        new LinuxServer(stack, "a-01", { address: "192.0.2.1", group: "g" });
        new ServiceGroupMap(stack, "typo-map", { group: "gg" });
      }),
    ).toThrow(
      /test\/typo-map in ServiceGroupMap:\n {2}- group: service group "gg" has no backend targets/,
    );
  });

  it("a dependency registered with another backend", () => {
    expect(() =>
      synth((stack) => {
        const one = new MonitoringProvider(stack, "one");
        const two = new MonitoringProvider(stack, "two", { alias: "two" });
        const a = new LinuxServer(stack, "a-01", {
          address: "192.0.2.1",
          group: "g",
          provider: one,
        });
        const b = new LinuxServer(stack, "b-01", {
          address: "192.0.2.2",
          group: "g",
          provider: two,
        });
        a.dependsOn(b);
      }),
    ).toThrow(
      /test\/a-01 in LinuxServer:\n {2}- dependsOn\[0\]: test\/b-01 is registered with another `provider` \(test\/two\) than this target \(test\/one\); a dependency is a target of the same backend/,
    );
  });

  it("a dependency on itself, or on something that is no backend target", () => {
    const build = (bad: (a: LinuxServer) => void) => () =>
      synth((stack) => {
        new MonitoringProvider(stack, "monitoring");
        bad(new LinuxServer(stack, "a-01", { address: "192.0.2.1", group: "g" }));
      });
    expect(build((a) => a.dependsOn(a))).toThrow(
      /test\/a-01 in LinuxServer:\n {2}- dependsOn\[0\]: a target cannot depend on itself/,
    );
    expect(build((a) => a.dependsOn({} as BackendTarget))).toThrow(
      /dependsOn\[0\]: is not a backend target declaration; allowed: LinuxServer, WindowsServer, NetworkDevice/,
    );
  });

  it("two maps with one name, and a name the backend rejects", () => {
    const build = (second: Record<string, unknown>) => () =>
      synth((stack) => {
        new MonitoringProvider(stack, "monitoring");
        new LinuxServer(stack, "a-01", { address: "192.0.2.1", group: "g" });
        new ServiceGroupMap(stack, "first", { group: "g" });
        new ServiceGroupMap(stack, "second", second as never);
      });
    expect(build({ group: "g" })).toThrow(
      /test\/second in ServiceGroupMap:\n {2}- name: "g" is already the name of the map declared at test\/first/,
    );
    expect(build({ group: "g", name: "x".repeat(129) })).toThrow(
      /test\/second in ServiceGroupMap:\n {2}- name: 1-128 characters/,
    );
  });
});
