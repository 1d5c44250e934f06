import type { LinuxVirtualMachine } from "@cdktf/provider-azurerm/lib/linux-virtual-machine";
import type { WindowsVirtualMachine } from "@cdktf/provider-azurerm/lib/windows-virtual-machine";
import { VIRTUAL_MACHINE_ALARMS } from "../catalog/azure/virtual-machines";
import type { AlarmOptions, ResourceMonitoringOptions } from "../core/alarm-options";
import { azureMonitor } from "./azure-monitor";
import type { AzureServiceDefinition } from "./azure-service-definition";

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

/** A virtual machine type's service: its alerts are scoped to the VM, without dimensions. */
function virtualMachineService<R extends LinuxVirtualMachine | WindowsVirtualMachine>(
  id: string,
  title: string,
  terraformResourceType: string,
): AzureServiceDefinition<R, VirtualMachineMonitoringOptions> {
  return {
    id,
    title,
    terraformResourceType,
    cloud: azureMonitor,
    alarms: VIRTUAL_MACHINE_ALARMS,
    dimensions: () => ({}),
  };
}

/** Linux virtual machines (`azurerm_linux_virtual_machine`). */
export const linuxVirtualMachineService = virtualMachineService<LinuxVirtualMachine>(
  "linuxVirtualMachine",
  "Linux virtual machine",
  "azurerm_linux_virtual_machine",
);

/** Windows virtual machines (`azurerm_windows_virtual_machine`). */
export const windowsVirtualMachineService = virtualMachineService<WindowsVirtualMachine>(
  "windowsVirtualMachine",
  "Windows virtual machine",
  "azurerm_windows_virtual_machine",
);
