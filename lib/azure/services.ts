import type { AnyServiceDefinition } from "../core/service-definition";
import { cosmosdbAccountService } from "./cosmosdb-account";
import { keyVaultService } from "./key-vault";
import { loadBalancerService } from "./load-balancer";
import { mssqlDatabaseService } from "./mssql-database";
import { postgresqlFlexibleServerService } from "./postgresql-flexible-server";
import { storageAccountService } from "./storage-account";
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
} as const satisfies Readonly<Record<string, AnyServiceDefinition>>;
