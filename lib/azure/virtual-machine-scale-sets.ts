import type { LinuxVirtualMachineScaleSet } from "@cdktf/provider-azurerm/lib/linux-virtual-machine-scale-set";
import type { WindowsVirtualMachineScaleSet } from "@cdktf/provider-azurerm/lib/windows-virtual-machine-scale-set";
import { VIRTUAL_MACHINE_SCALE_SET_ALARMS } from "../catalog/azure/virtual-machine-scale-sets";
import type { AlarmOptions, ResourceMonitoringOptions } from "../core/alarm-options";
import { azureMonitor } from "./azure-monitor";
import type { AzureServiceDefinition } from "./azure-service-definition";

/**
 * Options of `monitorLinuxVirtualMachineScaleSet()` and `monitorWindowsVirtualMachineScaleSet()`: each alert option takes
 * `{ warning?, critical?, period?, frequency?, statistic?, description? }` or `false`; defaults
 * and their sources are in `lib/catalog/azure/virtual-machine-scale-sets.ts`.
 */
export interface VirtualMachineScaleSetMonitoringOptions extends ResourceMonitoringOptions {
  /**
   * Average `Percentage CPU`. The scale set's instances are above 90 % CPU; it may need to scale out.
   *
   * @default - warning > 90, window PT5M, every PT1M
   */
  readonly percentageCpu?: AlarmOptions | false;
  /**
   * Average `Available Memory Bytes`. The instances have less than 1 GB of free memory.
   *
   * @default - warning < 1,000,000,000 bytes, window PT5M, every PT1M
   */
  readonly availableMemoryBytes?: AlarmOptions | false;
  /**
   * Average `VmAvailabilityMetric`. Instances of the scale set were not available.
   *
   * @default - warning < 1, window PT5M, every PT1M
   */
  readonly vmAvailabilityMetric?: AlarmOptions | false;
  /**
   * Average `OS Disk IOPS Consumed Percentage`. The instances' OS disks are at their IOPS limit.
   *
   * @default - warning > 95, window PT1H, every PT30M
   */
  readonly osDiskIopsConsumedPercentage?: AlarmOptions | false;
  /**
   * Average `Data Disk IOPS Consumed Percentage`. The instances' data disks are at their IOPS limit.
   *
   * @default - warning > 95, window PT1H, every PT30M
   */
  readonly dataDiskIopsConsumedPercentage?: AlarmOptions | false;
}

/** Linux VM scale sets (`azurerm_linux_virtual_machine_scale_set`), alerts scoped to the scale set. */
export const linuxVirtualMachineScaleSetService: AzureServiceDefinition<
  LinuxVirtualMachineScaleSet,
  VirtualMachineScaleSetMonitoringOptions
> = {
  id: "linuxVirtualMachineScaleSet",
  title: "Linux VM scale set",
  terraformResourceType: "azurerm_linux_virtual_machine_scale_set",
  cloud: azureMonitor,
  alarms: VIRTUAL_MACHINE_SCALE_SET_ALARMS,
  dimensions: () => ({}),
};

/** Windows VM scale sets (`azurerm_windows_virtual_machine_scale_set`), alerts scoped to the scale set. */
export const windowsVirtualMachineScaleSetService: AzureServiceDefinition<
  WindowsVirtualMachineScaleSet,
  VirtualMachineScaleSetMonitoringOptions
> = {
  id: "windowsVirtualMachineScaleSet",
  title: "Windows VM scale set",
  terraformResourceType: "azurerm_windows_virtual_machine_scale_set",
  cloud: azureMonitor,
  alarms: VIRTUAL_MACHINE_SCALE_SET_ALARMS,
  dimensions: () => ({}),
};
