/**
 * What an `azurerm_monitor_metric_alert` should hold for a catalog row, written out from Azure's
 * own vocabulary (ISO 8601 durations, `GreaterThan`, `dimension` blocks) rather than taken from
 * the library's renderer, so tests comparing the two can disagree.
 */
import type { AlarmDefault } from "../../lib";

/** The windows and frequencies Azure accepts, in seconds, as `window_size`/`frequency` strings. */
export const ISO_DURATION: Readonly<Record<number, string>> = {
  60: "PT1M",
  300: "PT5M",
  900: "PT15M",
  1800: "PT30M",
  3600: "PT1H",
  21600: "PT6H",
  43200: "PT12H",
  86400: "P1D",
};

/** Azure's operator for each catalog comparison. */
export const AZURE_OPERATOR: Readonly<Record<AlarmDefault["comparisonOperator"], string>> = {
  GreaterThanThreshold: "GreaterThan",
  GreaterThanOrEqualToThreshold: "GreaterThanOrEqual",
  LessThanThreshold: "LessThan",
  LessThanOrEqualToThreshold: "LessThanOrEqual",
};

/** The default Azure severity of each of the library's severities (README: critical 0, warning 2). */
export const AZURE_SEVERITY = { critical: 0, warning: 2 } as const;

/** An option key as it appears in alert names: `successE2eLatency` → `success-e2e-latency`. */
export function alertNamePart(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
}

/** The static `criteria` block a catalog row gives with `threshold`. */
export function staticCriterion(row: AlarmDefault, threshold: number): Record<string, unknown> {
  return {
    ...metricOf(row),
    threshold,
    ...(row.extraDimensions
      ? {
          dimension: Object.entries(row.extraDimensions).map(([name, value]) => ({
            name,
            operator: "Include",
            values: typeof value === "string" ? [value] : [...value],
          })),
        }
      : {}),
  };
}

/** The metric identity of a catalog row: namespace, name, aggregation and operator. */
export function metricOf(row: AlarmDefault): Record<string, unknown> {
  return {
    metric_namespace: row.namespace,
    metric_name: row.metricName,
    aggregation: row.statistic,
    operator: AZURE_OPERATOR[row.comparisonOperator],
  };
}
