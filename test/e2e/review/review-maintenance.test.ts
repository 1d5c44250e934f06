/**
 * The review of real plans of `monitoring_maintenance` (terraform with our provider, against a
 * real Zabbix): a new window and a widened one are flagged ALERTS_SUPPRESSED, a narrowed one is
 * not.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

const WINDOW = {
  name: "review-patch-night",
  active_since: "2026-12-01T00:00:00Z",
  active_till: "2027-03-01T00:00:00Z",
  groups: ["${monitoring_group.web.id}"],
  period_type: "weekly",
  days_of_week: ["tuesday"],
  start_time: "22:00",
  duration: 7200,
};

const config = (window: Record<string, unknown>) =>
  fx.config({
    monitoring_group: { web: { name: "review-maint-web" } },
    monitoring_maintenance: { patch: window },
  });

const review = (planFile: string) => reviewPlanFile(wd, planFile, "ALERTS_SUPPRESSED");

describe("review of maintenance window plans (real Zabbix)", () => {
  it("flags a new window in its group's name, although the group id is unknown", async () => {
    wd.writeJson(config(WINDOW));
    await wd.init();
    await wd.plan({ out: "create.tfplan" });
    const { status, doc } = await review("create.tfplan");
    expect(status).toBe(2);
    expect(doc.flags.map((f) => [f.code, f.group, f.address])).toEqual([
      ["ALERTS_SUPPRESSED", "review-maint-web", "monitoring_maintenance.patch"],
    ]);
    expect(doc.flags[0]!.message).toContain("new maintenance window");
    await wd.apply("create.tfplan");
  });

  it("flags a widened window with its reasons, and passes a narrowed one", async () => {
    wd.writeJson(config({ ...WINDOW, duration: 10_800, days_of_week: ["tuesday", "saturday"] }));
    await wd.plan({ out: "wider.tfplan" });
    const wider = await review("wider.tfplan");
    expect(wider.status).toBe(2);
    expect(wider.doc.flags.map((f) => f.message)).toEqual([
      "review-patch-night silences more: duration 2 h → 3 h silences longer; more days: saturday",
    ]);

    wd.writeJson(config({ ...WINDOW, duration: 3600, active_till: "2027-01-01T00:00:00Z" }));
    await wd.plan({ out: "narrower.tfplan" });
    const narrower = await review("narrower.tfplan");
    expect(narrower.status).toBe(0);
    expect(narrower.doc.flags).toEqual([]);
    expect(narrower.doc.groups.flatMap((g) => g.changes)).toMatchObject([
      { kind: "maintenance", action: "change", group: "review-maint-web" },
    ]);
    await wd.destroy();
  });
});
