/**
 * The real `terraform` drives the bundled `monitoring` provider against a real Zabbix through
 * plan, apply, update in place, replacement, drift, import (CLI and `import {}` block) and
 * destroy; the backend is checked through its API after each step.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TerraformWorkdir } from "../../support/terraform";
import { ProviderFixture, expectFailure, planExitCode } from "./provider-fixture";

let fx: ProviderFixture;
beforeAll(async () => {
  fx = await ProviderFixture.start();
});
afterAll(async () => {
  await fx?.stop();
});

const GROUP_REF = "${monitoring_group.ops.id}";

function target(name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { name, kind: "linux_server", address: "192.0.2.10", groups: [GROUP_REF], ...extra };
}

/** The web target after its in-place update (named `webName`) and the database target. */
function updatedTargets(webName: string): Record<string, unknown> {
  const web = {
    port: 10051,
    display_name: "Web 01",
    thresholds: { "CPU.UTIL.CRIT": "90" },
    tags: { team: "ops" },
  };
  return {
    web: target(webName, web),
    db: target("db-01", { kind: "postgres", address: "192.0.2.20" }),
  };
}

describe("monitoring provider lifecycle against Zabbix", () => {
  let wd: TerraformWorkdir;
  const write = (targets: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    wd.writeJson(
      fx.config(
        {
          monitoring_group: { ops: { name: "e2e-ops" } },
          monitoring_target: targets,
          monitoring_dashboard: { main: { name: "e2e-main", groups: [GROUP_REF] } },
        },
        {
          data: { monitoring_template: { linux: { name: "Linux by Zabbix agent" } } },
          output: { linux_template: { value: "${data.monitoring_template.linux.id}" } },
          ...extra,
        },
      ),
    );

  beforeAll(() => {
    wd = fx.workdir();
  });
  afterAll(() => wd?.remove());

  it("plans and applies a group, targets and a dashboard", async () => {
    write({
      web: target("web-01", { thresholds: { "CPU.UTIL.CRIT": "95" }, tags: { team: "ops" } }),
      db: target("db-01", { kind: "postgres", address: "192.0.2.20" }),
    });
    await wd.init();
    const plan = await wd.plan();
    expect(plan.stdout).toContain("Plan: 4 to add, 0 to change, 0 to destroy.");
    expect(plan.stdout).toMatch(/id\s+= \(known after apply\)/);

    const apply = await wd.apply();
    expect(apply.stdout).toContain("Apply complete! Resources: 4 added");
    const [groupId] = await fx.groupIds(["e2e-ops"]);
    const web = await fx.host("web-01");
    expect(web).toBeDefined();
    expect(web!.interfaces[0]).toMatchObject({ ip: "192.0.2.10", port: "10050" });
    expect(web!.macros).toContainEqual(
      expect.objectContaining({ macro: "{$CPU.UTIL.CRIT}", value: "95" }),
    );
    expect(web!.groups.map((g) => g.groupid)).toEqual([groupId]);
    expect(web!.tags).toContainEqual({ tag: "team", value: "ops" });
    expect(web!.parentTemplates.map((t) => t.name)).toContain("Linux by Zabbix agent");
    expect((await fx.host("db-01"))!.parentTemplates.map((t) => t.name)).toContain(
      "PostgreSQL by Zabbix agent 2",
    );
    expect(await fx.dashboards(["e2e-main"])).toHaveLength(1);

    const state = await wd.showJson();
    expect(JSON.stringify(state)).toContain(`"id":"${web!.hostid}"`);
    expect((await planExitCode(wd)).code).toBe(0);
  });

  it("updates in place what Zabbix can change, keeping the host id", async () => {
    const before = (await fx.host("web-01"))!;
    write({
      ...updatedTargets("web-01"),
    });
    const apply = await wd.apply();
    expect(apply.stdout).toContain("monitoring_target.web will be updated in-place");
    expect(apply.stdout).toContain("Resources: 0 added, 1 changed, 0 destroyed.");
    const after = (await fx.host("web-01"))!;
    expect(after.hostid).toBe(before.hostid);
    expect(after.name).toBe("Web 01");
    expect(after.interfaces[0]!.port).toBe("10051");
    expect(after.macros).toContainEqual(
      expect.objectContaining({ macro: "{$CPU.UTIL.CRIT}", value: "90" }),
    );
    expect((await planExitCode(wd)).code).toBe(0);
  });

  it("replaces a target whose name changes", async () => {
    const old = (await fx.host("web-01"))!;
    write({
      ...updatedTargets("web-02"),
    });
    const apply = await wd.apply();
    expect(apply.stdout).toMatch(/name\s+= "web-01" -> "web-02" # forces replacement/);
    expect(apply.stdout).toContain("Resources: 1 added, 0 changed, 1 destroyed.");
    expect(await fx.host("web-01")).toBeUndefined();
    expect((await fx.host("web-02"))!.hostid).not.toBe(old.hostid);
  });

  it("shows out-of-band changes as drift and re-creates a deleted target", async () => {
    const web = (await fx.host("web-02"))!;
    const db = (await fx.host("db-01"))!;
    await fx.api.call("host.update", { hostid: web.hostid, name: "Renamed by hand" });
    await fx.api.call("host.delete", [db.hostid]);

    const { code, output } = await planExitCode(wd);
    expect(code).toBe(2);
    expect(output).toMatch(/display_name\s+= "Renamed by hand" -> "Web 01"/);
    expect(output).toContain("monitoring_target.db will be created");
    expect(output).toContain("Plan: 1 to add, 1 to change, 0 to destroy.");

    await wd.apply();
    expect((await fx.host("web-02"))!.name).toBe("Web 01");
    expect(await fx.host("db-01")).toBeDefined();
    expect((await planExitCode(wd)).code).toBe(0);
  });

  it("imports existing hosts by name with the CLI and by id with an import block", async () => {
    const [groupId] = await fx.groupIds(["e2e-ops"]);
    const create = (host: string, ip: string) =>
      fx.api.call<{ hostids: string[] }>("host.create", {
        host,
        groups: [{ groupid: groupId }],
        interfaces: [{ type: 1, main: 1, useip: 1, ip, dns: "", port: "10050" }],
      });
    const { hostids: legacy1 } = await create("legacy-01", "192.0.2.51");
    const { hostids: legacy2 } = await create("legacy-02", "192.0.2.52");
    const targets = {
      ...updatedTargets("web-02"),
      legacy1: target("legacy-01", { address: "192.0.2.51" }),
      legacy2: target("legacy-02", { address: "192.0.2.52" }),
    };

    // A create that collides with an unmanaged host says how to import it, at plan time.
    write(targets);
    const collision = await expectFailure(wd.plan());
    expect(collision).toContain('A target named "legacy-01" already exists');
    expect(collision).toContain(
      "terraform import monitoring_target.<resource name> name:legacy-01",
    );

    await wd.run([
      "import",
      "-input=false",
      "-no-color",
      "monitoring_target.legacy1",
      "name:legacy-01",
    ]);
    write(targets, { import: [{ to: "monitoring_target.legacy2", id: legacy2[0] }] });
    const apply = await wd.apply();
    expect(apply.stdout).toMatch(/Resources: 1 imported, 0 added, [0-2] changed, 0 destroyed\./);
    const state = JSON.stringify(await wd.showJson());
    expect(state).toContain(`"id":"${legacy1[0]}"`);
    expect(state).toContain(`"id":"${legacy2[0]}"`);
    expect(await fx.hosts(["legacy-01", "legacy-02"])).toHaveLength(2);
    expect((await planExitCode(wd)).code).toBe(0);
  });

  it("destroys everything it manages", async () => {
    const destroy = await wd.destroy();
    expect(destroy.stdout).toContain("Destroy complete! Resources: 6 destroyed.");
    expect(await fx.hosts(["web-02", "db-01", "legacy-01", "legacy-02"])).toEqual([]);
    expect(await fx.groupIds(["e2e-ops"])).toEqual([]);
    expect(await fx.dashboards(["e2e-main"])).toEqual([]);
  });
});

describe("monitoring provider bad input", () => {
  it("reports invalid address, kind, threshold names and unknown groups at the attribute, creating nothing", async () => {
    const wd = fx.workdir();
    try {
      wd.writeJson(
        fx.config({
          monitoring_target: {
            bad: {
              name: "bad-01",
              kind: "linux",
              address: "999.1.1.1",
              groups: ["1"],
              thresholds: { "cpu.util": "1" },
            },
          },
        }),
      );
      await wd.init();
      const invalid = await expectFailure(wd.plan());
      expect(invalid).toContain("Error: Invalid kind");
      expect(invalid).toContain("Allowed values: linux_server, windows_server");
      expect(invalid).toContain(
        '"999.1.1.1" is not a valid IPv4 address, IPv6 address or DNS name.',
      );
      expect(invalid).toContain("Error: Invalid thresholds name");
      expect(invalid).toMatch(/on main\.tf\.json line \d+, in resource\.monitoring_target\.bad:/);

      wd.writeJson(
        fx.config({
          monitoring_target: {
            bad: { name: "bad-01", kind: "linux_server", address: "192.0.2.9", groups: ["999999"] },
          },
        }),
      );
      const unknownGroup = await expectFailure(wd.apply());
      expect(unknownGroup).toContain("Error: Unknown group");
      expect(unknownGroup).toContain('No group with id "999999" exists in zabbix');
      expect(await fx.host("bad-01")).toBeUndefined();
    } finally {
      wd.remove();
    }
  });
});
