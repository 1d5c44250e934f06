import type { AlarmDefault } from "../alarm-default";
import { COSMOSDB_ACCOUNT_ALARMS } from "./cosmosdb-account";
import { KEY_VAULT_ALARMS } from "./key-vault";
import { LOAD_BALANCER_ALARMS } from "./load-balancer";
import { MSSQL_DATABASE_ALARMS } from "./mssql-database";
import { FUNCTION_APP_ALARMS } from "./function-app";
import { VIRTUAL_MACHINE_SCALE_SET_ALARMS } from "./virtual-machine-scale-sets";
import { WEB_APP_ALARMS } from "./web-app";
import { KUBERNETES_CLUSTER_ALARMS } from "./kubernetes-cluster";
import { APPLICATION_GATEWAY_ALARMS } from "./application-gateway";
import { REDIS_CACHE_ALARMS } from "./redis-cache";
import { SERVICEBUS_NAMESPACE_ALARMS } from "./servicebus-namespace";
import { SERVICE_PLAN_ALARMS } from "./service-plan";
import { POSTGRESQL_FLEXIBLE_SERVER_ALARMS } from "./postgresql-flexible-server";
import { STORAGE_ACCOUNT_ALARMS } from "./storage-account";
import { VIRTUAL_MACHINE_ALARMS } from "./virtual-machines";

/** Every Azure default-alert list, by the resource type it is for (the generated docs' sections). */
export const AZURE_ALARM_CATALOG: Readonly<Record<string, readonly AlarmDefault[]>> = {
  "Virtual machine (Linux, Windows)": VIRTUAL_MACHINE_ALARMS,
  "Key Vault": KEY_VAULT_ALARMS,
  "Storage account": STORAGE_ACCOUNT_ALARMS,
  "Load balancer": LOAD_BALANCER_ALARMS,
  "Cosmos DB account": COSMOSDB_ACCOUNT_ALARMS,
  "PostgreSQL flexible server": POSTGRESQL_FLEXIBLE_SERVER_ALARMS,
  "SQL database": MSSQL_DATABASE_ALARMS,
  "App Service plan": SERVICE_PLAN_ALARMS,
  "Service Bus namespace": SERVICEBUS_NAMESPACE_ALARMS,
  "Azure Cache for Redis": REDIS_CACHE_ALARMS,
  "Web app (Linux, Windows)": WEB_APP_ALARMS,
  "Function app (Linux, Windows)": FUNCTION_APP_ALARMS,
  "VM scale set (Linux, Windows)": VIRTUAL_MACHINE_SCALE_SET_ALARMS,
  "AKS cluster": KUBERNETES_CLUSTER_ALARMS,
  "Application Gateway": APPLICATION_GATEWAY_ALARMS,
};
