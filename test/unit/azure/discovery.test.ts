import { describe, expect, it } from "vitest";
import { Monitoring } from "../../../lib";
import { AZURE_RESOURCES, linuxVm, synthAzure } from "./azure-helpers";

describe("watchScope() on Azure resources", () => {
  it("attaches the defaults to every supported azurerm resource nothing monitors explicitly", () => {
    const { alerts } = synthAzure((stack) => {
      const monitoring = new Monitoring(stack, "monitoring", { prefix: "shop" });
      monitoring.monitorLinuxVirtualMachine(linuxVm(stack, "web"), {
        percentageCpu: { warning: 60 },
      });
      linuxVm(stack, "batch");
      AZURE_RESOURCES.keyVault(stack, "vault");
      AZURE_RESOURCES.storageAccount(stack, "files");
      monitoring.watchScope(stack, {
        excludeServices: ["storageAccount"],
        defaults: { linuxVirtualMachine: { percentageCpu: { warning: 70 } } },
        group: "found",
      });
    });
    expect(alerts["shop-web-percentage-cpu-warning"].criteria[0].threshold).toBe(60);
    expect(alerts["shop-batch-percentage-cpu-warning"]).toMatchObject({
      criteria: [{ threshold: 70 }],
      tags: { "monitoring:group": "found" },
    });
    expect(alerts["shop-vault-availability-critical"]).toBeDefined();
    expect(Object.keys(alerts).some((name) => name.startsWith("shop-files-"))).toBe(false);
  });

  it("validates the discovery defaults of an Azure service like its monitorXxx() options", () => {
    expect(() =>
      synthAzure((stack) => {
        linuxVm(stack, "batch");
        new Monitoring(stack, "monitoring", { prefix: "shop" }).watchScope(stack, {
          defaults: { linuxVirtualMachine: { percentageCpu: { period: 120 } } },
        });
      }),
    ).toThrow(/percentageCpu\.period: 120 is not allowed/);
  });
});
