import { Testing } from "cdktf";
import { describe, expect, it } from "vitest";
import { ShopStack } from "./main";

interface Alert {
  name: string;
  severity: number;
  window_size: string;
  frequency: string;
  criteria: { metric_name: string; threshold: number }[];
  action?: { action_group_id: string }[];
}

function synthesized() {
  const json = JSON.parse(Testing.synth(new ShopStack(Testing.app(), "shop")));
  const alerts = Object.values(json.resource.azurerm_monitor_metric_alert) as Alert[];
  return { json, alerts, alert: (name: string) => alerts.find((a) => a.name === name) };
}

describe("shop monitoring", () => {
  it("pages (severity 0) on the web server's CPU above 95 %", () => {
    expect(synthesized().alert("shop-web-percentage-cpu-critical")).toMatchObject({
      severity: 0,
      window_size: "PT5M",
      criteria: [{ metric_name: "Percentage CPU", threshold: 95 }],
    });
  });

  it("pages on the reporting server only when its CPU stays pinned for an hour", () => {
    const { alert } = synthesized();
    expect(alert("shop-reports-percentage-cpu-critical")).toMatchObject({
      window_size: "PT1H",
      frequency: "PT15M",
      criteria: [{ threshold: 98 }],
    });
    expect(alert("shop-reports-percentage-cpu-warning")).toBeUndefined();
  });

  it("routes every alert to an action group", () => {
    const { json, alerts } = synthesized();
    expect(Object.keys(json.resource.azurerm_monitor_action_group)).toHaveLength(2);
    for (const alert of alerts) expect(alert.action, alert.name).toHaveLength(1);
  });
});
