import type { TerraformStack } from "cdktf";
import { describe, expect, it } from "vitest";
import type { AgentCheck } from "../../../lib/backend/agent-check";
import { MonitoringProvider } from "../../../lib/backend/generated/provider";
import { LinuxServer, WindowsServer } from "../../../lib/backend/server";
import { MonitoringConfigError } from "../../../lib/core/config-error";
import { resources, synth } from "./synth-json";

const BACKLOG: AgentCheck = {
  name: "orders backlog",
  key: "vfs.file.contents[/var/lib/orders/backlog]",
  warning: 400,
  critical: 500,
};

function withChecks(checks: readonly AgentCheck[]) {
  return () =>
    synth((stack: TerraformStack) => {
      new MonitoringProvider(stack, "monitoring");
      new LinuxServer(stack, "worker-01", { address: "192.0.2.20", group: "orders", checks });
    });
}

describe("agent checks of LinuxServer and WindowsServer", () => {
  it("become monitoring_checks on the server's target with their thresholds per severity", () => {
    const json = synth((stack) => {
      new MonitoringProvider(stack, "monitoring");
      new LinuxServer(stack, "worker-01", {
        address: "192.0.2.20",
        group: "orders",
        checks: [BACKLOG, { name: "free slots", key: "app.slots", operator: "below", critical: 2 }],
      });
      new WindowsServer(stack, "ad-01", {
        address: "192.0.2.21",
        group: "identity",
        checks: [{ name: "queue", key: "app.queue", intervalSeconds: 30, warning: 10 }],
      });
    });
    const targets = resources(json, "monitoring_target");
    const idOf = (name: string) =>
      `\${monitoring_target.${Object.keys(targets).find((k) => targets[k]!.name === name)}.id}`;
    const checks = Object.values(resources(json, "monitoring_check"));
    expect(checks).toHaveLength(3);
    expect(checks).toEqual(
      expect.arrayContaining([
        {
          name: "worker-01: orders backlog",
          target: idOf("worker-01"),
          key: "vfs.file.contents[/var/lib/orders/backlog]",
          warning: 400,
          critical: 500,
        },
        {
          name: "worker-01: free slots",
          target: idOf("worker-01"),
          key: "app.slots",
          operator: "below",
          critical: 2,
        },
        {
          name: "ad-01: queue",
          target: idOf("ad-01"),
          key: "app.queue",
          interval: 30,
          warning: 10,
        },
      ]),
    );
  });

  it("declare nothing without checks", () => {
    expect(resources(withChecks([])(), "monitoring_check")).toEqual({});
  });

  it.each([
    [
      [{ ...BACKLOG, warning: undefined, critical: undefined }],
      /checks\[0\]\.critical: set warning, critical or both/,
    ],
    [[{ ...BACKLOG, warning: 500 }], /checks\[0\]\.warning: 500 must be below critical \(500\)/],
    [
      [{ ...BACKLOG, operator: "below" as const }],
      /checks\[0\]\.warning: 400 must be above critical \(500\) with operator "below"/,
    ],
    [
      [BACKLOG, { ...BACKLOG, key: "other" }],
      /checks\[1\]\.name: another check of this server has name "orders backlog"/,
    ],
    [
      [BACKLOG, { ...BACKLOG, name: "copy" }],
      /checks\[1\]\.key: another check of this server has key/,
    ],
    [
      [{ ...BACKLOG, intervalSeconds: 0 }],
      /checks\[0\]\.intervalSeconds: must be a whole number of seconds from 1 to 86400/,
    ],
    [[{ ...BACKLOG, operator: "over" as never }], /checks\[0\]\.operator:/],
    [[{ ...BACKLOG, name: "a/b" }], /checks\[0\]\.name: allowed: 1-100 letters/],
    [[{ ...BACKLOG, critical: Number.NaN }], /checks\[0\]\.critical:/],
  ])("reject bad checks at synth, naming the construct and the option (%#)", (checks, message) => {
    const run = withChecks(checks);
    expect(run).toThrow(MonitoringConfigError);
    expect(run).toThrow(/for test\/worker-01 in LinuxServer/);
    expect(run).toThrow(message);
  });
});
