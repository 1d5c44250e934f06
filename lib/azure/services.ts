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
  servicePlan: servicePlanService,
  servicebusNamespace: servicebusNamespaceService,
  redisCache: redisCacheService,
} as const satisfies Readonly<Record<string, AnyServiceDefinition>>;
