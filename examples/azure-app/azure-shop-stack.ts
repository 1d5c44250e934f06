import { DataAzurermClientConfig } from "@cdktf/provider-azurerm/lib/data-azurerm-client-config";
import { KeyVault } from "@cdktf/provider-azurerm/lib/key-vault";
import { LinuxVirtualMachine } from "@cdktf/provider-azurerm/lib/linux-virtual-machine";
import { LinuxWebApp } from "@cdktf/provider-azurerm/lib/linux-web-app";
import { MssqlDatabase } from "@cdktf/provider-azurerm/lib/mssql-database";
import { MssqlServer } from "@cdktf/provider-azurerm/lib/mssql-server";
import { NetworkInterface } from "@cdktf/provider-azurerm/lib/network-interface";
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { ServicePlan } from "@cdktf/provider-azurerm/lib/service-plan";
import { StorageAccount } from "@cdktf/provider-azurerm/lib/storage-account";
import { Subnet } from "@cdktf/provider-azurerm/lib/subnet";
import { VirtualNetwork } from "@cdktf/provider-azurerm/lib/virtual-network";
import { TerraformStack, TerraformVariable } from "cdktf";
import type { Construct } from "constructs";
import { MonitoringProvider, type Monitoring } from "../../lib";
import { monitorShop, type ShopResources } from "./monitoring";

/** Where everything of the example lives. */
export const LOCATION = "westeurope";
export const RESOURCE_GROUP = "rg-shop";

/** What the e2e test varies. */
export interface AzureShopProps {
  /** The monitoring backend's API URL. */
  readonly zabbixUrl: string;
}

/**
 * The shop: a Linux web app on its App Service plan, its SQL database, a storage account for
 * product images, a Key Vault for its secrets and a Linux VM that runs the nightly order export;
 * plus the `monitoring` provider for the on-premises backend.
 */
export class AzureShopStack extends TerraformStack {
  readonly resources: ShopResources;
  readonly monitoring: Monitoring;

  constructor(scope: Construct, id: string, props: AzureShopProps) {
    super(scope, id);
    new AzurermProvider(this, "azurerm", { features: [{}] });
    new MonitoringProvider(this, "monitoring-backend", { zabbix: { url: props.zabbixUrl } });
    const group = new ResourceGroup(this, "rg", { name: RESOURCE_GROUP, location: LOCATION });
    const place = { location: LOCATION, resourceGroupName: RESOURCE_GROUP, dependsOn: [group] };
    const secret = (name: string) =>
      new TerraformVariable(this, name, { type: "string", sensitive: true });

    const plan = new ServicePlan(this, "plan", {
      ...place,
      name: "shop-plan",
      osType: "Linux",
      skuName: "P1v3",
    });
    const web = new LinuxWebApp(this, "storefront", {
      ...place,
      name: "shop-storefront",
      servicePlanId: plan.id,
      httpsOnly: true,
      siteConfig: { healthCheckPath: "/healthz", applicationStack: { nodeVersion: "20-lts" } },
    });

    const sqlServer = new MssqlServer(this, "sql", {
      ...place,
      name: "shop-sql",
      version: "12.0",
      administratorLogin: "shopadmin",
      administratorLoginPassword: secret("sql_admin_password").stringValue,
      minimumTlsVersion: "1.2",
    });
    const orders = new MssqlDatabase(this, "orders", {
      name: "orders",
      serverId: sqlServer.id,
      skuName: "S1",
      maxSizeGb: 50,
    });

    const assets = new StorageAccount(this, "assets", {
      ...place,
      name: "shopassets0001",
      accountTier: "Standard",
      accountReplicationType: "ZRS",
      minTlsVersion: "TLS1_2",
    });
    const vault = new KeyVault(this, "vault", {
      ...place,
      name: "shop-secrets-0001",
      skuName: "standard",
      tenantId: new DataAzurermClientConfig(this, "current").tenantId,
      purgeProtectionEnabled: true,
    });

    const network = new VirtualNetwork(this, "vnet", {
      ...place,
      name: "vnet-shop",
      addressSpace: ["10.30.0.0/16"],
    });
    const subnet = new Subnet(this, "workers", {
      name: "workers",
      resourceGroupName: RESOURCE_GROUP,
      virtualNetworkName: network.name,
      addressPrefixes: ["10.30.1.0/24"],
    });
    const nic = new NetworkInterface(this, "export-nic", {
      ...place,
      name: "shop-export-nic",
      ipConfiguration: [
        { name: "internal", subnetId: subnet.id, privateIpAddressAllocation: "Dynamic" },
      ],
    });
    const exporter = new LinuxVirtualMachine(this, "export", {
      ...place,
      name: "shop-export",
      size: "Standard_D2s_v5",
      adminUsername: "shopadmin",
      networkInterfaceIds: [nic.id],
      adminSshKey: [
        {
          username: "shopadmin",
          publicKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleOnlyKeyForTheAzureApp shop",
        },
      ],
      osDisk: { caching: "ReadWrite", storageAccountType: "Premium_LRS" },
      sourceImageReference: {
        publisher: "Canonical",
        offer: "ubuntu-24_04-lts",
        sku: "server",
        version: "latest",
      },
    });

    this.resources = { plan, web, orders, assets, vault, exporter };
    this.monitoring = monitorShop(this, this.resources, secret("erp_db_password"));
  }
}
