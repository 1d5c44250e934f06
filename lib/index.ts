// Public API: re-exports only.
export * from "./catalog/alarm-default";
export * from "./monitoring";
export type { MonitoringProps } from "./monitoring-props";
export type { GroupMaintenanceOptions } from "./monitoring-maintenance";
export * from "./core/alarm-options";
export * from "./core/alarm-spec";
export * from "./core/config-error";
export * from "./core/notify";
export {
  SharedNotifications,
  type SharedNotificationsAzureOptions,
  type SharedNotificationsProps,
} from "./core/shared-notifications";
export type { MonitoringBackendOptions, S3BucketTargetOptions } from "./core/backend-options";
export * from "./core/tag-keys";
export type * from "./core/maintenance-schedule";
export type { AlarmDefaults, AlarmSettings } from "./core/alarm-defaults";
export type { AnomalySide, ComparisonRules, StaticComparison } from "./core/alarm-comparison";
export type { DiscoveryOptions, ServiceRegistry } from "./core/discovery-aspect";
export * from "./core/severity";
export {
  DEFAULT_BURN_RATE_ALERTS,
  DEFAULT_SLO_WINDOW,
  burnRateThreshold,
  remainingBudget,
  durationSeconds,
} from "./core/slo";
export type {
  BurnRateAlert,
  PlannedBurnRateAlert,
  PlannedSlo,
  SloIndicator,
  SloMetric,
  SloOptions,
} from "./core/slo";
export { parseOpenSlo, readOpenSloFile } from "./core/openslo";
export type { OpenSloObjective, OpenSloReadOptions } from "./core/openslo";
export * from "./core/service-definition";
export type { AlarmRules, AcceptedValues, AnomalyRules } from "./core/alarm-rules";
export type {
  AlarmCloud,
  AlarmFacade,
  AlarmRenderer,
  CreatedAlarm,
  RenderContext,
  SuppressionRequest,
} from "./core/alarm-cloud";
export type * from "./aws";
export * from "./backend";
