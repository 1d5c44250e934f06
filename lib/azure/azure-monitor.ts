import type { MonitorMetricAlert } from "@cdktf/provider-azurerm/lib/monitor-metric-alert";
import { Fn, type TerraformResource } from "cdktf";
import type {
  AlarmCloud,
  AlarmFacade,
  AlarmRenderer,
  CreatedAlarm,
  RenderContext,
  SuppressionRequest,
} from "../core/alarm-cloud";
import type { AlarmSpec } from "../core/alarm-spec";
import type { DimensionValue } from "../catalog/alarm-default";
import { defaultSideOf, type AnomalySide, type StaticComparison } from "../core/alarm-comparison";
import { MonitoringConfigError } from "../core/config-error";
import { constructId } from "../core/construct-id";
import type { DashboardOptions } from "../core/dashboard-options";
import { literal } from "../core/service-definition";
import type { Severity } from "../core/severity";
import { GROUP_TAG, SEVERITY_TAG } from "../core/tag-keys";
import type { NotifyOptions } from "../core/notify";
import { SharedNotifications } from "../core/shared-notifications";
import { ActionGroups, sharedActionGroupsOf } from "./action-groups";
import { AZURE_MONITOR_ALARM_RULES, isoDuration } from "./azure-monitor-alarm-rules";
import { DEFAULT_AZURE_SEVERITIES, type AzureMonitorOptions } from "./azure-monitor-options";
import { nonEmpty } from "./non-empty";
import { buildPortalDashboards, type ChartTarget } from "./portal-dashboards";
import type { AzureServiceSettings } from "./azure-service-definition";
import { azurermBindings } from "./provider-bindings";
import { SharedAlerts } from "./shared-alerts";
import { suppressAlerts } from "./alert-suppression";

/** An Azure Monitor metric alert the library created. */
export type AzureMonitoringAlarm = CreatedAlarm<MonitorMetricAlert>;

/** The facade props Azure Monitor rendering reads (see `MonitoringProps`). */
interface AzureMonitorSettings {
  readonly notify?: NotifyOptions | SharedNotifications;
  readonly azure?: AzureMonitorOptions;
  readonly dashboard?: DashboardOptions | false;
}

/** The library's comparison operators as Azure Monitor spells them. */
const AZURE_OPERATOR: Readonly<Record<StaticComparison, string>> = {
  EqualToThreshold: "Equals",
  GreaterThanThreshold: "GreaterThan",
  GreaterThanOrEqualToThreshold: "GreaterThanOrEqual",
  LessThanThreshold: "LessThan",
  LessThanOrEqualToThreshold: "LessThanOrEqual",
};

/** The sides of a dynamic threshold as Azure Monitor spells them. */
const AZURE_DYNAMIC_OPERATOR: Readonly<Record<AnomalySide, string>> = {
  above: "GreaterThan",
  below: "LessThan",
  outside: "GreaterOrLessThan",
};

/**
 * Azure Monitor as the alarm cloud of azurerm resources: one `azurerm_monitor_metric_alert` per
 * spec, scoped to the resource and in its resource group (or, with `azure.multiResourceAlerts`,
 * one per service group's resources of a type), notifying the facade's action group of its
 * severity; Azure portal dashboards of the alerted metrics.
 */
export const azureMonitor: AlarmCloud<MonitorMetricAlert> = {
  id: "azure",
  title: "Azure Monitor",
  alarmRules: AZURE_MONITOR_ALARM_RULES,
  notifyKinds: ["email", "webhook", "actionGroupId"],
  // A child resource (a SQL database) has no location of its own; Azure's templates do not read it.
  regionOf: (_facade, resource) =>
    literalLocationOf(resource) ?? locationReferenceOf(resource) ?? "",
  startRendering: (facade) => new AzureMonitorRenderer(facade),
};

/** Azure Monitor's resources for one facade. */
class AzureMonitorRenderer implements AlarmRenderer<MonitorMetricAlert> {
  private readonly settings: AzureMonitorSettings;
  private readonly actionGroups: ActionGroups;

  constructor(private readonly facade: AlarmFacade) {
    this.settings = facade.settings as AzureMonitorSettings;
    const notify = this.settings.notify;
    this.actionGroups = SharedNotifications.isSharedNotifications(notify)
      ? sharedActionGroupsOf(notify)
      : new ActionGroups({
          scope: facade,
          prefix: facade.prefix,
          notify: notify ?? {},
          resourceGroupName: this.settings.azure?.resourceGroupName,
        });
    this.sharedAlerts = new SharedAlerts(facade.prefix, AZURE_MONITOR_ALARM_RULES.maxNameLength);
  }

  /** One `id` and one `resource_group_name` token per resource, whatever its number of alerts. */
  private readonly references = new WeakMap<
    object,
    { readonly id: string; readonly resourceGroupName: string }
  >();
  /** The resource each alert watches, with its `id` token, for the dashboards' charts. */
  private readonly targets = new WeakMap<
    AzureMonitoringAlarm,
    { readonly resource: TerraformResource; readonly id: string }
  >();
  /** A service group's multi-resource alerts (`azure.multiResourceAlerts`). */
  private readonly sharedAlerts: SharedAlerts;

  render(spec: AlarmSpec, context: RenderContext): AzureMonitoringAlarm {
    if ((spec.threshold === undefined && spec.anomalySensitivity === undefined) || spec.math) {
      throw new MonitoringConfigError(context.path, context.call, [
        {
          option: spec.key,
          message:
            "needs a static or dynamic threshold on Azure; allowed: warning/critical numbers or anomalyDetection sensitivities",
        },
      ]);
    }
    const actionGroupIds = this.actionGroups.idsFor(spec.severity, context);
    const target = this.referencesOf(context);
    const dimension = dimensionsOf(spec.dimensions);
    // Object literals with all their properties, no spreads: one hidden class for every alert's
    // config and criteria, and nothing copied per alert (cf. createAlarm() on AWS).
    const criteria =
      spec.threshold === undefined
        ? undefined
        : [
            {
              metricNamespace: spec.namespace,
              metricName: spec.metricName,
              aggregation: spec.statistic,
              dimension,
              threshold: spec.threshold,
              operator: AZURE_OPERATOR[spec.comparisonOperator],
            },
          ];
    const dynamicCriteria =
      spec.anomalySensitivity === undefined
        ? undefined
        : {
            metricNamespace: spec.namespace,
            metricName: spec.metricName,
            aggregation: spec.statistic,
            dimension,
            operator:
              AZURE_DYNAMIC_OPERATOR[spec.anomalySide ?? defaultSideOf(spec.comparisonOperator)],
            alertSensitivity: spec.anomalySensitivity,
            evaluationTotalCount: spec.evaluationPeriods,
            evaluationFailureCount: spec.datapointsToAlarm,
            ignoreDataBefore: spec.ignoreDataBefore,
          };
    const action = actionsOf(actionGroupIds);
    const tags = { [GROUP_TAG]: spec.group, [SEVERITY_TAG]: spec.severity };
    const severity = this.severityOf(spec.severity);
    const windowSize = isoDuration(spec.period);
    const frequency = isoDuration(spec.frequency ?? spec.period);
    const support = (context.cloudSettings as AzureServiceSettings | undefined)?.multiResource;
    const alert =
      this.settings.azure?.multiResourceAlerts === true &&
      support !== undefined &&
      !(support.excludedAlarms ?? []).includes(spec.key)
        ? this.sharedAlerts.join(
            spec,
            context.resource,
            target.id,
            support,
            (placement) =>
              new azurermBindings.MonitorMetricAlert(
                this.facade,
                constructId(placement.name.slice(this.facade.prefix.length + 1)),
                {
                  description: spec.description,
                  severity,
                  windowSize,
                  frequency,
                  criteria,
                  dynamicCriteria,
                  action,
                  tags,
                  ...placement,
                  resourceGroupName:
                    this.settings.azure?.resourceGroupName ?? target.resourceGroupName,
                },
              ),
          )
        : new azurermBindings.MonitorMetricAlert(
            this.facade,
            constructId(spec.name.slice(this.facade.prefix.length + 1)),
            {
              name: spec.name,
              resourceGroupName: target.resourceGroupName,
              scopes: [target.id],
              description: spec.description,
              severity,
              windowSize,
              frequency,
              criteria,
              dynamicCriteria,
              action,
              tags,
            },
          );
    const created = { spec, alarm: alert };
    this.targets.set(created, { resource: context.resource, id: target.id });
    return created;
  }

  suppress(request: SuppressionRequest, alarms: readonly AzureMonitoringAlarm[]): void {
    suppressAlerts(this.facade, request, alarms, this.settings.azure?.resourceGroupName);
  }

  finalize(alarms: readonly AzureMonitoringAlarm[]): void {
    const dashboard = this.settings.dashboard;
    if (dashboard === false) return;
    buildPortalDashboards(
      this.facade,
      alarms,
      dashboard ?? {},
      {
        resourceGroupName: this.settings.azure?.resourceGroupName,
        location: this.settings.azure?.dashboardLocation,
      },
      (alarm) => this.chartTargetOf(alarm),
    );
  }

  /** The watched resource's id and location (literal, else a reference when it has one). */
  private chartTargetOf(alarm: AzureMonitoringAlarm): ChartTarget {
    const { resource, id } = this.targets.get(alarm)!;
    return {
      id,
      literalLocation: literalLocationOf(resource),
      locationReference: () => locationReferenceOf(resource),
    };
  }

  private referencesOf(context: RenderContext): { id: string; resourceGroupName: string } {
    let references = this.references.get(context.resource);
    if (!references) {
      const resource = context.resource;
      const id = resource.getStringAttribute("id");
      references = {
        id,
        resourceGroupName:
          literal(
            (resource as { readonly resourceGroupNameInput?: string }).resourceGroupNameInput,
          ) ??
          ("resourceGroupName" in resource
            ? resource.getStringAttribute("resource_group_name")
            : // A child resource (a SQL database) has no resource group of its own: its id names it.
              Fn.element(Fn.split("/", id), 4)),
      };
      this.references.set(resource, references);
    }
    return references;
  }

  private severityOf(severity: Severity): number {
    return this.settings.azure?.severities?.[severity] ?? DEFAULT_AZURE_SEVERITIES[severity];
  }
}

/** A metric's dimensions as Azure Monitor criteria filters; `undefined` when it has none. */
function dimensionsOf(
  dimensions: Readonly<Record<string, DimensionValue>>,
): { name: string; operator: string; values: string[] }[] | undefined {
  let filters: { name: string; operator: string; values: string[] }[] | undefined;
  for (const name of Object.keys(dimensions)) {
    const value = dimensions[name]!;
    (filters ??= []).push({
      name,
      operator: "Include",
      values: typeof value === "string" ? [value] : [...value],
    });
  }
  return filters;
}

/** The alert's `action` blocks; `undefined` when it notifies no action group. */
function actionsOf(ids: readonly string[]): { actionGroupId: string }[] | undefined {
  return nonEmpty(ids.map((actionGroupId) => ({ actionGroupId })));
}

/** The `location` a resource was given, when it is a literal. */
function literalLocationOf(resource: TerraformResource): string | undefined {
  return literal((resource as { readonly locationInput?: string }).locationInput);
}

/** A reference to a resource's `location`; `undefined` for a child resource (a SQL database). */
function locationReferenceOf(resource: TerraformResource): string | undefined {
  return "location" in resource ? resource.getStringAttribute("location") : undefined;
}
