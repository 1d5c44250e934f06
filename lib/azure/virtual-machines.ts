import type { LinuxVirtualMachine } from "@cdktf/provider-azurerm/lib/linux-virtual-machine";
import type { WindowsVirtualMachine } from "@cdktf/provider-azurerm/lib/windows-virtual-machine";
import { VIRTUAL_MACHINE_ALARMS } from "../catalog/azure/virtual-machines";
import type { AlarmOptions, ResourceMonitoringOptions } from "../core/alarm-options";
import type { BackendTargetDefinition } from "../core/service-definition";
import { azureMonitor } from "./azure-monitor";
import type { AzureServiceDefinition, AzureServiceSettings } from "./azure-service-definition";
import { azureTargetIdentifiers } from "./azure-target-identifiers";

/**
 * Options of `monitorLinuxVirtualMachine()` and `monitorWindowsVirtualMachine()`. Each alert
 * option takes `{ warning?, critical?, period?, frequency?, statistic?, description? }` or `false`
 * to turn the alert off; defaults and their sources are in `lib/catalog/azure/virtual-machines.ts`.
 */
export interface VirtualMachineMonitoringOptions extends ResourceMonitoringOptions {
  /**
   * Average `Percentage CPU`.
   *
   * @default - warning > 80, window PT5M, every PT5M
   */
  readonly percentageCpu?: AlarmOptions | false;
  /**
   * Average `Available Memory Bytes`.
   *
   * @default - warning < 1,000,000,000 bytes, window PT5M, every PT5M
   */
  readonly availableMemoryBytes?: AlarmOptions | false;
  /**
   * Average `OS Disk IOPS Consumed Percentage`.
   *
   * @default - warning > 95, window PT1M, every PT1M
   */
  readonly osDiskIopsConsumedPercentage?: AlarmOptions | false;
  /**
   * Average `Data Disk IOPS Consumed Percentage`.
   *
   * @default - warning > 95, window PT1M, every PT1M
   */
  readonly dataDiskIopsConsumedPercentage?: AlarmOptions | false;
  /**
   * Average `OS Disk Bandwidth Consumed Percentage`.
   *
   * @default - warning > 90, window PT1M, every PT1M
   */
  readonly osDiskBandwidthConsumedPercentage?: AlarmOptions | false;
  /**
   * Average `Data Disk Bandwidth Consumed Percentage`.
   *
   * @default - warning > 90, window PT1M, every PT1M
   */
  readonly dataDiskBandwidthConsumedPercentage?: AlarmOptions | false;
  /**
   * Average `VmAvailabilityMetric` (1 available, 0 not).
   *
   * @default - warning < 1, window PT5M, every PT5M
   */
  readonly vmAvailabilityMetric?: AlarmOptions | false;
  /**
   * Total `Network In Total` bytes. Off unless set: a ceiling depends on the VM size.
   *
   * @default - off; when enabled: warning > 500,000,000,000 bytes in PT5M
   */
  readonly networkInTotal?: AlarmOptions | false;
  /**
   * Total `Network Out Total` bytes. Off unless set: a ceiling depends on the VM size.
   *
   * @default - off; when enabled: warning > 200,000,000,000 bytes in PT5M
   */
  readonly networkOutTotal?: AlarmOptions | false;
}

/** A VM as a target of kind `azure_vm` (template "Azure virtual machine by HTTP"), at its private IP. */
function virtualMachineTarget(): BackendTargetDefinition<
  LinuxVirtualMachine | WindowsVirtualMachine
> {
  return {
    kind: "azure_vm",
    address: (vm) => vm.privateIpAddress,
    identifiers: (vm) => azureTargetIdentifiers(vm.id),
    sharedThresholds: [
      { key: "percentageCpu", macro: "AZURE.VM.CPU.UTIL.CRIT", severity: "critical" },
    ],
  };
}

/**
 * Linux and Windows VMs are one Azure type: a service group's VMs of both share alerts with
 * `azure.multiResourceAlerts`, but for the network metrics, which Azure does not evaluate
 * across VMs.
 */
const VIRTUAL_MACHINE_SETTINGS: AzureServiceSettings = {
  multiResource: { namePart: "vm", excludedAlarms: ["networkInTotal", "networkOutTotal"] },
};

/** Linux virtual machines (`azurerm_linux_virtual_machine`), alerts scoped to the VM. */
export const linuxVirtualMachineService: AzureServiceDefinition<
  LinuxVirtualMachine,
  VirtualMachineMonitoringOptions
> = {
  id: "linuxVirtualMachine",
  title: "Linux virtual machine",
  terraformResourceType: "azurerm_linux_virtual_machine",
  cloud: azureMonitor,
  alarms: VIRTUAL_MACHINE_ALARMS,
  backendTarget: virtualMachineTarget(),
  cloudSettings: VIRTUAL_MACHINE_SETTINGS,
  dimensions: () => ({}),
};

/** Windows virtual machines (`azurerm_windows_virtual_machine`), alerts scoped to the VM. */
export const windowsVirtualMachineService: AzureServiceDefinition<
  WindowsVirtualMachine,
  VirtualMachineMonitoringOptions
> = {
  id: "windowsVirtualMachine",
  title: "Windows virtual machine",
  terraformResourceType: "azurerm_windows_virtual_machine",
  cloud: azureMonitor,
  alarms: VIRTUAL_MACHINE_ALARMS,
  backendTarget: virtualMachineTarget(),
  cloudSettings: VIRTUAL_MACHINE_SETTINGS,
  dimensions: () => ({}),
};
