// The Azure entry point, `cdktf-monitoring/azure`: Azure Monitor rendering and the azurerm
// service definitions. The facade's `monitorXxx()` methods for Azure resources use them;
// `monitor(service, resource)` takes any of them.
export { azureMonitor, type AzureMonitoringAlarm } from "./azure-monitor";
export { AZURE_MONITOR_ALARM_RULES } from "./azure-monitor-alarm-rules";
export type { AzureMonitorOptions, AzureSeverity } from "./azure-monitor-options";
export type {
  AzureServiceDefinition,
  AzureServiceSettings,
  MultiResourceSupport,
} from "./azure-service-definition";
export { AZURE_SERVICES } from "./services";
export * from "./cosmosdb-account";
export * from "./key-vault";
export * from "./load-balancer";
export * from "./mssql-database";
export * from "./postgresql-flexible-server";
export * from "./web-apps";
export * from "./function-apps";
export * from "./virtual-machine-scale-sets";
export * from "./kubernetes-cluster";
export * from "./application-gateway";
export * from "./service-plan";
export * from "./servicebus-namespace";
export * from "./redis-cache";
export * from "./storage-account";
export * from "./virtual-machines";
