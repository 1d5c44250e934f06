import type { CreatedAlarm } from "./alarm-cloud";
import type { AlarmSpec } from "./alarm-spec";
import type { GraphPlan } from "./dashboard-plan";
import { SEVERITIES } from "./severity";

/** One threshold a graph shows: the first alarm that has it, and its label. */
export interface ThresholdLine {
  /** The spec of the first series' alarm with this threshold. */
  readonly spec: AlarmSpec;
  /** The threshold told from the spec, then `for a, b` when only some of the graph's series have it. */
  readonly label: string;
}

/** Series names a threshold line lists before it says how many more. */
const NAMED_SERIES = 3;

/**
 * The distinct thresholds of a graph's alarms, critical first, each once however many series
 * share it: `describe` tells a threshold from an alarm's final spec (undefined: nothing to
 * show). When the series disagree (one queue's threshold was overridden), each line names the
 * series it applies to: `critical > 100 (1/1 × 5 minutes) for orders-dlq`.
 */
export function thresholdLines(
  graph: GraphPlan<CreatedAlarm>,
  describe: (spec: AlarmSpec) => string | undefined,
): ThresholdLine[] {
  const lines: ThresholdLine[] = [];
  for (const severity of SEVERITIES) {
    const byText = new Map<string, { spec: AlarmSpec; series: string[] }>();
    for (const series of graph.series) {
      for (const alarm of series.alarms) {
        if (alarm.spec.severity !== severity) continue;
        const text = describe(alarm.spec);
        if (text === undefined) continue;
        const entry = byText.get(text);
        if (!entry) byText.set(text, { spec: alarm.spec, series: [series.label] });
        else if (entry.series[entry.series.length - 1] !== series.label)
          entry.series.push(series.label);
      }
    }
    for (const [text, { spec, series }] of byText) {
      const all = series.length === graph.series.length;
      lines.push({ spec, label: all ? text : `${text} for ${namesOf(series)}` });
    }
  }
  return lines;
}

function namesOf(series: readonly string[]): string {
  const named = series.slice(0, NAMED_SERIES).join(", ");
  const more = series.length - NAMED_SERIES;
  return more > 0 ? `${named} +${more} more` : named;
}
