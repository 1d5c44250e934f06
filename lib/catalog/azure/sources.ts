import type { CatalogSource } from "../alarm-default";

/**
 * Where the Azure defaults come from: Azure Monitor Baseline Alerts (AMBA), read at commit
 * `b772e9f9` of `Azure/azure-monitor-baseline-alerts` (`services/<Provider>/<type>/alerts.yaml`).
 * Rows Microsoft marks verified are taken as they are; unverified ones (generated from popular
 * customer rules) only where they make sense, each entry's note saying what was decided and why.
 * Full references: `../shared/catalog/`.
 *
 * How a row becomes a default: AMBA gives one threshold and one Azure severity. Severities 0 and
 * 1 make it the `critical` threshold, 2 to 4 the `warning` one; no second threshold is invented.
 * AMBA's window and frequency become `period` and `frequency`.
 */
const AMBA_PAGES = "https://azure.github.io/azure-monitor-baseline-alerts/services/";

/** The `source` of a default taken from AMBA's page of one resource type, e.g. `Compute/virtualMachines`. */
export function ambaSource(resourceType: string, note?: string): CatalogSource {
  return {
    ref: "AMBA",
    url: `${AMBA_PAGES}${resourceType}/`,
    ...(note === undefined ? {} : { note }),
  };
}

/** The `source` of a default from Microsoft's "Monitor Azure SQL Database" page. */
export function sqlMonitoringSource(note: string): CatalogSource {
  return {
    ref: "SQL-L",
    url: "https://learn.microsoft.com/azure/azure-sql/database/monitoring-sql-database-azure-monitor",
    note,
  };
}
