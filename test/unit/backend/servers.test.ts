import type { TerraformStack } from "cdktf";
import { describe, expect, it } from "vitest";
import { MonitoringProvider } from "../../../lib/backend/generated/provider";
import { LinuxServer, WindowsServer } from "../../../lib/backend/server";
import { ServiceGroups } from "../../../lib/backend/service-groups";
import { byName, resources, synth } from "./synth-json";

function estate(stack: TerraformStack, order: "forward" | "reverse"): void {
  new MonitoringProvider(stack, "monitoring");
  const declare = [
    () => new LinuxServer(stack, "web-01", { address: "192.0.2.10", group: "payments" }),
    () => new LinuxServer(stack, "web-02", { address: "192.0.2.11", group: "payments" }),
    () =>
      new WindowsServer(stack, "ad-01", {
        address: "ad01.corp.example",
        group: ["identity", "payments"],
      }),
  ];
  (order === "forward" ? declare : [...declare].reverse()).forEach((d) => d());
}

describe("LinuxServer and WindowsServer", () => {
  it("register a monitoring_target of the right kind at the agent's address, in its groups", () => {
    // GIVEN
    const json = synth((stack) => estate(stack, "forward"));

    // THEN one group per name, however many declarations name it
    const groups = Object.values(resources(json, "monitoring_group")).map((g) => g.name);
    expect(groups.sort()).toEqual(["identity", "payments"]);

    const payments = Object.entries(resources(json, "monitoring_group")).find(
      ([, g]) => g.name === "payments",
    )![0];
    const identity = Object.entries(resources(json, "monitoring_group")).find(
      ([, g]) => g.name === "identity",
    )![0];
    expect(byName(json, "monitoring_target", "web-01")).toMatchObject({
      kind: "linux_server",
      address: "192.0.2.10",
      groups: [`\${monitoring_group.${payments}.id}`],
    });
    expect(byName(json, "monitoring_target", "ad-01")).toMatchObject({
      kind: "windows_server",
      address: "ad01.corp.example",
      groups: [`\${monitoring_group.${identity}.id}`, `\${monitoring_group.${payments}.id}`],
    });
    // The agent port is left to the provider's default (10050) unless set
    expect(byName(json, "monitoring_target", "web-01").port).toBeUndefined();
  });

  it("rename nothing when the declarations are reordered", () => {
    const forward = synth((stack) => estate(stack, "forward"));
    const reverse = synth((stack) => estate(stack, "reverse"));
    expect(Object.keys(resources(reverse, "monitoring_group")).sort()).toEqual(
      Object.keys(resources(forward, "monitoring_group")).sort(),
    );
    expect(resources(reverse, "monitoring_target")).toEqual(
      resources(forward, "monitoring_target"),
    );
  });

  it("store typed thresholds as the templates' macros, and raw macros verbatim", () => {
    const json = synth((stack) => {
      new MonitoringProvider(stack, "monitoring");
      new LinuxServer(stack, "db-01", {
        address: "192.0.2.20",
        agentPort: 10060,
        group: "payments",
        thresholds: {
          cpuUtilizationCritical: 85,
          memoryUtilizationMax: 80,
          filesystemUsedWarning: 70,
          filesystemUsedCritical: 85,
          swapFreeMinWarning: 30,
          loadAveragePerCpuWarning: 2.5,
        },
        thresholdMacros: { "VFS.FS.INODE.PFREE.MIN.WARN": 15 },
      });
      new WindowsServer(stack, "ad-01", {
        address: "192.0.2.21",
        group: "identity",
        thresholds: { processorQueueCritical: 5, cpuUtilizationCritical: 95 },
      });
    });
    expect(byName(json, "monitoring_target", "db-01")).toMatchObject({
      port: 10060,
      thresholds: {
        "CPU.UTIL.CRIT": "85",
        "MEMORY.UTIL.MAX": "80",
        "VFS.FS.PUSED.MAX.WARN": "70",
        "VFS.FS.PUSED.MAX.CRIT": "85",
        "SWAP.PFREE.MIN.WARN": "30",
        "LOAD_AVG_PER_CPU.MAX.WARN": "2.5",
        "VFS.FS.INODE.PFREE.MIN.WARN": "15",
      },
    });
    expect(byName(json, "monitoring_target", "ad-01").thresholds).toEqual({
      "CPU.QUEUE.CRIT.MAX": "5",
      "CPU.UTIL.CRIT": "95",
    });
  });

  it("leave thresholds out when none is set, so the templates' defaults apply", () => {
    const json = synth((stack) => {
      new MonitoringProvider(stack, "monitoring");
      new LinuxServer(stack, "web-01", { address: "192.0.2.10", group: "payments" });
    });
    const t = byName(json, "monitoring_target", "web-01");
    expect(
      Object.keys(t)
        .filter((k) => k !== "//")
        .sort(),
    ).toEqual(["address", "groups", "kind", "name"]);
  });

  it("pass name, display name, tags, enabled and templates through", () => {
    const json = synth((stack) => {
      new MonitoringProvider(stack, "monitoring");
      new LinuxServer(stack, "Web01", {
        name: "web-01.dc1",
        displayName: "Web 01 (DC1)",
        address: "192.0.2.10",
        group: "payments",
        tags: { team: "payments", env: "prod" },
        enabled: false,
        templates: ["Linux by Zabbix agent active"],
      });
    });
    expect(byName(json, "monitoring_target", "web-01.dc1")).toMatchObject({
      display_name: "Web 01 (DC1)",
      tags: { team: "payments", env: "prod" },
      enabled: false,
      templates: ["Linux by Zabbix agent active"],
    });
  });

  it("accept an address only known at apply (a token), such as another resource's attribute", () => {
    const json = synth((stack) => {
      new MonitoringProvider(stack, "monitoring");
      const first = new LinuxServer(stack, "web-01", { address: "192.0.2.10", group: "payments" });
      new LinuxServer(stack, "web-02", { address: first.target.address, group: "payments" });
    });
    expect(byName(json, "monitoring_target", "web-02").address).toMatch(
      /^\$\{monitoring_target\.web-01_Target_[A-Z0-9]+\.address\}$/,
    );
  });

  it("keep groups of different provider configurations apart", () => {
    const json = synth((stack) => {
      new MonitoringProvider(stack, "monitoring");
      const dr = new MonitoringProvider(stack, "dr", { alias: "dr" });
      new LinuxServer(stack, "web-01", { address: "192.0.2.10", group: "payments" });
      new LinuxServer(stack, "web-01-dr", {
        address: "192.0.2.10",
        group: "payments",
        provider: dr,
      });
      expect(ServiceGroups.of(stack).names).toEqual(["payments"]);
    });
    const groups = Object.values(resources(json, "monitoring_group"));
    expect(groups).toHaveLength(2);
    expect(groups.map((g) => [g.name, g.provider])).toEqual(
      expect.arrayContaining([
        ["payments", undefined],
        ["payments", "monitoring.dr"],
      ]),
    );
    expect(byName(json, "monitoring_target", "web-01-dr").provider).toBe("monitoring.dr");
  });
});
