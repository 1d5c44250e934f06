import type { AnyServiceDefinition } from "../core/service-definition";
import { cosmosdbAccountService } from "./cosmosdb-account";
import { keyVaultService } from "./key-vault";
import { loadBalancerService } from "./load-balancer";
import { mssqlDatabaseService } from "./mssql-database";
import { postgresqlFlexibleServerService } from "./postgresql-flexible-server";
import { storageAccountService } from "./storage-account";
import { servicePlanService } from "./service-plan";
import { servicebusNamespaceService } from "./servicebus-namespace";
import { redisCacheService } from "./redis-cache";
import { linuxWebAppService, windowsWebAppService } from "./web-apps";
import { linuxFunctionAppService, windowsFunctionAppService } from "./function-apps";
import {
  linuxVirtualMachineScaleSetService,
  windowsVirtualMachineScaleSetService,
} from "./virtual-machine-scale-sets";
import { kubernetesClusterService } from "./kubernetes-cluster";
import { applicationGatewayService } from "./application-gateway";
import { linuxVirtualMachineService, windowsVirtualMachineService } from "./virtual-machines";

/** Every Azure service definition, by id. */
export const AZURE_SERVICES = {
  linuxVirtualMachine: linuxVirtualMachineService,
  windowsVirtualMachine: windowsVirtualMachineService,
  keyVault: keyVaultService,
  storageAccount: storageAccountService,
  loadBalancer: loadBalancerService,
  cosmosdbAccount: cosmosdbAccountService,
  postgresqlFlexibleServer: postgresqlFlexibleServerService,
  mssqlDatabase: mssqlDatabaseService,
  linuxWebApp: linuxWebAppService,
  windowsWebApp: windowsWebAppService,
  linuxFunctionApp: linuxFunctionAppService,
  windowsFunctionApp: windowsFunctionAppService,
  linuxVirtualMachineScaleSet: linuxVirtualMachineScaleSetService,
  windowsVirtualMachineScaleSet: windowsVirtualMachineScaleSetService,
  kubernetesCluster: kubernetesClusterService,
  applicationGateway: applicationGatewayService,
  servicePlan: servicePlanService,
  servicebusNamespace: servicebusNamespaceService,
  redisCache: redisCacheService,
} as const satisfies Readonly<Record<string, AnyServiceDefinition>>;
