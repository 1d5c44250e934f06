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
  /** {@inheritDoc linuxVirtualMachineService} */
  linuxVirtualMachine: linuxVirtualMachineService,
  /** {@inheritDoc windowsVirtualMachineService} */
  windowsVirtualMachine: windowsVirtualMachineService,
  /** {@inheritDoc keyVaultService} */
  keyVault: keyVaultService,
  /** {@inheritDoc storageAccountService} */
  storageAccount: storageAccountService,
  /** {@inheritDoc loadBalancerService} */
  loadBalancer: loadBalancerService,
  /** {@inheritDoc cosmosdbAccountService} */
  cosmosdbAccount: cosmosdbAccountService,
  /** {@inheritDoc postgresqlFlexibleServerService} */
  postgresqlFlexibleServer: postgresqlFlexibleServerService,
  /** {@inheritDoc mssqlDatabaseService} */
  mssqlDatabase: mssqlDatabaseService,
  /** {@inheritDoc linuxWebAppService} */
  linuxWebApp: linuxWebAppService,
  /** {@inheritDoc windowsWebAppService} */
  windowsWebApp: windowsWebAppService,
  /** {@inheritDoc linuxFunctionAppService} */
  linuxFunctionApp: linuxFunctionAppService,
  /** {@inheritDoc windowsFunctionAppService} */
  windowsFunctionApp: windowsFunctionAppService,
  /** {@inheritDoc linuxVirtualMachineScaleSetService} */
  linuxVirtualMachineScaleSet: linuxVirtualMachineScaleSetService,
  /** {@inheritDoc windowsVirtualMachineScaleSetService} */
  windowsVirtualMachineScaleSet: windowsVirtualMachineScaleSetService,
  /** {@inheritDoc kubernetesClusterService} */
  kubernetesCluster: kubernetesClusterService,
  /** {@inheritDoc applicationGatewayService} */
  applicationGateway: applicationGatewayService,
  /** {@inheritDoc servicePlanService} */
  servicePlan: servicePlanService,
  /** {@inheritDoc servicebusNamespaceService} */
  servicebusNamespace: servicebusNamespaceService,
  /** {@inheritDoc redisCacheService} */
  redisCache: redisCacheService,
} as const satisfies Readonly<Record<string, AnyServiceDefinition>>;
