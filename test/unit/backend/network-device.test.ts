import { TerraformVariable, type TerraformStack } from "cdktf";
import { describe, expect, it } from "vitest";
import { MonitoringProvider } from "../../../lib/backend/generated/provider";
import { NetworkDevice, type NetworkDeviceProps } from "../../../lib/backend/network-device";
import { at, byName, synth } from "./synth-json";

function secret(stack: TerraformStack, id: string): TerraformVariable {
  return new TerraformVariable(stack, id, { type: "string", sensitive: true });
}

function device(stack: TerraformStack, props: Omit<NetworkDeviceProps, "group" | "address">) {
  new MonitoringProvider(stack, "monitoring");
  return new NetworkDevice(stack, "sw-01", { address: "192.0.2.2", group: "network", ...props });
}

describe("NetworkDevice", () => {
  it("registers an SNMPv2c device with its community taken from a sensitive variable", () => {
    // GIVEN
    const json = synth((stack) =>
      device(stack, {
        snmp: { version: "2c", community: secret(stack, "snmp_community") },
        thresholds: { icmpLossWarning: 10, icmpResponseTimeWarning: 0.3 },
      }),
    );

    // THEN the community is a reference to the variable, never a literal
    expect(byName(json, "monitoring_target", "sw-01")).toMatchObject({
      kind: "network_device",
      address: "192.0.2.2",
      thresholds: {
        SNMP_COMMUNITY: "${var.snmp_community}",
        ICMP_LOSS_WARN: "10",
        ICMP_RESPONSE_TIME_WARN: "0.3",
      },
    });
    expect(at(json, "variable", "snmp_community", "sensitive")).toBe(true);
    // The SNMP port is left to the provider's default (161) unless set
    expect(byName(json, "monitoring_target", "sw-01").port).toBeUndefined();
  });

  it("registers an SNMPv3 device with its user, protocols and passphrases as macros", () => {
    const json = synth((stack) =>
      device(stack, {
        port: 1161,
        snmp: {
          version: "3",
          securityName: "monitor",
          authProtocol: "SHA512",
          authPassphrase: secret(stack, "snmp_auth"),
          privPassphrase: secret(stack, "snmp_priv"),
          contextName: "core",
        },
      }),
    );
    expect(byName(json, "monitoring_target", "sw-01")).toMatchObject({
      port: 1161,
      thresholds: {
        "SNMPV3.SECURITYNAME": "monitor",
        "SNMPV3.SECURITYLEVEL": "authPriv",
        "SNMPV3.AUTHPROTOCOL": "SHA512",
        "SNMPV3.AUTHPASSPHRASE": "${var.snmp_auth}",
        "SNMPV3.PRIVPROTOCOL": "AES128",
        "SNMPV3.PRIVPASSPHRASE": "${var.snmp_priv}",
        "SNMPV3.CONTEXTNAME": "core",
      },
    });
  });

  it("omits the protocols a lower SNMPv3 security level does not use", () => {
    const json = synth((stack) =>
      device(stack, {
        snmp: {
          version: "3",
          securityName: "monitor",
          securityLevel: "authNoPriv",
          authPassphrase: secret(stack, "snmp_auth"),
        },
      }),
    );
    expect(byName(json, "monitoring_target", "sw-01").thresholds).toEqual({
      "SNMPV3.SECURITYNAME": "monitor",
      "SNMPV3.SECURITYLEVEL": "authNoPriv",
      "SNMPV3.AUTHPROTOCOL": "SHA256",
      "SNMPV3.AUTHPASSPHRASE": "${var.snmp_auth}",
    });
  });

  it("rejects an SNMP version other than 2c and 3, naming the construct and the allowed values", () => {
    expect(() =>
      synth((stack) =>
        device(stack, { snmp: { version: "1", community: secret(stack, "c") } as never }),
      ),
    ).toThrow(
      /test\/sw-01 in NetworkDevice:\n {2}- snmp\.version: not allowed; allowed: "2c", "3"/,
    );
  });

  it("rejects credentials that are not sensitive variables", () => {
    expect(() =>
      synth((stack) => device(stack, { snmp: { version: "2c", community: "public" as never } })),
    ).toThrow(/snmp\.community: must be a TerraformVariable declared with sensitive: true/);
    expect(() =>
      synth((stack) =>
        device(stack, {
          snmp: {
            version: "2c",
            community: new TerraformVariable(stack, "plain", { type: "string" }),
          },
        }),
      ),
    ).toThrow(/snmp\.community: variable plain must be declared with sensitive: true/);
  });

  it("requires the passphrases the SNMPv3 security level needs", () => {
    expect(() =>
      synth((stack) => device(stack, { snmp: { version: "3", securityName: "monitor" } })),
    ).toThrow(
      /snmp\.authPassphrase: required for securityLevel "authPriv"[\s\S]*snmp\.privPassphrase: required/,
    );
    expect(() =>
      synth((stack) =>
        device(stack, {
          snmp: { version: "3", securityName: "m", authProtocol: "MD4" as never },
        }),
      ),
    ).toThrow(/snmp\.authProtocol: allowed: "MD5", "SHA1", "SHA224", "SHA256", "SHA384", "SHA512"/);
  });

  it("refuses a raw macro that would overwrite the SNMP credentials", () => {
    expect(() =>
      synth((stack) =>
        device(stack, {
          snmp: { version: "2c", community: secret(stack, "c") },
          thresholdMacros: { SNMP_COMMUNITY: "public" },
        }),
      ),
    ).toThrow(/thresholdMacros\.SNMP_COMMUNITY: \{\$SNMP_COMMUNITY\} is already set/);
  });
});
