import { z } from "zod";
import type { ConfigProblem } from "../core/config-error";
import { toProblems } from "../core/option-schema";

/** Azure Monitor settings of a facade (the `azure` prop). */
export interface AzureMonitorOptions {
  /**
   * Resource group of the action groups the facade creates (one per severity that has email or
   * webhook channels) and of its Azure portal dashboards. Alerts go to the resource group of the
   * resource they watch.
   *
   * @default - required as soon as an Azure alert has a channel to notify; without it there is no
   *   portal dashboard (synth warns)
   */
  readonly resourceGroupName?: string;
  /**
   * Azure location (region) that stores the facade's portal dashboards, e.g. `westeurope`. A
   * dashboard has no run-time component: the location only says where its JSON is kept.
   *
   * @default - the `location` of the first monitored resource (by alert name) that has a literal
   *   one, else a reference to the first one's `location`; without any, no portal dashboard
   *   (synth warns)
   */
  readonly dashboardLocation?: string;
  /**
   * The Azure severity (0 Critical, 1 Error, 2 Warning, 3 Informational, 4 Verbose) of each
   * library severity.
   *
   * @default { critical: 0, warning: 2 }
   */
  readonly severities?: {
    /**
     * Azure severity of alerts at the library's `critical` severity.
     *
     * @default 0
     */
    readonly critical?: AzureSeverity;
    /**
     * Azure severity of alerts at the library's `warning` severity.
     *
     * @default 2
     */
    readonly warning?: AzureSeverity;
  };
  /**
   * One multi-resource alert per service group, metric and severity for the types Azure allows
   * it for (virtual machines, Key Vaults, Redis caches, PostgreSQL flexible servers), scoped to
   * all the group's resources of the type in one location, instead of one alert per resource.
   * Resources whose alert settings differ get an alert of their own; a VM's network alerts stay
   * per VM (Azure does not evaluate them across VMs). Azure bills the same either way: per
   * monitored time series, one per resource.
   *
   * @default false
   */
  readonly multiResourceAlerts?: boolean;
}

/** An Azure Monitor alert severity: 0 Critical, 1 Error, 2 Warning, 3 Informational, 4 Verbose. */
export type AzureSeverity = 0 | 1 | 2 | 3 | 4;

/** The Azure severity of each library severity unless `severities` says otherwise. */
export const DEFAULT_AZURE_SEVERITIES = { critical: 0, warning: 2 } as const;

const azureSeverity = z.union(
  [0, 1, 2, 3, 4].map((n) => z.literal(n)),
  {
    error: (i) =>
      `${JSON.stringify(i.input)} is not an Azure severity; allowed: 0 (Critical), 1 (Error), 2 (Warning), 3 (Informational), 4 (Verbose)`,
  },
);

const azureMonitorOptionsSchema = z.strictObject({
  resourceGroupName: z
    .string({ error: "must be a resource group name" })
    .regex(/^[-\w._()]{1,90}$/u, {
      error: "must be 1-90 characters: letters, digits, - _ . ( )",
    })
    .refine((name) => !name.endsWith("."), { error: "must not end with a period" })
    .optional(),
  dashboardLocation: z
    .string({ error: "must be an Azure location name, e.g. westeurope" })
    .regex(/^[A-Za-z][A-Za-z0-9 ]{0,63}$/, {
      error: (i) =>
        `${JSON.stringify(i.input)} is not allowed; allowed: an Azure location name such as westeurope or "West Europe"`,
    })
    .optional(),
  severities: z
    .strictObject({ critical: azureSeverity.optional(), warning: azureSeverity.optional() })
    .optional(),
  multiResourceAlerts: z.boolean({ error: "must be true or false" }).optional(),
});

/** Checks the `azure` prop; returns its problems at `azure.<option>`. */
export function validateAzureMonitorOptions(value: unknown): ConfigProblem[] {
  if (value === undefined) return [];
  const result = azureMonitorOptionsSchema.safeParse(value);
  if (result.success) return [];
  return toProblems(
    result.error.issues,
    ["azure"],
    Object.keys(azureMonitorOptionsSchema.shape).join(", "),
  );
}
