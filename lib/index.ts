// Public API: re-exports only.
export * from "./catalog/alarm-default";
export * from "./monitoring";
export * from "./core/alarm-options";
export * from "./core/alarm-spec";
export type { MonitoringAlarm } from "./core/alarm-factory";
export * from "./core/config-error";
export * from "./core/notify";
export type { NotifyOptions } from "./core/notification-topics";
export type { DashboardOptions } from "./core/dashboards";
export type { CompositeAlarmOptions } from "./core/composite-alarms";
export type { WatchScopeOptions } from "./core/discovery-aspect";
export * from "./core/severity";
export * from "./aws/service-definition";
export * from "./aws/services";
export * from "./aws/ec2-instance";
