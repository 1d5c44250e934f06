import type { AlarmDefault, CatalogSource } from "../alarm-default";
import { ambaSource } from "./sources";
import { supportedMetric } from "./supported-metrics";

/** What an Azure catalog entry states; the rest is the same for every static metric alert. */
export type AzureAlertEntry = Omit<
  AlarmDefault,
  "namespace" | "evaluationPeriods" | "datapointsToAlarm" | "treatMissingData" | "source"
> & {
  /** The AMBA row it comes from and what was decided about it. */
  readonly note: string;
  /**
   * Where the values come from when it is not AMBA's page of the type.
   *
   * @default - AMBA's page of the resource type, with `note`
   */
  readonly source?: (note: string) => CatalogSource;
};

/**
 * The default alerts of one Azure resource type, from AMBA's page of that type (e.g.
 * `Compute/virtualMachines`, namespace `Microsoft.Compute/virtualMachines`): each a static metric
 * alert that evaluates one window per check, with the aggregations and time grain the
 * supported-metrics reference gives its metric.
 */
export function ambaAlerts(
  resourceType: string,
  entries: readonly AzureAlertEntry[],
): readonly AlarmDefault[] {
  const namespace = `Microsoft.${resourceType}`;
  return entries.map(({ note, source, ...entry }) => {
    const metric = supportedMetric(namespace, entry.metricName);
    return {
      ...entry,
      namespace,
      ...(metric.aggregations ? { aggregations: metric.aggregations } : {}),
      minimumPeriod: metric.timeGrain,
      evaluationPeriods: 1,
      datapointsToAlarm: 1,
      treatMissingData: "missing",
      source: source ? source(note) : ambaSource(resourceType, note),
    };
  });
}
