/* eslint-disable @typescript-eslint/no-require-imports -- loading on first use is the point */
/**
 * The Azure service definitions the facade's `monitorXxx()` methods use, each loaded on first use:
 * an AWS-only or backend-only app loads no Azure service module at all. `AZURE_SERVICES`
 * (`./services`) loads them all; discovery and the `cdktf-monitoring/azure` entry point use it.
 */
import type * as ApplicationGatewayModule from "./application-gateway";
import type * as CosmosdbAccountModule from "./cosmosdb-account";
import type * as FunctionAppsModule from "./function-apps";
import type * as KeyVaultModule from "./key-vault";
import type * as KubernetesClusterModule from "./kubernetes-cluster";
import type * as LoadBalancerModule from "./load-balancer";
import type * as MssqlDatabaseModule from "./mssql-database";
import type * as PostgresqlFlexibleServerModule from "./postgresql-flexible-server";
import type * as RedisCacheModule from "./redis-cache";
import type * as ServicePlanModule from "./service-plan";
import type * as ServicebusNamespaceModule from "./servicebus-namespace";
import type * as StorageAccountModule from "./storage-account";
import type * as VirtualMachineScaleSetsModule from "./virtual-machine-scale-sets";
import type * as VirtualMachinesModule from "./virtual-machines";
import type * as WebAppsModule from "./web-apps";
import { onFirstRead } from "../core/on-first-use";

/** The Azure service definitions by id, each module loaded when its definition is first read. */
export const azureServiceDefinitions = onFirstRead({
  linuxVirtualMachine: () =>
    (require("./virtual-machines") as typeof VirtualMachinesModule).linuxVirtualMachineService,
  windowsVirtualMachine: () =>
    (require("./virtual-machines") as typeof VirtualMachinesModule).windowsVirtualMachineService,
  keyVault: () => (require("./key-vault") as typeof KeyVaultModule).keyVaultService,
  storageAccount: () =>
    (require("./storage-account") as typeof StorageAccountModule).storageAccountService,
  loadBalancer: () => (require("./load-balancer") as typeof LoadBalancerModule).loadBalancerService,
  cosmosdbAccount: () =>
    (require("./cosmosdb-account") as typeof CosmosdbAccountModule).cosmosdbAccountService,
  postgresqlFlexibleServer: () =>
    (require("./postgresql-flexible-server") as typeof PostgresqlFlexibleServerModule)
      .postgresqlFlexibleServerService,
  mssqlDatabase: () =>
    (require("./mssql-database") as typeof MssqlDatabaseModule).mssqlDatabaseService,
  linuxWebApp: () => (require("./web-apps") as typeof WebAppsModule).linuxWebAppService,
  windowsWebApp: () => (require("./web-apps") as typeof WebAppsModule).windowsWebAppService,
  linuxFunctionApp: () =>
    (require("./function-apps") as typeof FunctionAppsModule).linuxFunctionAppService,
  windowsFunctionApp: () =>
    (require("./function-apps") as typeof FunctionAppsModule).windowsFunctionAppService,
  linuxVirtualMachineScaleSet: () =>
    (require("./virtual-machine-scale-sets") as typeof VirtualMachineScaleSetsModule)
      .linuxVirtualMachineScaleSetService,
  windowsVirtualMachineScaleSet: () =>
    (require("./virtual-machine-scale-sets") as typeof VirtualMachineScaleSetsModule)
      .windowsVirtualMachineScaleSetService,
  kubernetesCluster: () =>
    (require("./kubernetes-cluster") as typeof KubernetesClusterModule).kubernetesClusterService,
  applicationGateway: () =>
    (require("./application-gateway") as typeof ApplicationGatewayModule).applicationGatewayService,
  servicePlan: () => (require("./service-plan") as typeof ServicePlanModule).servicePlanService,
  servicebusNamespace: () =>
    (require("./servicebus-namespace") as typeof ServicebusNamespaceModule)
      .servicebusNamespaceService,
  redisCache: () => (require("./redis-cache") as typeof RedisCacheModule).redisCacheService,
});
