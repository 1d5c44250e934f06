import { CosmosdbAccount } from "@cdktf/provider-azurerm/lib/cosmosdb-account";
import { KeyVault } from "@cdktf/provider-azurerm/lib/key-vault";
import { Lb } from "@cdktf/provider-azurerm/lib/lb";
import { LinuxVirtualMachine } from "@cdktf/provider-azurerm/lib/linux-virtual-machine";
import { MssqlDatabase } from "@cdktf/provider-azurerm/lib/mssql-database";
import { LinuxFunctionApp } from "@cdktf/provider-azurerm/lib/linux-function-app";
import { LinuxVirtualMachineScaleSet } from "@cdktf/provider-azurerm/lib/linux-virtual-machine-scale-set";
import { LinuxWebApp } from "@cdktf/provider-azurerm/lib/linux-web-app";
import { WindowsFunctionApp } from "@cdktf/provider-azurerm/lib/windows-function-app";
import { WindowsVirtualMachineScaleSet } from "@cdktf/provider-azurerm/lib/windows-virtual-machine-scale-set";
import { WindowsWebApp } from "@cdktf/provider-azurerm/lib/windows-web-app";
import { KubernetesCluster } from "@cdktf/provider-azurerm/lib/kubernetes-cluster";
import { ApplicationGateway } from "@cdktf/provider-azurerm/lib/application-gateway";
import { PostgresqlFlexibleServer } from "@cdktf/provider-azurerm/lib/postgresql-flexible-server";
import { RedisCache } from "@cdktf/provider-azurerm/lib/redis-cache";
import { ServicePlan } from "@cdktf/provider-azurerm/lib/service-plan";
import { ServicebusNamespace } from "@cdktf/provider-azurerm/lib/servicebus-namespace";
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { StorageAccount } from "@cdktf/provider-azurerm/lib/storage-account";
import { WindowsVirtualMachine } from "@cdktf/provider-azurerm/lib/windows-virtual-machine";
import type { TerraformResource, TerraformStack } from "cdktf";
import { MonitoringConfigError } from "../../../lib";
import type { AZURE_SERVICES } from "../../../lib/azure";
import { synth, type Synthesized } from "../core/synth-helpers";

/** A synthesized Azure stack and its metric alerts and action groups by name. */
export interface AzureStack extends Synthesized {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly alerts: Record<string, any>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly actionGroups: Record<string, any>;
}

/** Builds a stack with an azurerm provider (and no AWS provider) and synthesizes it. */
export function synthAzure(build: (stack: TerraformStack) => void): AzureStack {
  const synthesized = synth((stack) => {
    new AzurermProvider(stack, "azurerm", { features: [{}] });
    build(stack);
  }, false);
  const byName = (type: string) =>
    Object.fromEntries(
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      Object.entries(synthesized.json.resource?.[type] ?? {}).map(([id, r]: [string, any]) => [
        r.name,
        { ...r, id },
      ]),
    );
  return {
    ...synthesized,
    alerts: byName("azurerm_monitor_metric_alert"),
    actionGroups: byName("azurerm_monitor_action_group"),
  };
}

const vmProps = {
  location: "westeurope",
  size: "Standard_D2s_v5",
  adminUsername: "azureuser",
  networkInterfaceIds: ["/subscriptions/0/resourceGroups/rg-shop/nic/web"],
  osDisk: { caching: "ReadWrite", storageAccountType: "Premium_LRS" },
};

/** A Linux VM named `name` in resource group `rg-shop` (or the one given). */
export function linuxVm(
  stack: TerraformStack,
  name: string,
  resourceGroupName = "rg-shop",
): LinuxVirtualMachine {
  return new LinuxVirtualMachine(stack, name, { ...vmProps, name, resourceGroupName });
}

/** A Windows VM named `name` in resource group `rg-shop`. */
export function windowsVm(stack: TerraformStack, name: string): WindowsVirtualMachine {
  return new WindowsVirtualMachine(stack, name, {
    ...vmProps,
    name,
    resourceGroupName: "rg-shop",
    adminPassword: "not-a-real-password-1A!",
  });
}

/** The configuration error `build` raises at synth. */
export function azureError(build: (stack: TerraformStack) => void): MonitoringConfigError {
  try {
    synthAzure(build);
  } catch (e) {
    if (e instanceof MonitoringConfigError) return e;
    throw e;
  }
  throw new Error("expected a MonitoringConfigError");
}

const place = { location: "westeurope", resourceGroupName: "rg-shop" };
const app = {
  servicePlanId:
    "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-shop/providers/Microsoft.Web/serverFarms/plan",
  siteConfig: {},
};
const scaleSet = {
  sku: "Standard_D2s_v5",
  adminUsername: "azureuser",
  osDisk: { caching: "ReadWrite", storageAccountType: "Premium_LRS" },
  networkInterface: [
    { name: "nic", primary: true, ipConfiguration: [{ name: "internal", primary: true }] },
  ],
};
const gateway = {
  sku: { name: "Standard_v2", tier: "Standard_v2", capacity: 2 },
  gatewayIpConfiguration: [
    {
      name: "gateway",
      subnetId:
        "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-shop/providers/Microsoft.Network/virtualNetworks/vnet/subnets/gateway",
    },
  ],
  frontendPort: [{ name: "http", port: 80 }],
  frontendIpConfiguration: [
    {
      name: "public",
      publicIpAddressId:
        "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-shop/providers/Microsoft.Network/publicIPAddresses/gateway",
    },
  ],
  backendAddressPool: [{ name: "web" }],
  backendHttpSettings: [
    { name: "web-http", cookieBasedAffinity: "Disabled", port: 80, protocol: "Http" },
  ],
  httpListener: [
    {
      name: "http",
      frontendIpConfigurationName: "public",
      frontendPortName: "http",
      protocol: "Http",
    },
  ],
  requestRoutingRule: [
    {
      name: "web",
      ruleType: "Basic",
      priority: 100,
      httpListenerName: "http",
      backendAddressPoolName: "web",
      backendHttpSettingsName: "web-http",
    },
  ],
};

/** A resource of each Azure service's type, named `name`, in resource group `rg-shop`. */
export const AZURE_RESOURCES: Readonly<
  Record<keyof typeof AZURE_SERVICES, (stack: TerraformStack, name: string) => TerraformResource>
> = {
  linuxVirtualMachine: (stack, name) => linuxVm(stack, name),
  windowsVirtualMachine: (stack, name) => windowsVm(stack, name),
  keyVault: (stack, name) =>
    new KeyVault(stack, name, {
      ...place,
      name,
      skuName: "standard",
      tenantId: "00000000-0000-0000-0000-000000000000",
    }),
  storageAccount: (stack, name) =>
    new StorageAccount(stack, name, {
      ...place,
      name,
      accountTier: "Standard",
      accountReplicationType: "ZRS",
    }),
  loadBalancer: (stack, name) => new Lb(stack, name, { ...place, name, sku: "Standard" }),
  cosmosdbAccount: (stack, name) =>
    new CosmosdbAccount(stack, name, {
      ...place,
      name,
      offerType: "Standard",
      consistencyPolicy: { consistencyLevel: "Session" },
      geoLocation: [{ location: "westeurope", failoverPriority: 0 }],
    }),
  postgresqlFlexibleServer: (stack, name) =>
    new PostgresqlFlexibleServer(stack, name, { ...place, name }),
  servicePlan: (stack, name) =>
    new ServicePlan(stack, name, { ...place, name, osType: "Linux", skuName: "P1v3" }),
  servicebusNamespace: (stack, name) =>
    new ServicebusNamespace(stack, name, { ...place, name, sku: "Standard" }),
  redisCache: (stack, name) =>
    new RedisCache(stack, name, { ...place, name, capacity: 1, family: "C", skuName: "Standard" }),
  linuxWebApp: (stack, name) => new LinuxWebApp(stack, name, { ...place, name, ...app }),
  windowsWebApp: (stack, name) => new WindowsWebApp(stack, name, { ...place, name, ...app }),
  linuxFunctionApp: (stack, name) => new LinuxFunctionApp(stack, name, { ...place, name, ...app }),
  windowsFunctionApp: (stack, name) =>
    new WindowsFunctionApp(stack, name, { ...place, name, ...app }),
  linuxVirtualMachineScaleSet: (stack, name) =>
    new LinuxVirtualMachineScaleSet(stack, name, { ...place, name, ...scaleSet }),
  windowsVirtualMachineScaleSet: (stack, name) =>
    new WindowsVirtualMachineScaleSet(stack, name, {
      ...place,
      name,
      ...scaleSet,
      instances: 2,
      adminPassword: "not-a-real-password-1A!",
    }),
  kubernetesCluster: (stack, name) =>
    new KubernetesCluster(stack, name, {
      ...place,
      name,
      dnsPrefix: name,
      defaultNodePool: { name: "system", vmSize: "Standard_D2s_v5", nodeCount: 2 },
      identity: { type: "SystemAssigned" },
    }),
  applicationGateway: (stack, name) =>
    new ApplicationGateway(stack, name, { ...place, name, ...gateway }),
  mssqlDatabase: (stack, name) =>
    new MssqlDatabase(stack, name, {
      name,
      serverId:
        "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-data/providers/Microsoft.Sql/servers/shop-sql",
    }),
};
