/**
 * Values known only after apply (like an EC2 instance's private IP) flow through plan as
 * unknown and reach Zabbix at apply.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProviderFixture, planExitCode } from "./provider-fixture";

let fx: ProviderFixture;
beforeAll(async () => {
  fx = await ProviderFixture.start();
});
afterAll(async () => {
  await fx?.stop();
});

describe("monitoring provider with values known after apply", () => {
  it("plans an unknown address and port default, then registers the applied value", async () => {
    const wd = fx.workdir();
    try {
      wd.writeJson(
        fx.config({
          // Stands in for an aws_instance: its output is unknown until apply.
          terraform_data: { instance: { input: "192.0.2.77" } },
          monitoring_group: { ops: { name: "e2e-unknown" } },
          monitoring_target: {
            vm: {
              name: "vm-01",
              kind: "network_device",
              address: "${terraform_data.instance.output}",
              groups: ["${monitoring_group.ops.id}"],
              templates: ["ICMP Ping"],
            },
          },
        }),
      );
      await wd.init();
      const plan = await wd.plan();
      expect(plan.stdout).toMatch(/address\s+= \(known after apply\)/);
      expect(plan.stdout).toMatch(/port\s+= 161/);
      await wd.apply();
      const host = (await fx.host("vm-01"))!;
      expect(host.interfaces[0]).toMatchObject({ ip: "192.0.2.77", port: "161" });
      expect((await planExitCode(wd)).code).toBe(0);
      await wd.destroy();
      expect(await fx.host("vm-01")).toBeUndefined();
    } finally {
      wd.remove();
    }
  });
});
