import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { LinuxVirtualMachine } from "@cdktf/provider-azurerm/lib/linux-virtual-machine";
import { describe, expect, it } from "vitest";
import { Monitoring } from "../../../lib";
import {
  keyVaultService,
  postgresqlFlexibleServerService,
  redisCacheService,
  storageAccountService,
} from "../../../lib/azure";
import { AZURE_RESOURCES, azureError, linuxVm, synthAzure, windowsVm } from "./azure-helpers";

const VM_TYPE = "Microsoft.Compute/virtualMachines";

describe("Azure multi-resource alerts (azure.multiResourceAlerts)", () => {
  it("give a service group's Linux and Windows VMs one alert per metric and severity, scoped to all", () => {
    const { alerts, json } = synthAzure((stack) => {
      const monitoring = new Monitoring(stack, "monitoring", {
        prefix: "shop",
        azure: { resourceGroupName: "rg-monitoring", multiResourceAlerts: true },
      });
      const options = { group: "storefront", percentageCpu: { warning: 80, critical: 95 } };
      monitoring.monitorLinuxVirtualMachine(linuxVm(stack, "web-1"), options);
      monitoring.monitorLinuxVirtualMachine(linuxVm(stack, "web-2"), options);
      monitoring.monitorWindowsVirtualMachine(windowsVm(stack, "web-3"), options);
    });
    const names = Object.keys(alerts).sort();
    expect(names).toEqual([
      "shop-storefront-vm-available-memory-bytes-warning",
      "shop-storefront-vm-data-disk-bandwidth-consumed-percentage-warning",
      "shop-storefront-vm-data-disk-iops-consumed-percentage-warning",
      "shop-storefront-vm-os-disk-bandwidth-consumed-percentage-warning",
      "shop-storefront-vm-os-disk-iops-consumed-percentage-warning",
      "shop-storefront-vm-percentage-cpu-critical",
      "shop-storefront-vm-percentage-cpu-warning",
      "shop-storefront-vm-vm-availability-metric-warning",
    ]);
    const cpu = alerts["shop-storefront-vm-percentage-cpu-critical"];
    expect(cpu).toMatchObject({
      resource_group_name: "rg-monitoring",
      scopes: [
        "${azurerm_linux_virtual_machine.web-1.id}",
        "${azurerm_linux_virtual_machine.web-2.id}",
        "${azurerm_windows_virtual_machine.web-3.id}",
      ],
      target_resource_type: VM_TYPE,
      target_resource_location: "westeurope",
      severity: 0,
      window_size: "PT5M",
      criteria: [
        {
          metric_namespace: VM_TYPE,
          metric_name: "Percentage CPU",
          aggregation: "Average",
          operator: "GreaterThan",
          threshold: 95,
        },
      ],
      tags: { "monitoring:group": "storefront", "monitoring:severity": "critical" },
    });
    expect(cpu.criteria).toHaveLength(1);
    expect(json.resource.azurerm_monitor_metric_alert).not.toHaveProperty(
      "web-1-percentage-cpu-critical",
    );
  });

  it("keep network alerts per VM, and give VMs with other settings, groups or locations their own alert", () => {
    const { alerts } = synthAzure((stack) => {
      const monitoring = new Monitoring(stack, "monitoring", {
        prefix: "shop",
        azure: { multiResourceAlerts: true },
      });
      const only = {
        availableMemoryBytes: false,
        osDiskIopsConsumedPercentage: false,
        dataDiskIopsConsumedPercentage: false,
        osDiskBandwidthConsumedPercentage: false,
        dataDiskBandwidthConsumedPercentage: false,
        vmAvailabilityMetric: false,
      } as const;
      monitoring.monitorLinuxVirtualMachine(linuxVm(stack, "a"), {
        ...only,
        group: "web",
        networkInTotal: {},
      });
      monitoring.monitorLinuxVirtualMachine(linuxVm(stack, "b"), {
        ...only,
        group: "web",
        networkInTotal: {},
      });
      monitoring.monitorLinuxVirtualMachine(linuxVm(stack, "c"), {
        ...only,
        group: "web",
        percentageCpu: { warning: 60 },
      });
      monitoring.monitorLinuxVirtualMachine(linuxVm(stack, "d"), { ...only, group: "batch" });
      monitoring.monitorLinuxVirtualMachine(
        new LinuxVirtualMachine(stack, "e", {
          name: "e",
          resourceGroupName: "rg-shop",
          location: "northeurope",
          size: "Standard_B2s",
          adminUsername: "azureuser",
          networkInterfaceIds: ["/subscriptions/0/nic/e"],
          osDisk: { caching: "ReadWrite", storageAccountType: "Standard_LRS" },
        }),
        { ...only, group: "web" },
      );
    });
    expect(Object.keys(alerts).sort()).toEqual([
      "shop-a-network-in-total-warning",
      "shop-b-network-in-total-warning",
      "shop-batch-vm-percentage-cpu-warning",
      "shop-web-vm-2-percentage-cpu-warning",
      "shop-web-vm-3-percentage-cpu-warning",
      "shop-web-vm-percentage-cpu-warning",
    ]);
    const scopesOf = (name: string) => alerts[name].scopes;
    expect(scopesOf("shop-web-vm-percentage-cpu-warning")).toEqual([
      "${azurerm_linux_virtual_machine.a.id}",
      "${azurerm_linux_virtual_machine.b.id}",
    ]);
    expect(alerts["shop-web-vm-2-percentage-cpu-warning"]).toMatchObject({
      scopes: ["${azurerm_linux_virtual_machine.c.id}"],
      criteria: [{ threshold: 60 }],
      target_resource_location: "westeurope",
    });
    expect(alerts["shop-web-vm-3-percentage-cpu-warning"]).toMatchObject({
      scopes: ["${azurerm_linux_virtual_machine.e.id}"],
      target_resource_location: "northeurope",
    });
    // No azure.resourceGroupName: a shared alert goes to its first VM's resource group.
    expect(alerts["shop-batch-vm-percentage-cpu-warning"].resource_group_name).toBe("rg-shop");
    expect(alerts["shop-a-network-in-total-warning"]).toMatchObject({
      scopes: ["${azurerm_linux_virtual_machine.a.id}"],
    });
    expect(alerts["shop-a-network-in-total-warning"].target_resource_type).toBeUndefined();
  });

  it("take two VMs whose location is the same reference as one location", () => {
    const { alerts } = synthAzure((stack) => {
      const rg = new ResourceGroup(stack, "rg", { name: "rg-shop", location: "westeurope" });
      const monitoring = new Monitoring(stack, "monitoring", {
        prefix: "shop",
        azure: { multiResourceAlerts: true },
      });
      for (const name of ["x", "y"]) {
        monitoring.monitorLinuxVirtualMachine(
          new LinuxVirtualMachine(stack, name, {
            name,
            resourceGroupName: rg.name,
            location: rg.location,
            size: "Standard_B2s",
            adminUsername: "azureuser",
            networkInterfaceIds: [`/subscriptions/0/nic/${name}`],
            osDisk: { caching: "ReadWrite", storageAccountType: "Standard_LRS" },
          }),
          { group: "web" },
        );
      }
    });
    expect(alerts["shop-web-vm-percentage-cpu-warning"]).toMatchObject({
      scopes: ["${azurerm_linux_virtual_machine.x.id}", "${azurerm_linux_virtual_machine.y.id}"],
      target_resource_location: "${azurerm_resource_group.rg.location}",
      resource_group_name: "${azurerm_linux_virtual_machine.x.resource_group_name}",
    });
  });

  it("share Key Vault, Redis and PostgreSQL alerts too, and leave other types one alert per resource", () => {
    const { alerts } = synthAzure((stack) => {
      const monitoring = new Monitoring(stack, "monitoring", {
        prefix: "shop",
        azure: { multiResourceAlerts: true },
      });
      for (const n of ["1", "2"]) {
        for (const [service, name] of [
          [keyVaultService, `vault-${n}`],
          [redisCacheService, `cache-${n}`],
          [postgresqlFlexibleServerService, `pg-${n}`],
          [storageAccountService, `st${n}`],
        ] as const) {
          const resource = AZURE_RESOURCES[service.id as keyof typeof AZURE_RESOURCES](stack, name);
          // eslint-disable-next-line @typescript-eslint/no-explicit-any
          monitoring.monitor(service as any, resource, { group: "sec" });
        }
      }
    });
    expect(alerts["shop-sec-key-vault-saturation-shoebox-critical"].scopes).toHaveLength(2);
    expect(alerts["shop-sec-key-vault-saturation-shoebox-critical"].target_resource_type).toBe(
      "Microsoft.KeyVault/vaults",
    );
    expect(alerts["shop-sec-redis-used-memory-percentage-warning"].scopes).toHaveLength(2);
    expect(alerts["shop-sec-postgres-cpu-percent-warning"].scopes).toHaveLength(2);
    const storage = Object.keys(alerts).filter((name) => name.startsWith("shop-st"));
    expect(storage.length).toBeGreaterThan(0);
    for (const name of storage) expect(alerts[name].scopes).toHaveLength(1);
  });

  it("keep every VM on the dashboard's charts", () => {
    const { json } = synthAzure((stack) => {
      const monitoring = new Monitoring(stack, "monitoring", {
        prefix: "shop",
        azure: { resourceGroupName: "rg-monitoring", multiResourceAlerts: true },
      });
      monitoring.monitorLinuxVirtualMachine(linuxVm(stack, "web-1"), { group: "storefront" });
      monitoring.monitorLinuxVirtualMachine(linuxVm(stack, "web-2"), { group: "storefront" });
    });
    const dashboard = Object.values(json.resource.azurerm_portal_dashboard)[0] as {
      dashboard_properties: string;
    };
    const text = dashboard.dashboard_properties;
    const parts = Object.values(JSON.parse(text).lenses["0"].parts) as {
      metadata: { inputs: { value?: { chart?: { title: string; metrics: object[] } } }[] };
    }[];
    const cpu = parts
      .map((p) => p.metadata.inputs[0]?.value?.chart)
      .find((c) => c?.title.startsWith("Linux virtual machine Percentage CPU"));
    expect(cpu?.metrics).toEqual(
      ["web-1", "web-2"].map((vm) =>
        expect.objectContaining({
          resourceMetadata: { id: `\${azurerm_linux_virtual_machine.${vm}.id}` },
          metricVisualization: { displayName: vm },
        }),
      ),
    );
  });

  it("reject a value that is not a boolean, naming the option", () => {
    const error = azureError((stack) => {
      new Monitoring(stack, "monitoring", {
        prefix: "shop",
        // @ts-expect-error a string, as a user of plain JavaScript could pass
        azure: { multiResourceAlerts: "yes" },
      });
    });
    expect(error.message).toContain("azure.multiResourceAlerts");
    expect(error.message).toContain("must be true or false");
  });
});
