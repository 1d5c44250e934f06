import { describe, expect, it } from "vitest";
import { parsePlan } from "../../../lib/review/plan-parser";
import type { TerraformPlan } from "../../../lib/review/plan-types";
import { reviewPlans } from "../../../lib/review/review-plans";
import {
  OTHER_VM,
  maintenance,
  maintenancePlan,
  suppression,
} from "../../fixtures/review/maintenance-plan";

/** Reviews `plan` as the CLI would: serialized and parsed again. */
function review(plan: TerraformPlan) {
  return reviewPlans([
    { name: "shop", source: "plan.json", plan: parsePlan(JSON.stringify(plan), "plan.json") },
  ]);
}
const suppressed = (plan: TerraformPlan) =>
  review(plan).flags.filter((f) => f.code === "ALERTS_SUPPRESSED");

describe("review of maintenance windows", () => {
  it("flags a new backend window, in its group, saying what it silences and when", () => {
    const result = review(
      maintenancePlan([{ name: "patch", before: null, after: { ...maintenance(), id: null } }]),
    );
    expect(result.flags).toEqual([
      {
        code: "ALERTS_SUPPRESSED",
        stack: "shop",
        group: "web",
        address: "monitoring_maintenance.patch",
        message:
          "shop-patch-night: new maintenance window: problems of 1 group(s) raise no notifications during its weekly period of 2 h, from 2026-12-01T00:00:00Z to 2027-03-01T00:00:00Z",
      },
    ]);
    const [change] = result.groups.flatMap((g) => g.changes);
    expect(change).toMatchObject({ kind: "maintenance", action: "add", group: "web" });
  });

  it("names each way a backend window widens", () => {
    const [flag] = suppressed(
      maintenancePlan([
        {
          name: "patch",
          before: maintenance(),
          after: maintenance({
            targets: ["10084"],
            duration: 10_800,
            days_of_week: ["tuesday", "saturday"],
            active_since: "2026-11-15T00:00:00+01:00",
            active_till: "2027-06-01T00:00:00Z",
          }),
        },
      ]),
    );
    expect(flag!.message).toBe(
      "shop-patch-night silences more: 1 more target(s) in maintenance; duration 2 h → 3 h silences longer; more days: saturday; " +
        "active_since 2026-12-01T00:00:00Z → 2026-11-15T00:00:00+01:00 starts earlier; active_till 2027-03-01T00:00:00Z → 2027-06-01T00:00:00Z ends later",
    );
  });

  it("flags a period that recurs more often, and not a window that narrows or only moves data collection", () => {
    expect(
      suppressed(
        maintenancePlan([
          {
            name: "patch",
            before: maintenance(),
            after: maintenance({ period_type: "daily", days_of_week: null }),
          },
        ]),
      ).map((f) => f.message),
    ).toEqual(["shop-patch-night silences more: period_type weekly → daily recurs more often"]);
    expect(
      suppressed(
        maintenancePlan([
          {
            name: "patch",
            before: maintenance({ days_of_week: ["tuesday", "friday"], duration: 10_800 }),
            after: maintenance({
              collect_data: false,
              active_till: "2027-01-01T00:00:00Z",
              every: 2,
            }),
          },
          { name: "gone", before: maintenance({ name: "old" }), after: null },
        ]),
      ),
    ).toEqual([]);
  });

  it("flags a new Azure alert processing rule and one that widens", () => {
    const flags = suppressed(
      maintenancePlan(
        [
          { name: "fresh", before: null, after: { ...suppression(), id: null } },
          {
            name: "wider",
            before: suppression(),
            after: suppression({
              scopes: [(suppression().scopes as string[])[0]!, OTHER_VM],
              schedule: [
                {
                  effective_from: "2026-12-01T00:00:00",
                  effective_until: null,
                  time_zone: "UTC",
                  recurrence: [
                    {
                      daily: [{ start_time: "22:00:00", end_time: "23:59:59" }],
                      weekly: [],
                      monthly: [],
                    },
                  ],
                },
              ],
            }),
          },
          {
            name: "narrower",
            before: suppression(),
            after: suppression({ enabled: false }),
          },
        ],
        "azurerm_monitor_alert_processing_rule_suppression",
      ),
    );
    expect(flags.map((f) => [f.address, f.message])).toEqual([
      [
        "azurerm_monitor_alert_processing_rule_suppression.fresh",
        "shop-patch-night: new alert processing rule: notifications of alerts on 1 scope(s) are suppressed from 2026-12-01T00:00:00 to 2027-03-01T00:00:00 on its recurrence",
      ],
      [
        "azurerm_monitor_alert_processing_rule_suppression.wider",
        "shop-patch-night silences more: 1 more scope(s) suppressed; recurrence silences 14 h a week instead of 2 h; effective_until 2027-03-01T00:00:00 → (none) ends later",
      ],
    ]);
  });
});
