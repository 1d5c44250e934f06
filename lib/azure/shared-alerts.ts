import { Lazy, Tokenization, type TerraformResource } from "cdktf";
import type { MonitorMetricAlert } from "@cdktf/provider-azurerm/lib/monitor-metric-alert";
import type { AlarmSpec } from "../core/alarm-spec";
import { alarmNameOf, kebab } from "../core/alarm-naming";
import { literal } from "../core/service-definition";
import type { MultiResourceSupport } from "./azure-service-definition";

/** Where a shared alert goes and what it watches, for the renderer to create it. */
export interface SharedAlertPlacement {
  readonly name: string;
  /** All the member resources' ids, filled in as members join. */
  readonly scopes: string[];
  /** `target_resource_type`: the metrics' namespace, e.g. `Microsoft.Compute/virtualMachines`. */
  readonly targetResourceType: string;
  /** `target_resource_location`: the first member's `location` (literal or reference). */
  readonly targetResourceLocation: string;
}

interface SharedAlert {
  readonly alert: MonitorMetricAlert;
  readonly ids: string[];
}

/**
 * The multi-resource alerts of one facade: resources of one type, service group and location
 * whose alert settings are equal share one `azurerm_monitor_metric_alert` per metric and
 * severity, its `scopes` listing them all (Azure evaluates and fires per resource).
 */
export class SharedAlerts {
  private readonly alerts = new Map<string, SharedAlert>();
  private readonly variants = new Map<string, number>();

  constructor(
    private readonly prefix: string,
    private readonly maxNameLength: number,
  ) {}

  /**
   * The shared alert of `spec` with `resource` added to its scopes, created by `create` the
   * first time a resource with these settings joins.
   */
  join(
    spec: AlarmSpec,
    resource: TerraformResource,
    resourceId: string,
    support: MultiResourceSupport,
    create: (placement: SharedAlertPlacement) => MonitorMetricAlert,
  ): MonitorMetricAlert {
    const location = (resource as { readonly locationInput?: string }).locationInput ?? "";
    const key = JSON.stringify([
      spec.group,
      spec.namespace,
      spec.key,
      spec.severity,
      spec.metricName,
      spec.statistic,
      spec.dimensions,
      spec.comparisonOperator,
      spec.anomalySide,
      spec.threshold,
      spec.anomalySensitivity,
      spec.ignoreDataBefore,
      spec.period,
      spec.frequency,
      spec.evaluationPeriods,
      spec.datapointsToAlarm,
      spec.description,
      locationKeyOf(location),
      resource.provider?.node.path ?? "",
    ]);
    let shared = this.alerts.get(key);
    if (!shared) {
      const ids: string[] = [];
      const groupPart = `${kebab(spec.group)}-${support.namePart}`;
      const baseName = `${groupPart}|${kebab(spec.key)}|${spec.severity}`;
      const variant = (this.variants.get(baseName) ?? 0) + 1;
      this.variants.set(baseName, variant);
      const alert = create({
        name: alarmNameOf(
          this.prefix,
          variant === 1 ? groupPart : `${groupPart}-${variant}`,
          kebab(spec.key),
          spec.severity,
          this.maxNameLength,
        ),
        scopes: Lazy.listValue({ produce: () => ids }),
        targetResourceType: spec.namespace,
        targetResourceLocation: location,
      });
      shared = { alert, ids };
      this.alerts.set(key, shared);
    }
    shared.ids.push(resourceId);
    return shared.alert;
  }
}

/**
 * What makes two locations the same at synth: the literal, or the attribute a reference points
 * at (`rg.location` read twice gives two tokens of one reference); any other token stands alone.
 */
function locationKeyOf(location: string): string {
  const text = literal(location);
  if (text !== undefined) return text.toLowerCase().replace(/\s+/g, "");
  const tokens = Tokenization.reverseString(location).tokens;
  if (tokens.length === 1) {
    const identifier = (tokens[0] as { readonly identifier?: unknown }).identifier;
    if (typeof identifier === "string") return `\${${identifier}}`;
  }
  return location;
}
