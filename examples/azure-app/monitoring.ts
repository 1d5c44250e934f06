import type { KeyVault } from "@cdktf/provider-azurerm/lib/key-vault";
import type { LinuxVirtualMachine } from "@cdktf/provider-azurerm/lib/linux-virtual-machine";
import type { LinuxWebApp } from "@cdktf/provider-azurerm/lib/linux-web-app";
import type { MssqlDatabase } from "@cdktf/provider-azurerm/lib/mssql-database";
import type { ServicePlan } from "@cdktf/provider-azurerm/lib/service-plan";
import type { StorageAccount } from "@cdktf/provider-azurerm/lib/storage-account";
import type { TerraformVariable } from "cdktf";
import type { Construct } from "constructs";
import { LinuxServer, Monitoring, Notify, PostgresDatabase, type NotifyOptions } from "../../lib";

/** The Azure resources the example monitors. */
export interface ShopResources {
  readonly plan: ServicePlan;
  readonly web: LinuxWebApp;
  readonly orders: MssqlDatabase;
  readonly assets: StorageAccount;
  readonly vault: KeyVault;
  readonly exporter: LinuxVirtualMachine;
}

/** Who is told, per severity: an action group each. */
export const NOTIFY: NotifyOptions = {
  critical: [
    Notify.email("oncall@example.com"),
    Notify.webhook("https://hooks.example.com/alerts/shop-azure"),
  ],
  warning: [Notify.email("shop-team@example.com")],
};

/** The one service group: the shop on Azure and the on-premises ERP it exports orders to. */
export const SHOP_GROUP = "shop";

/** The on-premises ERP machines, in the same group as the Azure resources. */
export const ERP_SERVER = { id: "erp-app-01", address: "192.0.2.41" } as const;
export const ERP_DATABASE = { id: "erp-db-01", address: "192.0.2.42" } as const;

/**
 * The example's monitoring: every Azure resource with the catalog defaults and a few overrides,
 * the VM and the database also as backend targets, and the ERP machines beside them.
 */
export function monitorShop(
  stack: Construct,
  resources: ShopResources,
  erpDbPassword: TerraformVariable,
): Monitoring {
  const monitoring = new Monitoring(stack, "monitoring", {
    prefix: "shop-azure",
    notify: NOTIFY,
    defaultGroup: SHOP_GROUP,
    azure: { resourceGroupName: "rg-shop" },
    backend: {},
  });
  monitoring.monitorServicePlan(resources.plan);
  monitoring.monitorLinuxWebApp(resources.web, {
    // The app has a health-check path, so the health-check alert is worth having.
    healthCheckStatus: { warning: 100 },
    // Response times vary with the time of day: let Azure learn them.
    httpResponseTime: { anomalyDetection: { critical: "Medium" } },
  });
  monitoring.monitorMssqlDatabase(resources.orders, { cpuPercent: { warning: 70, critical: 90 } });
  monitoring.monitorStorageAccount(resources.assets);
  monitoring.monitorKeyVault(resources.vault);
  // The nightly export pins the CPU for a while; page only when it stays pinned for 15 minutes.
  monitoring.monitorLinuxVirtualMachine(resources.exporter, {
    name: "order-export",
    percentageCpu: { warning: 85, critical: 98, period: 900, frequency: 300 },
  });

  new LinuxServer(stack, ERP_SERVER.id, {
    address: ERP_SERVER.address,
    group: SHOP_GROUP,
    thresholds: { cpuUtilizationCritical: 90 },
  });
  new PostgresDatabase(stack, ERP_DATABASE.id, {
    address: ERP_DATABASE.address,
    group: SHOP_GROUP,
    password: erpDbPassword,
  });
  return monitoring;
}
