/**
 * The review of real plans of our `monitoring` provider against a real Zabbix: a create plan
 * (group ids unknown until apply), then, after apply, an update plan that disables, deregisters,
 * changes and registers targets, adds a group and swaps a dashboard.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MonitoringChange, MonitoringReview } from "../../../lib/review/review-model";
import type { TerraformWorkdir } from "../../support/terraform";
import { ProviderFixture } from "../provider/provider-fixture";
import { reviewPlanFile } from "./review-plan-file";

let fx: ProviderFixture;
let wd: TerraformWorkdir;
beforeAll(async () => {
  fx = await ProviderFixture.start();
  wd = fx.workdir();
});
afterAll(async () => {
  wd?.remove();
  await fx?.stop();
});

const group = (name: string) => `\${monitoring_group.${name}.id}`;
const target = (name: string, groupName: string, extra: Record<string, unknown> = {}) => ({
  name,
  kind: "linux_server",
  address: "192.0.2.10",
  groups: [group(groupName)],
  ...extra,
});

function v1(): Record<string, Record<string, unknown>> {
  return {
    monitoring_group: {
      checkout: { name: "review-checkout" },
      payments: { name: "review-payments" },
    },
    monitoring_target: {
      web1: target("review-web-01", "checkout"),
      web2: target("review-web-02", "checkout", { address: "192.0.2.11" }),
      db1: target("review-db-01", "payments", {
        kind: "postgres",
        address: "192.0.2.20",
        thresholds: { "PG.CONN.CRIT": "90" },
      }),
    },
    monitoring_dashboard: { main: { name: "review-main", groups: [group("checkout")] } },
  };
}

function v2(): Record<string, Record<string, unknown>> {
  const config = v1();
  const targets = config.monitoring_target as Record<string, Record<string, unknown>>;
  targets.web1!.enabled = false;
  delete targets.web2;
  Object.assign(targets.db1!, { address: "192.0.2.21", thresholds: { "PG.CONN.CRIT": "95" } });
  (config.monitoring_group as Record<string, unknown>).cache = { name: "review-cache" };
  targets.cache1 = target("review-cache-01", "cache", { address: "192.0.2.30" });
  config.monitoring_dashboard = { ops: { name: "review-ops", groups: [group("payments")] } };
  return config;
}

const review = (planFile: string) => reviewPlanFile(wd, planFile, "TARGET_DISABLED");

const byAddress = (doc: MonitoringReview) =>
  new Map<string, MonitoringChange>(
    doc.groups.flatMap((g) => g.changes.map((c) => [c.address, c])),
  );

describe("review of monitoring provider plans (real Zabbix)", () => {
  it("groups a create plan's targets by the names of their groups, although the ids are unknown", async () => {
    wd.writeJson(fx.config(v1()));
    await wd.init();
    await wd.plan({ out: "create.tfplan" });
    const { status, doc } = await review("create.tfplan");
    expect(status).toBe(0);
    expect(doc.flags).toEqual([]);
    const changes = byAddress(doc);
    expect(changes.get("monitoring_target.web1")).toMatchObject({
      kind: "target",
      action: "add",
      group: "review-checkout",
    });
    expect(changes.get("monitoring_target.db1")).toMatchObject({ group: "review-payments" });
    expect(changes.get("monitoring_target.db1")!.fields).toContainEqual({
      field: "groups",
      after: { unknown: true },
    });
    expect(changes.get("monitoring_group.checkout")).toMatchObject({
      kind: "group",
      action: "add",
      group: "review-checkout",
    });
    expect(changes.get("monitoring_dashboard.main")).toMatchObject({
      kind: "dashboard",
      action: "add",
      group: "review-checkout",
    });
  });

  it("after apply, reports disabled, deregistered, changed and registered targets and flags TARGET_DISABLED", async () => {
    await wd.apply("create.tfplan");
    wd.writeJson(fx.config(v2()));
    await wd.plan({ out: "update.tfplan" });
    const { status, doc } = await review("update.tfplan");
    expect(status).toBe(2);
    expect(doc.flags.map((f) => [f.code, f.group, f.address])).toEqual([
      ["TARGET_DISABLED", "review-checkout", "monitoring_target.web1"],
    ]);
    const changes = byAddress(doc);
    expect(changes.get("monitoring_target.web1")!.fields).toEqual([
      { field: "enabled", before: { value: true }, after: { value: false } },
    ]);
    expect(changes.get("monitoring_target.web2")).toMatchObject({
      action: "remove",
      group: "review-checkout",
    });
    expect(changes.get("monitoring_target.db1")).toMatchObject({
      action: "change",
      group: "review-payments",
    });
    expect(changes.get("monitoring_target.db1")!.fields).toEqual([
      { field: "address", before: { value: "192.0.2.20" }, after: { value: "192.0.2.21" } },
      {
        field: "thresholds",
        before: { value: { "PG.CONN.CRIT": "90" } },
        after: { value: { "PG.CONN.CRIT": "95" } },
      },
    ]);
    expect(changes.get("monitoring_target.cache1")).toMatchObject({
      action: "add",
      group: "review-cache",
    });
    expect(changes.get("monitoring_group.cache")).toMatchObject({ action: "add" });
    expect(changes.get("monitoring_dashboard.main")).toMatchObject({
      action: "remove",
      group: "review-checkout",
    });
    expect(changes.get("monitoring_dashboard.ops")).toMatchObject({
      action: "add",
      group: "review-payments",
    });
  });
});
