import { describe, expect, it } from "vitest";
import { AZURE_MONITOR_ALARM_RULES } from "../../../lib/azure";
import { AZURE_ALARM_CATALOG } from "../../../lib/catalog/azure/all-services";
import { SUPPORTED_METRICS } from "../../../lib/catalog/azure/supported-metrics";

const entries = Object.entries(AZURE_ALARM_CATALOG).flatMap(([resource, list]) =>
  list.map((entry) => [`${resource}: ${entry.key}`, entry] as const),
);

describe("the Azure default-alert catalog", () => {
  it.each(entries)("%s is an alert Azure accepts on a metric the reference lists", (_, entry) => {
    const metric = SUPPORTED_METRICS[entry.namespace]?.metrics[entry.metricName];
    expect(metric, `${entry.namespace} ${entry.metricName} in supported-metrics`).toBeDefined();
    if (metric!.aggregations) expect(metric!.aggregations).toContain(entry.statistic);
    expect(AZURE_MONITOR_ALARM_RULES.aggregation.accepts(entry.statistic)).toBe(true);
    expect(AZURE_MONITOR_ALARM_RULES.period.accepts(entry.period)).toBe(true);
    expect(entry.period).toBeGreaterThanOrEqual(metric!.timeGrain);
    expect(AZURE_MONITOR_ALARM_RULES.frequency!.accepts(entry.frequency!)).toBe(true);
    expect(entry.frequency).toBeLessThanOrEqual(entry.period);
    expect(entry.source.note, "every entry says which row it is and what was decided").toBeTruthy();
  });

  it("keys are unique per resource type", () => {
    for (const [resource, list] of Object.entries(AZURE_ALARM_CATALOG)) {
      const keys = list.map((entry) => entry.key);
      expect(new Set(keys).size, resource).toBe(keys.length);
    }
  });
});
