import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BackendDriver, TargetSpec } from "../../../lib/provider/backend-driver";
import { KIND_MAPPINGS, type ZabbixDriver } from "../../../lib/provider/zabbix";
import type { ZabbixInstance } from "../../support/zabbix";
import { rejection, zabbixFixture, type RawApi, type ZabbixFixture } from "./fixture";

interface HostRow {
  host: string;
  name: string;
  status: string;
  interfaces: Array<{
    type: string;
    main: string;
    useip: string;
    ip: string;
    dns: string;
    port: string;
    details: unknown;
  }>;
  groups: Array<{ groupid: string }>;
  parentTemplates: Array<{ host: string }>;
  macros: Array<{ macro: string; value: string }>;
  tags: Array<{ tag: string; value: string }>;
}

let fixture: ZabbixFixture;
let zabbix: ZabbixInstance;
let driver: ZabbixDriver;
let api: RawApi;
let web: string;
let db: string;

async function host(id: string): Promise<HostRow | undefined> {
  const rows = await api.call<HostRow[]>("host.get", {
    hostids: [id],
    output: ["host", "name", "status"],
    selectInterfaces: "extend",
    selectGroups: ["groupid"],
    selectParentTemplates: ["host"],
    selectMacros: ["macro", "value"],
    selectTags: ["tag", "value"],
  });
  return rows[0];
}

/** A target spec; visible names are unique in Zabbix too, so the display name follows the name. */
function spec(overrides: Partial<TargetSpec> = {}): TargetSpec {
  const name = overrides.name ?? "web-01";
  return {
    name,
    displayName: `Display ${name}`,
    kind: "linux_server",
    templates: [],
    address: "192.0.2.10",
    port: 10050,
    groups: [web],
    thresholds: { "CPU.UTIL.CRIT": "95" },
    tags: { team: "sre" },
    enabled: true,
    ...overrides,
  };
}

beforeAll(async () => {
  fixture = await zabbixFixture();
  ({ zabbix, driver, api } = fixture);
  web = (await driver.groups.create({ name: "Web servers" })).id;
  db = (await driver.groups.create({ name: "Databases" })).id;
});

afterAll(async () => {
  await fixture?.close();
});

describe("Zabbix driver: targets", () => {
  it("creates a host with agent interface, default template, macros, tags and status", async () => {
    // WHEN
    const target = await driver.targets.create(spec({ name: "create-01" }));

    // THEN
    const row = await host(target.id);
    expect(row).toBeDefined();
    expect(row!.host).toBe("create-01");
    expect(row!.name).toBe("Display create-01");
    expect(row!.status).toBe("0");
    expect(row!.interfaces).toHaveLength(1);
    expect(row!.interfaces[0]).toMatchObject({
      type: "1",
      main: "1",
      useip: "1",
      ip: "192.0.2.10",
      port: "10050",
    });
    expect(row!.groups.map((g) => g.groupid)).toEqual([web]);
    expect(row!.parentTemplates.map((t) => t.host)).toEqual(["Linux by Zabbix agent"]);
    expect(row!.macros).toEqual([{ macro: "{$CPU.UTIL.CRIT}", value: "95" }]);
    expect(row!.tags).toContainEqual({ tag: "team", value: "sre" });
    expect(target.url).toBe(
      zabbix.url.replace("api_jsonrpc.php", `zabbix.php?action=host.edit&hostid=${target.id}`),
    );
  });

  it("reads back what it created, so an unchanged spec shows no drift", async () => {
    const wanted = spec({ name: "read-01", address: "db01.example.com", groups: [db, web] });
    const created = await driver.targets.create(wanted);

    const read = await driver.targets.read(created.id);
    const found = await driver.targets.findByName("read-01");

    const expected = {
      ...wanted,
      templates: ["Linux by Zabbix agent"],
      groups: [web, db].sort((a, b) => Number(a) - Number(b)),
      id: created.id,
      url: created.url,
    };
    expect(read).toEqual(expected);
    expect(found).toEqual(expected);
    expect({
      ...created,
      groups: [...created.groups].sort((a, b) => Number(a) - Number(b)),
    }).toEqual(expected);
  });

  it("registers a DNS address with useip=0 and an IPv6 address with useip=1", async () => {
    const byDns = await driver.targets.create(spec({ name: "dns-01", address: "app.example.com" }));
    const byV6 = await driver.targets.create(
      spec({ name: "v6-01", address: "2001:db8::5", displayName: "v6" }),
    );

    expect((await host(byDns.id))!.interfaces[0]).toMatchObject({
      useip: "0",
      dns: "app.example.com",
      ip: "",
    });
    expect((await host(byV6.id))!.interfaces[0]).toMatchObject({ useip: "1", ip: "2001:db8::5" });
  });

  it("gives network devices an SNMPv2 interface and the Generic by SNMP template", async () => {
    const target = await driver.targets.create(
      spec({
        name: "sw-01",
        displayName: "Switch 01",
        kind: "network_device",
        port: 161,
        thresholds: {},
      }),
    );

    const row = (await host(target.id))!;
    expect(row.interfaces[0]).toMatchObject({ type: "2", port: "161" });
    expect(row.interfaces[0].details).toMatchObject({
      version: "2",
      community: "{$SNMP_COMMUNITY}",
    });
    expect(row.parentTemplates.map((t) => t.host)).toEqual(["Generic by SNMP"]);
  });

  it("links each kind's packaged template, and `templates` overrides it", async () => {
    for (const kind of driver.targetKinds) {
      const target = await driver.targets.create(
        spec({ name: `kind-${kind}`, displayName: `kind ${kind}`, kind }),
      );
      const linked = (await host(target.id))!.parentTemplates.map((t) => t.host).sort();
      const defaults = [...KIND_MAPPINGS[kind as keyof typeof KIND_MAPPINGS].templates].sort();
      const read = (await driver.targets.read(target.id))!;
      expect(linked, kind).toEqual(defaults);
      expect([read.kind, read.templates, target.templates]).toEqual([kind, defaults, defaults]);
    }
    const custom = await driver.targets.create(
      spec({ name: "custom-01", displayName: "custom", templates: ["ICMP Ping"] }),
    );
    expect((await host(custom.id))!.parentTemplates.map((t) => t.host)).toEqual(["ICMP Ping"]);
    expect((await driver.targets.read(custom.id))!.templates).toEqual(["ICMP Ping"]);
  });

  it("updates in place: macros and tags replaced, interface moved, groups and status changed", async () => {
    const target = await driver.targets.create(
      spec({
        name: "upd-01",
        displayName: "upd",
        thresholds: { "CPU.UTIL.CRIT": "95", "MEMORY.UTIL.MAX": "90" },
      }),
    );

    const updated = await driver.targets.update(
      target.id,
      spec({
        name: "upd-01",
        displayName: "Updated",
        address: "192.0.2.99",
        port: 20050,
        groups: [db],
        thresholds: { "CPU.UTIL.CRIT": "80" },
        tags: { team: "dba", tier: "1" },
        enabled: false,
      }),
    );

    expect(updated.id).toBe(target.id);
    const row = (await host(target.id))!;
    expect(row.name).toBe("Updated");
    expect(row.status).toBe("1");
    expect(row.interfaces).toHaveLength(1);
    expect(row.interfaces[0]).toMatchObject({ type: "1", ip: "192.0.2.99", port: "20050" });
    expect(row.groups.map((g) => g.groupid)).toEqual([db]);
    expect(row.macros).toEqual([{ macro: "{$CPU.UTIL.CRIT}", value: "80" }]);
    expect(
      row.tags
        .filter((t) => t.tag !== "monitoring.kind")
        .sort((a, b) => a.tag.localeCompare(b.tag)),
    ).toEqual([
      { tag: "team", value: "dba" },
      { tag: "tier", value: "1" },
    ]);
  });

  it("changes kind between agent kinds, replacing the templates and clearing the old items", async () => {
    const target = await driver.targets.create(spec({ name: "kind-agent" }));
    const cpuItems = () =>
      api.call<unknown[]>("item.get", {
        hostids: [target.id],
        output: ["key_"],
        search: { key_: "system.cpu.util" },
      });
    expect((await cpuItems()).length).toBeGreaterThan(0);

    const updated = await driver.targets.update(
      target.id,
      spec({ name: "kind-agent", kind: "postgres" }),
    );

    const row = (await host(target.id))!;
    expect(row.parentTemplates.map((t) => t.host)).toEqual(["PostgreSQL by Zabbix agent 2"]);
    expect(await cpuItems()).toEqual([]);
    expect(updated.templates).toEqual(["PostgreSQL by Zabbix agent 2"]);
  });

  it("changes kind across interface types, swapping templates and clearing the old ones", async () => {
    const target = await driver.targets.create(spec({ name: "kind-swap", displayName: "swap" }));

    await driver.targets.update(
      target.id,
      spec({ name: "kind-swap", displayName: "swap", kind: "network_device", port: 161 }),
    );
    const asSnmp = (await host(target.id))!;
    const items = await api.call<unknown[]>("item.get", {
      hostids: [target.id],
      output: ["key_"],
      search: { key_: "agent.ping" },
    });

    expect(asSnmp.interfaces.map((i) => i.type)).toEqual(["2"]);
    expect(asSnmp.parentTemplates.map((t) => t.host)).toEqual(["Generic by SNMP"]);
    expect(items).toEqual([]);
    expect((await driver.targets.read(target.id))!.kind).toBe("network_device");
  });

  it("deletes, and reads a deleted host as absent; deleting twice is fine", async () => {
    const target = await driver.targets.create(spec({ name: "del-01", displayName: "del" }));

    await driver.targets.delete(target.id);
    await driver.targets.delete(target.id);

    expect(await host(target.id)).toBeUndefined();
    expect(await driver.targets.read(target.id)).toBeUndefined();
    expect(await driver.targets.findByName("del-01")).toBeUndefined();
    expect(await driver.targets.read("not-a-number")).toBeUndefined();
  });
});

describe("Zabbix driver: concurrency", () => {
  it("30 parallel creates register each target exactly once", async () => {
    const names = Array.from({ length: 30 }, (_, i) => `par-${String(i).padStart(2, "0")}`);

    const created = await Promise.all(
      names.map((name, i) =>
        driver.targets.create(
          spec({ name, templates: ["ICMP Ping"], address: `192.0.2.${100 + i}` }),
        ),
      ),
    );

    const rows = await api.call<Array<{ hostid: string; host: string }>>("host.get", {
      output: ["hostid", "host"],
      search: { host: "par-" },
      startSearch: true,
    });
    expect(rows.map((r) => r.host).sort()).toEqual(names);
    expect(new Set(created.map((t) => t.id)).size).toBe(30);
    expect(rows.map((r) => r.hostid).sort()).toEqual(created.map((t) => t.id).sort());
  });
});

describe("Zabbix driver: batch lookups", () => {
  it("readMany and findManyByName return the existing hosts in one host.get each, leaving out missing ones", async () => {
    const a = await driver.targets.create(spec({ name: "batch-a", templates: ["ICMP Ping"] }));
    const b = await driver.targets.create(spec({ name: "batch-b", templates: ["ICMP Ping"] }));

    const byId = await driver.targets.readMany!([a.id, "999999", b.id, "not-a-number"]);
    const byName = await driver.targets.findManyByName!(["batch-b", "batch-none", "batch-a"]);

    expect(byId.map((t) => t.name).sort()).toEqual(["batch-a", "batch-b"]);
    expect(byId.find((t) => t.id === a.id)).toEqual(await driver.targets.read(a.id));
    expect(byName.map((t) => t.id).sort()).toEqual([a.id, b.id].sort());
    expect(await driver.targets.readMany!([])).toEqual([]);
    const groups = await driver.groups.findManyByName!(["Web servers", "Databases", "nope"]);
    expect(groups.map((g) => g.id).sort()).toEqual([web, db].sort());
    expect((await driver.groups.readMany!([web, "424242"])).map((g) => g.name)).toEqual([
      "Web servers",
    ]);
  });
});

describe("Zabbix driver: targets of groups", () => {
  it("readInGroups returns every target of the groups as read by id, or undefined above the limit", async () => {
    const group = (await driver.groups.create({ name: "Snapshot group" })).id;
    const made = await Promise.all(
      ["snap-a", "snap-b", "snap-c"].map((name) =>
        driver.targets.create(spec({ name, groups: [group], templates: ["ICMP Ping"] })),
      ),
    );

    const all = await driver.targets.readInGroups!([group], 3);

    expect(all?.map((t) => t.name).sort()).toEqual(["snap-a", "snap-b", "snap-c"]);
    expect(all?.find((t) => t.id === made[0]!.id)).toEqual(await driver.targets.read(made[0]!.id));
    expect(await driver.targets.readInGroups!([group], 2)).toBeUndefined();
    expect(await driver.targets.readInGroups!(["not-an-id"], 10)).toEqual([]);
  });

  it("listNames returns the technical name of every host, or undefined above the limit", async () => {
    const made = await driver.targets.create(spec({ name: "listed-01", displayName: "Listed" }));
    const count = Number(await api.call<string>("host.get", { countOutput: true }));

    // Other suites may add hosts meanwhile: a limit well above the count returns the names.
    const names = await driver.targets.listNames!(count + 1000);

    expect(names?.size).toBeGreaterThanOrEqual(count);
    expect(names?.has(made.name)).toBe(true);
    expect(names?.has("Listed")).toBe(false);
    expect(await driver.targets.listNames!(0)).toBeUndefined();
  });
});

describe("Zabbix driver: target errors", () => {
  it("a duplicate name is a conflict carrying the existing host's id", async () => {
    const first = await driver.targets.create(spec({ name: "dup-01", displayName: "dup one" }));

    const error = await rejection(
      driver.targets.create(spec({ name: "dup-01", displayName: "dup two" })),
    );

    expect(error.kind).toBe("conflict");
    expect(error.details.existingId).toBe(first.id);
    expect(error.message).toMatch(/import/);
  });

  it("a duplicate display name is a conflict on `displayName` carrying the existing host's id", async () => {
    const first = await driver.targets.create(
      spec({ name: "vis-01", displayName: "Shared display" }),
    );

    const error = await rejection(
      driver.targets.create(spec({ name: "vis-02", displayName: "Shared display" })),
    );

    expect([error.kind, error.details.field, error.details.existingId]).toEqual([
      "conflict",
      "displayName",
      first.id,
    ]);
  });

  it("a bad IP address is invalid on `address`, and nothing is created", async () => {
    const error = await rejection(
      driver.targets.create(spec({ name: "bad-ip", displayName: "bad ip", address: "999.1.1.1" })),
    );

    expect(error.kind).toBe("invalid");
    expect(error.details.field).toBe("address");
    expect(await driver.targets.findByName("bad-ip")).toBeUndefined();
  });

  it("Zabbix's own address validation also maps to `address`", async () => {
    // Bypasses the driver's own check, to see Zabbix's message mapped.
    const error = await rejection(
      (driver as BackendDriver as ZabbixDriver).client.call("host.create", {
        host: "raw-bad-ip",
        groups: [{ groupid: web }],
        interfaces: [{ type: 1, main: 1, useip: 1, ip: "999.1.1.1", dns: "", port: "10050" }],
      }),
    );
    expect(error.kind).toBe("invalid");
    expect(error.details.field).toBe("address");
  });

  it("an unknown group id is invalid on `groups`, naming the id", async () => {
    const error = await rejection(
      driver.targets.create(spec({ name: "bad-grp", displayName: "bad grp", groups: ["999999"] })),
    );

    expect(error.kind).toBe("invalid");
    expect(error.details.field).toBe("groups");
    expect(error.message).toContain("999999");
  });

  it("an unknown kind lists the allowed kinds; a bad threshold name and an unknown template are invalid", async () => {
    const kind = await rejection(driver.targets.create(spec({ name: "k1", kind: "mainframe" })));
    const threshold = await rejection(
      driver.targets.create(spec({ name: "k2", thresholds: { "cpu util": "1" } })),
    );
    const template = await rejection(
      driver.targets.create(spec({ name: "k3", templates: ["No such template"] })),
    );

    expect([kind.kind, kind.details.field]).toEqual(["invalid", "kind"]);
    expect(kind.message).toContain("linux_server, windows_server, network_device");
    expect([threshold.kind, threshold.details.field]).toEqual(["invalid", "thresholds"]);
    expect([template.kind, template.details.field]).toEqual(["invalid", "templates"]);
  });

  it("updating a host that does not exist is invalid on `id`", async () => {
    const error = await rejection(driver.targets.update("999999", spec({ name: "ghost" })));
    expect([error.kind, error.details.field]).toEqual(["invalid", "id"]);
  });
});
