/** SNMP credentials of network devices in Zabbix: SNMPv3 interfaces and secret macros. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TargetSpec } from "../../../lib/provider/backend-driver";
import type { ZabbixDriver } from "../../../lib/provider/zabbix";
import { rejection, zabbixFixture, type RawApi, type ZabbixFixture } from "./fixture";

let fixture: ZabbixFixture;
let driver: ZabbixDriver;
let api: RawApi;
let group: string;

beforeAll(async () => {
  fixture = await zabbixFixture();
  ({ driver, api } = fixture);
  group = (await driver.groups.create({ name: "Network" })).id;
});

afterAll(async () => {
  await fixture?.close();
});

function spec(overrides: Partial<TargetSpec>): TargetSpec {
  return {
    name: "sw",
    displayName: overrides.name ?? "sw",
    kind: "network_device",
    templates: ["ICMP Ping"],
    address: "192.0.2.30",
    port: 161,
    groups: [group],
    thresholds: {},
    tags: {},
    enabled: true,
    ...overrides,
  };
}

async function interfaceDetails(hostid: string): Promise<unknown[]> {
  const rows = await api.call<Array<{ details: unknown }>>("hostinterface.get", {
    hostids: [hostid],
    output: ["details"],
  });
  return rows.map((r) => r.details);
}

describe("Zabbix driver: SNMP credentials", () => {
  it("gives a device with SNMPV3.* thresholds an SNMPv3 interface and keeps its secrets in secret macros", async () => {
    const v3 = {
      "SNMPV3.SECURITYNAME": "monitor",
      "SNMPV3.SECURITYLEVEL": "authPriv",
      "SNMPV3.AUTHPROTOCOL": "SHA512",
      "SNMPV3.AUTHPASSPHRASE": "auth-Pa55phrase",
      "SNMPV3.PRIVPROTOCOL": "AES256",
      "SNMPV3.PRIVPASSPHRASE": "priv-Pa55phrase",
    };
    // GIVEN a v2c device
    const target = await driver.targets.create(
      spec({
        name: "sw-v3",
        thresholds: { SNMP_COMMUNITY: "c0mmunity" },
      }),
    );
    const macros = async () =>
      api.call<Array<{ macro: string; type: string; value?: string }>>("usermacro.get", {
        hostids: [target.id],
        output: ["macro", "type", "value"],
      });
    const community = await macros();
    expect(community).toHaveLength(1);
    expect(community[0]).toMatchObject({ macro: "{$SNMP_COMMUNITY}", type: "1" });
    expect(community[0]!.value).toBeUndefined();

    // WHEN it is updated with SNMPv3 credentials
    await driver.targets.update(target.id, spec({ name: "sw-v3", thresholds: v3 }));

    // THEN the interface is v3, names and passphrases are macro references, levels are numbers
    const details = await interfaceDetails(target.id);
    expect(details).toHaveLength(1);
    expect(details[0]).toMatchObject({
      version: "3",
      securityname: "{$SNMPV3.SECURITYNAME}",
      securitylevel: "2",
      authprotocol: "5",
      authpassphrase: "{$SNMPV3.AUTHPASSPHRASE}",
      privprotocol: "3",
      privpassphrase: "{$SNMPV3.PRIVPASSPHRASE}",
    });
    const stored = await macros();
    const secret = stored.filter((m) => m.type === "1").map((m) => m.macro);
    expect(secret.sort()).toEqual(["{$SNMPV3.AUTHPASSPHRASE}", "{$SNMPV3.PRIVPASSPHRASE}"]);
    expect(stored.filter((m) => m.type === "1").every((m) => m.value === undefined)).toBe(true);
    expect(stored.find((m) => m.macro === "{$SNMPV3.SECURITYNAME}")).toMatchObject({
      type: "0",
      value: "monitor",
    });
    const read = (await driver.targets.read(target.id))!;
    expect(read.secretThresholds).toEqual(["SNMPV3.AUTHPASSPHRASE", "SNMPV3.PRIVPASSPHRASE"]);
    expect(read.thresholds["SNMPV3.AUTHPASSPHRASE"]).toBe("");
  });

  it("rejects an unknown SNMPv3 protocol on `thresholds`, listing the allowed values", async () => {
    const error = await rejection(
      driver.targets.create(
        spec({
          name: "sw-bad-v3",
          thresholds: { "SNMPV3.SECURITYNAME": "m", "SNMPV3.AUTHPROTOCOL": "SHA3" },
        }),
      ),
    );
    expect(error.kind).toBe("invalid");
    expect(error.details.field).toBe("thresholds");
    expect(error.message).toContain("SHA256");
  });
});
