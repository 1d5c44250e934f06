/**
 * SNMP credentials of a network device: an SNMPv3 interface built from the SNMPV3.* thresholds,
 * passphrases and the community stored as Zabbix secret macros that the API never returns, and
 * no drift from them on the next plan.
 */
import { describe, expect, it } from "vitest";
import { expectFailure, planExitCode, unwrap, useProviderFixture } from "./provider-fixture";

const fixture = useProviderFixture();

interface MacroRow {
  readonly macro: string;
  readonly type: string;
  readonly value?: string;
}

describe("monitoring provider with SNMP credentials", () => {
  it("registers SNMPv3 and v2c devices with secret macros, and plans no change afterwards", async () => {
    const fx = fixture();
    const wd = fx.workdir();
    try {
      wd.writeJson(
        fx.config({
          monitoring_group: { net: { name: "e2e-snmp" } },
          monitoring_target: {
            core: {
              name: "core-sw",
              kind: "network_device",
              address: "192.0.2.61",
              groups: ["${monitoring_group.net.id}"],
              templates: ["ICMP Ping"],
              thresholds: {
                "SNMPV3.SECURITYNAME": "monitor",
                "SNMPV3.SECURITYLEVEL": "authPriv",
                "SNMPV3.AUTHPROTOCOL": "SHA256",
                "SNMPV3.AUTHPASSPHRASE": "Auth-Secret-4711",
                "SNMPV3.PRIVPROTOCOL": "AES128",
                "SNMPV3.PRIVPASSPHRASE": "Priv-Secret-4711",
                "ADMIN.PASSWORD": "Admin-Secret-4711",
              },
            },
            edge: {
              name: "edge-sw",
              kind: "network_device",
              address: "192.0.2.62",
              groups: ["${monitoring_group.net.id}"],
              templates: ["ICMP Ping"],
              thresholds: { SNMP_COMMUNITY: "Community-Secret-4711" },
            },
          },
        }),
      );
      await wd.init();
      await wd.apply();

      const [core] = await fx.hosts(["core-sw"]);
      const [edge] = await fx.hosts(["edge-sw"]);
      const interfaces = await fx.api.call<Array<{ hostid: string; details: unknown }>>(
        "hostinterface.get",
        { hostids: [core!.hostid, edge!.hostid], output: ["hostid", "details"] },
      );
      expect(interfaces.find((i) => i.hostid === core!.hostid)!.details).toMatchObject({
        version: "3",
        securityname: "{$SNMPV3.SECURITYNAME}",
        securitylevel: "2",
        authprotocol: "3",
        privprotocol: "1",
        authpassphrase: "{$SNMPV3.AUTHPASSPHRASE}",
        privpassphrase: "{$SNMPV3.PRIVPASSPHRASE}",
      });
      expect(interfaces.find((i) => i.hostid === edge!.hostid)!.details).toMatchObject({
        version: "2",
        community: "{$SNMP_COMMUNITY}",
      });

      const macros = await fx.api.call<MacroRow[]>("usermacro.get", {
        hostids: [core!.hostid, edge!.hostid],
        output: ["macro", "type", "value"],
      });
      const secrets = macros.filter((m) => m.type === "1").map((m) => m.macro);
      expect(secrets.sort()).toEqual([
        "{$ADMIN.PASSWORD}",
        "{$SNMPV3.AUTHPASSPHRASE}",
        "{$SNMPV3.PRIVPASSPHRASE}",
        "{$SNMP_COMMUNITY}",
      ]);
      expect(JSON.stringify(macros)).not.toMatch(/Secret-4711/);
      expect(macros.find((m) => m.macro === "{$SNMPV3.SECURITYNAME}")).toMatchObject({
        type: "0",
        value: "monitor",
      });

      expect((await planExitCode(wd)).code).toBe(0);
      await wd.destroy();
    } finally {
      wd.remove();
    }
  });

  it("refuses SNMPv3 settings Zabbix cannot take at plan time, naming the attribute and the allowed values", async () => {
    const fx = fixture();
    const wd = fx.workdir();
    try {
      wd.writeJson(
        fx.config({
          monitoring_group: { net: { name: "e2e-snmp-bad" } },
          monitoring_target: {
            core: {
              name: "core-sw-bad",
              kind: "network_device",
              address: "192.0.2.63",
              // Unknown at plan: the check must not wait for the group.
              groups: ["${monitoring_group.net.id}"],
              templates: ["ICMP Ping"],
              thresholds: {
                "SNMPV3.SECURITYNAME": "monitor",
                "SNMPV3.SECURITYLEVEL": "authPrivate",
              },
            },
          },
        }),
      );
      await wd.init();
      const message = unwrap(await expectFailure(wd.plan()));
      expect(message).toContain("monitoring_target.core");
      expect(message).toContain("thresholds");
      expect(message).toContain("SNMPV3.SECURITYLEVEL");
      expect(message).toContain("noAuthNoPriv, authNoPriv, authPriv");
      expect(await fx.hosts(["core-sw-bad"])).toEqual([]);
    } finally {
      wd.remove();
    }
  });
});
