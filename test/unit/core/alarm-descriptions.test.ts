import { describe, expect, it } from "vitest";
import type { AlarmDefault, CreatedAlarm } from "../../../lib";
import { AWS_ALARM_CATALOG } from "../../../lib/catalog/aws/all-services";
import { AZURE_ALARM_CATALOG } from "../../../lib/catalog/azure/all-services";
import {
  ISO,
  EVERY_SERVICE,
  entryOf,
  monitorCase,
  onEveryAlarm,
  type ServiceCase,
} from "./every-service";

const SYMBOL: Record<string, string> = {
  GreaterThanThreshold: ">",
  GreaterThanOrEqualToThreshold: ">=",
  LessThanThreshold: "<",
  LessThanOrEqualToThreshold: "<=",
};
/** Periods the overrides use, as people read them. */
const WORDS: Record<number, string> = {
  60: "1 minute",
  300: "5 minutes",
  600: "10 minutes",
  900: "15 minutes",
  1200: "20 minutes",
  1800: "30 minutes",
  3600: "1 hour",
  7200: "2 hours",
  21_600: "6 hours",
  43_200: "12 hours",
  86_400: "1 day",
};
const THRESHOLD = { warning: 37, critical: 41 } as const;

/** A period the entry takes that is not its catalog period (when it has another one). */
function otherPeriod(entry: AlarmDefault, candidates: readonly number[], periods = 1): number {
  const fits = candidates.filter((p) => p >= (entry.minimumPeriod ?? 0) && p * periods <= 86_400);
  return fits.find((p) => p !== entry.period) ?? fits[0]!;
}

const keysOf = (alarms: readonly CreatedAlarm[]) =>
  new Set(alarms.map((a) => `${a.spec.key} ${a.spec.severity}`));
const unitOf = (entry: AlarmDefault) => (entry.unit ? ` ${entry.unit}` : "");
const measureOf = (entry: AlarmDefault) =>
  `${entry.metricName}${entry.math ? "" : ` ${entry.statistic}`}`;

/**
 * Numbers a catalog sentence may state because they are facts about the service, not the
 * alarm's threshold or window: HTTP status codes, and these.
 */
const FACTS: Record<string, readonly string[]> = {
  currConnections: ["65,000"],
  maximumUsedTransactionIds: ["2.1"],
  auroraBinlogReplicaLag: ["-1"],
  storagePercent: ["95"],
};

describe("catalog sentences", () => {
  const entries = [...Object.values(AWS_ALARM_CATALOG), ...Object.values(AZURE_ALARM_CATALOG)]
    .flat()
    .map((e) => [e.key, e] as const);
  it.each(entries)("%s states no threshold, window or datapoints of its own", (key, entry) => {
    let text = entry.description;
    for (const fact of FACTS[key] ?? []) text = text.replace(fact, "");
    text = text.replace(/\b[1-5]\d\d\b|\b\dxx\b/g, "");
    expect(text, entry.description).not.toMatch(/\d/);
    expect(text, entry.description).not.toMatch(
      /\b(seconds?|minutes?|hours?|days?|ms|once|twice|last|each of)\b/i,
    );
  });
});

/**
 * Every default alarm of every service, with its period, thresholds and datapoints overridden:
 * the description and the dashboard's threshold line state the values in force.
 */
describe.each(EVERY_SERVICE.filter((c) => c.cloud === "aws"))(
  "$id alarm descriptions and dashboard annotations",
  (c: ServiceCase) => {
    it("tell the overridden period, thresholds and datapoints", () => {
      const period = (e: AlarmDefault) => otherPeriod(e, [600, 1200, 3600, 7200, 21_600], 3);
      const { alarms, json, resourceOf } = monitorCase(
        c,
        onEveryAlarm(c, (e) => ({
          ...THRESHOLD,
          period: period(e),
          evaluationPeriods: 3,
          datapointsToAlarm: 2,
        })),
      );
      expect(keysOf(alarms).size).toBe(c.service.alarms.length * 2);
      const labels = JSON.stringify(
        Object.values(json.resource.aws_cloudwatch_dashboard).map(
          (d) => (d as { dashboard_body: string }).dashboard_body,
        ),
      );
      for (const alarm of alarms) {
        const entry = entryOf(c, alarm);
        const r = resourceOf(alarm);
        const severity = alarm.spec.severity;
        const p = period(entry);
        expect(r.threshold).toBe(THRESHOLD[severity]);
        expect([r.evaluation_periods, r.datapoints_to_alarm]).toEqual([3, 2]);
        expect(r.period ?? r.metric_query?.[0]?.metric?.period).toBe(p);
        const condition = `${measureOf(entry)} ${SYMBOL[entry.comparisonOperator]} ${THRESHOLD[severity]}${unitOf(entry)}`;
        expect(r.alarm_description).toBe(
          `${entry.description} Fires (${severity}) when ${condition} in 2 of 3 periods of ${WORDS[p]}.`,
        );
        const label = `${severity} ${SYMBOL[entry.comparisonOperator]} ${THRESHOLD[severity]}${unitOf(entry)} (2/3 × ${WORDS[p]})`;
        expect(labels).toContain(JSON.stringify(label).slice(1, -1));
      }
    });
  },
);

describe.each(EVERY_SERVICE.filter((c) => c.cloud === "azure"))(
  "$id alert descriptions and dashboard titles",
  (c: ServiceCase) => {
    it("tell the overridden window and thresholds", () => {
      const period = (e: AlarmDefault) => otherPeriod(e, [900, 1800, 3600, 21_600, 43_200, 86_400]);
      const { alarms, json, resourceOf } = monitorCase(
        c,
        onEveryAlarm(c, (e) => ({ ...THRESHOLD, period: period(e) })),
      );
      expect(keysOf(alarms).size).toBe(c.service.alarms.length * 2);
      const titles = JSON.stringify(json.resource.azurerm_portal_dashboard);
      for (const alarm of alarms) {
        const entry = entryOf(c, alarm);
        const r = resourceOf(alarm);
        const severity = alarm.spec.severity;
        const p = period(entry);
        const every = Math.min(entry.frequency ?? p, p);
        expect(r.criteria[0].threshold).toBe(THRESHOLD[severity]);
        expect([r.window_size, r.frequency]).toEqual([ISO[p], ISO[every]]);
        const condition = `${measureOf(entry)} ${SYMBOL[entry.comparisonOperator]} ${THRESHOLD[severity]}${unitOf(entry)}`;
        expect(r.description).toBe(
          `${entry.description} Fires (${severity}) when ${condition} over ${WORDS[p]}, checked every ${WORDS[every]}.`,
        );
        const title = `${severity} ${SYMBOL[entry.comparisonOperator]} ${THRESHOLD[severity]}${unitOf(entry)} (over ${WORDS[p]})`;
        expect(titles).toContain(title);
      }
    });

    it("tell the overridden datapoints of dynamic thresholds", () => {
      const period = (e: AlarmDefault) => otherPeriod(e, [900, 1800, 3600]);
      const { alarms, resourceOf } = monitorCase(
        c,
        onEveryAlarm(c, (e) =>
          (e.minimumPeriod ?? 0) > 3600
            ? false
            : {
                anomalyDetection: { warning: "Medium", critical: "Low" },
                period: period(e),
                evaluationPeriods: 3,
                datapointsToAlarm: 2,
              },
        ),
      );
      for (const alarm of alarms) {
        const entry = entryOf(c, alarm);
        const r = resourceOf(alarm);
        const p = period(entry);
        const every = Math.min(entry.frequency ?? p, p);
        const sensitivity = alarm.spec.severity === "warning" ? "Medium" : "Low";
        expect(r.dynamic_criteria).toMatchObject({
          alert_sensitivity: sensitivity,
          evaluation_total_count: 3,
          evaluation_failure_count: 2,
        });
        const side = entry.comparisonOperator.startsWith("Greater") ? "above" : "below";
        expect(r.description).toBe(
          `${entry.description} Fires (${alarm.spec.severity}) when ${measureOf(entry)} ${side} its learned threshold (sensitivity ${sensitivity}) in 2 of 3 windows of ${WORDS[p]}, checked every ${WORDS[every]}.`,
        );
      }
    });
  },
);

describe("the cases", () => {
  it("cover every catalog list", () => {
    const covered = new Set(EVERY_SERVICE.map((c) => c.service.alarms));
    for (const [id, list] of [
      ...Object.entries(AWS_ALARM_CATALOG),
      ...Object.entries(AZURE_ALARM_CATALOG),
    ]) {
      expect(covered.has(list), id).toBe(true);
    }
  });
});
