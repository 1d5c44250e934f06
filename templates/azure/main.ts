/**
 * Two virtual machines on Azure, a Linux web server and a Windows reporting server, on one
 * network, monitored with Azure Monitor metric alerts and action groups.
 *
 * `npx cdktf synth` writes `cdktf.out/stacks/shop`; `npm test` checks the monitoring.
 */
import { LinuxVirtualMachine } from "@cdktf/provider-azurerm/lib/linux-virtual-machine";
import { NetworkInterface } from "@cdktf/provider-azurerm/lib/network-interface";
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { Subnet } from "@cdktf/provider-azurerm/lib/subnet";
import { VirtualNetwork } from "@cdktf/provider-azurerm/lib/virtual-network";
import { WindowsVirtualMachine } from "@cdktf/provider-azurerm/lib/windows-virtual-machine";
import { App, TerraformStack, TerraformVariable } from "cdktf";
import { Monitoring, Notify } from "cdktf-monitoring";
import type { Construct } from "constructs";

const LOCATION = "westeurope";

export class ShopStack extends TerraformStack {
  readonly monitoring: Monitoring;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AzurermProvider(this, "azurerm", { features: [{}] });
    const group = new ResourceGroup(this, "rg", { name: "rg-shop", location: LOCATION });
    const network = new VirtualNetwork(this, "vnet", {
      name: "vnet-shop",
      location: LOCATION,
      resourceGroupName: "rg-shop",
      addressSpace: ["10.20.0.0/16"],
      dependsOn: [group],
    });
    const subnet = new Subnet(this, "servers", {
      name: "servers",
      resourceGroupName: "rg-shop",
      virtualNetworkName: network.name,
      addressPrefixes: ["10.20.1.0/24"],
    });
    const nic = (name: string) =>
      new NetworkInterface(this, `${name}-nic`, {
        name: `${name}-nic`,
        location: LOCATION,
        resourceGroupName: "rg-shop",
        ipConfiguration: [
          { name: "internal", subnetId: subnet.id, privateIpAddressAllocation: "Dynamic" },
        ],
      });
    const machine = {
      location: LOCATION,
      resourceGroupName: "rg-shop",
      size: "Standard_D2s_v5",
      adminUsername: "shopadmin",
      osDisk: { caching: "ReadWrite", storageAccountType: "Premium_LRS" },
    };

    this.monitoring = new Monitoring(this, "monitoring", {
      prefix: "shop",
      notify: {
        critical: [Notify.email("oncall@example.com")],
        warning: [Notify.email("team@example.com")],
      },
      azure: { resourceGroupName: "rg-shop" },
    });

    const web = new LinuxVirtualMachine(this, "web", {
      ...machine,
      name: "shop-web",
      networkInterfaceIds: [nic("web").id],
      adminSshKey: [
        {
          username: "shopadmin",
          publicKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleOnlyKeyForTheTemplate shop",
        },
      ],
      sourceImageReference: {
        publisher: "Canonical",
        offer: "ubuntu-24_04-lts",
        sku: "server",
        version: "latest",
      },
    });
    this.monitoring.monitorLinuxVirtualMachine(web, {
      group: "storefront",
      percentageCpu: { warning: 80, critical: 95 },
    });

    const reports = new WindowsVirtualMachine(this, "reports", {
      ...machine,
      name: "shop-reports",
      networkInterfaceIds: [nic("reports").id],
      adminPassword: new TerraformVariable(this, "reports_admin_password", {
        type: "string",
        sensitive: true,
      }).stringValue,
      sourceImageReference: {
        publisher: "MicrosoftWindowsServer",
        offer: "WindowsServer",
        sku: "2022-datacenter-azure-edition",
        version: "latest",
      },
    });
    // Reports run at night and use the whole CPU: only page when it stays pinned for an hour.
    this.monitoring.monitorWindowsVirtualMachine(reports, {
      group: "back-office",
      percentageCpu: { warning: false, critical: 98, period: 3600, frequency: 900 },
    });
  }
}

if (require.main === module) {
  const app = new App();
  new ShopStack(app, "shop");
  app.synth();
}
