import { describe, expect, it } from "vitest";
import { BackendError, type TargetSpec } from "../../../lib/provider/backend-driver";
import { frontendBase, hostUrl } from "../../../lib/provider/zabbix/frontend-url";
import {
  KIND_TAG,
  checkPlannedTarget,
  checkTargetSpec,
  hostParams,
  interfaceParams,
  toTarget,
  type HostRow,
} from "../../../lib/provider/zabbix/target-params";
import { targetKinds } from "../../../lib/provider/zabbix/target-kinds";

const base: TargetSpec = {
  name: "web-01",
  displayName: "Web 01",
  kind: "linux_server",
  templates: [],
  address: "192.0.2.1",
  port: 10050,
  groups: ["20"],
  thresholds: { "CPU.UTIL.CRIT": "90", 'VFS.FS.PUSED.MAX.CRIT:"/"': "95" },
  tags: { team: "sre" },
  enabled: true,
};

function fieldOfRejection(spec: Partial<TargetSpec>): string | undefined {
  try {
    checkTargetSpec({ ...base, ...spec });
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(BackendError);
    expect((error as BackendError).kind).toBe("invalid");
    return (error as BackendError).details.field;
  }
}

describe("target checks", () => {
  it("accepts IPv4, IPv6 and DNS names, and context macros", () => {
    for (const address of [
      "192.0.2.1",
      "2001:db8::1",
      "::1",
      "db01",
      "db01.example.com",
      "a-b.example.com.",
    ]) {
      expect(fieldOfRejection({ address }), address).toBeUndefined();
    }
  });

  it("rejects malformed addresses, ports, names, kinds, thresholds, groups and tags with the field", () => {
    expect(fieldOfRejection({ address: "999.1.1.1" })).toBe("address");
    expect(fieldOfRejection({ address: "bad..dns" })).toBe("address");
    expect(fieldOfRejection({ address: "-x.example.com" })).toBe("address");
    expect(fieldOfRejection({ address: "" })).toBe("address");
    expect(fieldOfRejection({ port: 0 })).toBe("port");
    expect(fieldOfRejection({ port: 70000 })).toBe("port");
    expect(fieldOfRejection({ port: 1.5 })).toBe("port");
    expect(fieldOfRejection({ name: "bad/name" })).toBe("name");
    expect(fieldOfRejection({ name: " web" })).toBe("name");
    expect(fieldOfRejection({ kind: "mainframe" })).toBe("kind");
    expect(fieldOfRejection({ thresholds: { "cpu.util": "1" } })).toBe("thresholds");
    expect(fieldOfRejection({ thresholds: { "{$CPU}": "1" } })).toBe("thresholds");
    expect(fieldOfRejection({ groups: [] })).toBe("groups");
    expect(fieldOfRejection({ groups: ["web"] })).toBe("groups");
    expect(fieldOfRejection({ tags: { [KIND_TAG]: "x" } })).toBe("tags");
  });

  it("names every allowed kind when the kind is unknown", () => {
    expect(() => checkTargetSpec({ ...base, kind: "mainframe" })).toThrow(targetKinds.join(", "));
  });
});

describe("host parameters", () => {
  it("uses the IP for addresses and DNS for names, SNMP details for network devices", () => {
    expect(interfaceParams(base)).toEqual({
      type: 1,
      main: 1,
      useip: 1,
      ip: "192.0.2.1",
      dns: "",
      port: "10050",
    });
    expect(interfaceParams({ ...base, address: "db.example.com" })).toMatchObject({
      useip: 0,
      ip: "",
      dns: "db.example.com",
    });
    expect(interfaceParams({ ...base, kind: "network_device", port: 161 })).toMatchObject({
      type: 2,
      port: "161",
      details: { version: 2, bulk: 1, community: "{$SNMP_COMMUNITY}" },
    });
  });

  it("wraps thresholds as user macros, records the kind as a tag, maps enabled to status", () => {
    const params = hostParams({ ...base, enabled: false });
    expect(params.macros).toEqual([
      { macro: "{$CPU.UTIL.CRIT}", value: "90", type: 0 },
      { macro: '{$VFS.FS.PUSED.MAX.CRIT:"/"}', value: "95", type: 0 },
    ]);
    expect(params.tags).toEqual([
      { tag: "team", value: "sre" },
      { tag: KIND_TAG, value: "linux_server" },
    ]);
    expect(params.status).toBe(1);
    expect(params.name).toBe("Web 01");
    expect(hostParams({ ...base, displayName: "" }).name).toBe("web-01");
  });

  it("sends the proxy as proxy_hostid (0: the server), and none to an API without it", () => {
    expect(hostParams({ ...base, proxy: "10559" }).proxy_hostid).toBe("10559");
    expect(hostParams(base).proxy_hostid).toBe("0");
    expect(hostParams(base, false)).not.toHaveProperty("proxy_hostid");
    expect(() => hostParams({ ...base, proxy: "10559" }, false)).toThrow(
      "proxies are supported with Zabbix 6.0 to 6.4 only",
    );
    expect(fieldOfRejection({ proxy: "site-a" })).toBe("proxy");
  });
});

describe("host rows as targets", () => {
  const row: HostRow = {
    hostid: "10600",
    host: "web-01",
    name: "Web 01",
    status: "0",
    interfaces: [
      {
        interfaceid: "1",
        type: "1",
        main: "1",
        useip: "1",
        ip: "192.0.2.1",
        dns: "",
        port: "10050",
      },
    ],
    groups: [{ groupid: "21" }, { groupid: "3" }],
    parentTemplates: [{ templateid: "10001", host: "Linux by Zabbix agent" }],
    macros: [{ macro: "{$CPU.UTIL.CRIT}", value: "90" }],
    tags: [
      { tag: "team", value: "sre" },
      { tag: KIND_TAG, value: "linux_server" },
    ],
  };
  const frontend = frontendBase("https://zabbix.example.com/zabbix/api_jsonrpc.php");

  it("reads the linked templates, hides the kind tag, sorts groups numerically", () => {
    expect(toTarget(row, frontend)).toEqual({
      id: "10600",
      name: "web-01",
      displayName: "Web 01",
      kind: "linux_server",
      templates: ["Linux by Zabbix agent"],
      address: "192.0.2.1",
      port: 10050,
      groups: ["3", "21"],
      thresholds: { "CPU.UTIL.CRIT": "90" },
      tags: { team: "sre" },
      enabled: true,
      url: "https://zabbix.example.com/zabbix/zabbix.php?action=host.edit&hostid=10600",
    });
  });

  it("lists templates that differ from the kind's defaults, and infers the kind without the tag", () => {
    const custom = toTarget(
      { ...row, parentTemplates: [{ templateid: "1", host: "ICMP Ping" }] },
      frontend,
    );
    const untagged = toTarget(
      { ...row, tags: [], parentTemplates: [{ templateid: "2", host: "Generic by SNMP" }] },
      frontend,
    );
    expect(custom.templates).toEqual(["ICMP Ping"]);
    expect([untagged.kind, untagged.templates]).toEqual(["network_device", ["Generic by SNMP"]]);
  });

  it("drops credentials and query from the frontend links", () => {
    const b = frontendBase("https://u:p@z.example.com/api_jsonrpc.php?x=1");
    expect(hostUrl(b, "7")).toBe("https://z.example.com/zabbix.php?action=host.edit&hostid=7");
  });

  it("stores the SNMP community, passphrases and *PASSWORD thresholds as secret macros (type 1)", () => {
    const params = hostParams({
      ...base,
      thresholds: {
        SNMP_COMMUNITY: "c",
        "SNMPV3.AUTHPASSPHRASE": "a",
        'DB.PASSWORD:"main"': "p",
        "SNMPV3.SECURITYNAME": "n",
      },
    });
    const types = Object.fromEntries(
      (params.macros as Array<{ macro: string; type: number }>).map((m) => [m.macro, m.type]),
    );
    expect(types).toEqual({
      "{$SNMP_COMMUNITY}": 1,
      "{$SNMPV3.AUTHPASSPHRASE}": 1,
      '{$DB.PASSWORD:"main"}': 1,
      "{$SNMPV3.SECURITYNAME}": 0,
    });
  });

  it("builds SNMPv3 details from SNMPV3.* thresholds, with only the fields the level needs", () => {
    const device = { ...base, kind: "network_device", port: 161 };
    const details = (thresholds: Record<string, string>) =>
      interfaceParams({ ...device, thresholds }).details;
    expect(details({ "SNMPV3.SECURITYNAME": "n", "SNMPV3.SECURITYLEVEL": "noAuthNoPriv" })).toEqual(
      {
        version: 3,
        bulk: 1,
        securityname: "{$SNMPV3.SECURITYNAME}",
        contextname: "",
        securitylevel: 0,
      },
    );
    expect(
      details({
        "SNMPV3.SECURITYNAME": "n",
        "SNMPV3.SECURITYLEVEL": "authNoPriv",
        "SNMPV3.AUTHPROTOCOL": "MD5",
        "SNMPV3.CONTEXTNAME": "ctx",
      }),
    ).toEqual({
      version: 3,
      bulk: 1,
      securityname: "{$SNMPV3.SECURITYNAME}",
      contextname: "{$SNMPV3.CONTEXTNAME}",
      securitylevel: 1,
      authprotocol: 0,
      authpassphrase: "{$SNMPV3.AUTHPASSPHRASE}",
    });
    expect(() => details({ "SNMPV3.SECURITYNAME": "n", "SNMPV3.SECURITYLEVEL": "high" })).toThrow(
      /noAuthNoPriv, authNoPriv, authPriv/,
    );
  });
});

describe("checkPlannedTarget", () => {
  it("refuses an SNMPv3 level or protocol Zabbix has no number for, naming the allowed values", () => {
    const refused = checkPlannedTarget({
      kind: "network_device",
      thresholds: { "SNMPV3.SECURITYNAME": "m", "SNMPV3.AUTHPROTOCOL": "SHA3" },
    });
    expect(refused?.details.field).toBe("thresholds");
    expect(refused?.message).toContain("SHA256");
  });

  it("passes valid SNMPv3 settings, other kinds, and specs whose kind or thresholds are not known yet", () => {
    const v3 = { "SNMPV3.SECURITYNAME": "m", "SNMPV3.SECURITYLEVEL": "authNoPriv" };
    expect(checkPlannedTarget({ kind: "network_device", thresholds: v3 })).toBeUndefined();
    expect(
      checkPlannedTarget({ kind: "linux_server", thresholds: { "SNMPV3.SECURITYLEVEL": "x" } }),
    ).toBeUndefined();
    expect(checkPlannedTarget({ kind: "network_device" })).toBeUndefined();
  });
});
