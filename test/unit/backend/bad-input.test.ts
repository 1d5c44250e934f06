import type { TerraformStack } from "cdktf";
import { describe, expect, it } from "vitest";
import { MysqlDatabase, PostgresDatabase } from "../../../lib/backend/database";
import { MonitoringProvider } from "../../../lib/backend/generated/provider";
import { NetworkDevice } from "../../../lib/backend/network-device";
import { LinuxServer, WindowsServer } from "../../../lib/backend/server";
import { MonitoringConfigError } from "../../../lib/core/config-error";
import { synth } from "./synth-json";

function declare(build: (stack: TerraformStack) => void): () => void {
  return () =>
    synth((stack) => {
      new MonitoringProvider(stack, "monitoring");
      build(stack);
    });
}

describe("bad input to on-premises declarations", () => {
  it.each([
    ["LinuxServer", (s: TerraformStack) => new LinuxServer(s, "x", { group: "g" } as never)],
    ["WindowsServer", (s: TerraformStack) => new WindowsServer(s, "x", { group: "g" } as never)],
    [
      "PostgresDatabase",
      (s: TerraformStack) => new PostgresDatabase(s, "x", { group: "g" } as never),
    ],
    ["MysqlDatabase", (s: TerraformStack) => new MysqlDatabase(s, "x", { group: "g" } as never)],
    [
      "NetworkDevice",
      (s: TerraformStack) => new NetworkDevice(s, "x", { group: "g", snmp: {} } as never),
    ],
  ])(
    "%s without an address fails at synth, naming the construct and what is allowed",
    (ctx, build) => {
      const run = declare(build);
      expect(run).toThrow(MonitoringConfigError);
      expect(run).toThrow(
        new RegExp(
          `for test/x in ${ctx}:[\\s\\S]*address: required: the address of .* \\(an IPv4 address, an IPv6 address or a DNS name\\)`,
        ),
      );
    },
  );

  it.each([
    ["/payments", "starts with /"],
    ["payments/", "ends with /"],
    ["payments//db", "has //"],
    ["", "is empty"],
    ["   ", "is blank"],
    ["x".repeat(256), "is longer than 255"],
  ])("rejects the group name %j (%s), which Zabbix would reject", (group) => {
    expect(declare((s) => new LinuxServer(s, "web-01", { address: "192.0.2.10", group }))).toThrow(
      /group: .*is a group name the backend rejects; allowed: 1-255 characters, not blank, "\/" only between parts/,
    );
  });

  it("accepts nested group names and reports a bad one inside a list", () => {
    expect(
      declare(
        (s) => new LinuxServer(s, "web-01", { address: "192.0.2.10", group: "payments/web" }),
      ),
    ).not.toThrow();
    expect(
      declare(
        (s) => new LinuxServer(s, "web-01", { address: "192.0.2.10", group: ["payments", "a//b"] }),
      ),
    ).toThrow(/"a\/\/b" is a group name the backend rejects/);
  });

  it("rejects invalid addresses, ports, names, macro names and misspelt options", () => {
    const run = declare(
      (s) =>
        new LinuxServer(s, "web-01", {
          address: "999.1.1.1",
          agentPort: 70000,
          group: "g",
          name: "web 01",
          thresholdMacros: { "cpu.util": 1 },
          thresholds: { cpuUtilisationCritical: 90 } as never,
        }),
    );
    expect(run).toThrow(/address: "999\.1\.1\.1" is not an address/);
    expect(run).toThrow(/agentPort: must be a whole number from 1 to 65535/);
    expect(run).toThrow(
      /name: "web 01" is not a valid target name; allowed: 1-128 characters: letters, digits/,
    );
    expect(run).toThrow(
      /thresholdMacros\["cpu\.util"\]: "cpu\.util" is not a macro name; allowed: upper-case letters/,
    );
    expect(run).toThrow(/thresholds\.cpuUtilisationCritical: unknown option \(misspelt\?\)/);
  });

  it("rejects a warning threshold at or above its critical one", () => {
    expect(
      declare(
        (s) =>
          new LinuxServer(s, "web-01", {
            address: "192.0.2.10",
            group: "g",
            thresholds: { filesystemUsedWarning: 90, filesystemUsedCritical: 90 },
          }),
      ),
    ).toThrow(/thresholds\.filesystemUsedWarning: 90 must be below filesystemUsedCritical \(90\)/);
  });

  it("rejects a construct id that cannot be the default name, and duplicate names", () => {
    expect(
      declare((s) => new LinuxServer(s, "Web 01", { address: "192.0.2.10", group: "g" })),
    ).toThrow(
      /name: the construct id "Web 01" \(the default name\) is not a valid target name; set `name`/,
    );
    expect(
      declare((s) => {
        new LinuxServer(s, "web-01", { address: "192.0.2.10", group: "g" });
        new WindowsServer(s, "other", { name: "web-01", address: "192.0.2.11", group: "g" });
      }),
    ).toThrow(
      /for test\/other in WindowsServer:\n {2}- name: "web-01" is already the name of the target declared at test\/web-01/,
    );
  });

  it("rejects values the backend's columns cannot hold and the provider's reserved tag", () => {
    const run = declare(
      (s) =>
        new LinuxServer(s, "web-01", {
          address: "192.0.2.10",
          group: "g",
          displayName: "",
          tags: { "monitoring.kind": "x", owner: "y".repeat(256) },
          thresholdMacros: { "NOTE.TEXT": "z".repeat(2049) },
        }),
    );
    expect(run).toThrow(/displayName: allowed: 1-128 characters/);
    expect(run).toThrow(
      /tags\["monitoring\.kind"\]: "monitoring\.kind" is not an allowed tag name; .*reserved/,
    );
    expect(run).toThrow(/tags\.owner: at most 255 characters \(a tag value\)/);
    expect(run).toThrow(
      /thresholdMacros\["NOTE\.TEXT"\]: at most 2048 characters \(a macro value\)/,
    );
  });
});
