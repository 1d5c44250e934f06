import type { KeyVault } from "@cdktf/provider-azurerm/lib/key-vault";
import type { MssqlDatabase } from "@cdktf/provider-azurerm/lib/mssql-database";
import type { PostgresqlFlexibleServer } from "@cdktf/provider-azurerm/lib/postgresql-flexible-server";
import { describe, expect, it } from "vitest";
import { Monitoring } from "../../../lib";
import { AZURE_RESOURCES, linuxVm, synthAzure, windowsVm } from "./azure-helpers";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const targetsByKind = (json: any): Record<string, any> =>
  Object.fromEntries(
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    Object.values(json.resource?.monitoring_target ?? {}).map((t: any) => [t.name, t]),
  );

const SUBSCRIPTION_OF = (ref: string) => `\${element(split("/", ${ref}), 2)}`;

describe("Azure resources as backend targets", () => {
  it("registers VMs, SQL databases and PostgreSQL servers with the template's identifiers and the alert thresholds", () => {
    const { json, alerts } = synthAzure((stack) => {
      const m = new Monitoring(stack, "monitoring", { prefix: "shop", backend: {} });
      m.monitorLinuxVirtualMachine(linuxVm(stack, "web"), {
        group: "web",
        percentageCpu: { warning: 75, critical: 92 },
      });
      m.monitorWindowsVirtualMachine(windowsVm(stack, "reports"), { group: "web" });
      m.monitorMssqlDatabase(AZURE_RESOURCES.mssqlDatabase(stack, "orders") as MssqlDatabase, {
        group: "data",
        storagePercent: { warning: 80, critical: 95 },
      });
      m.monitorPostgresqlFlexibleServer(
        AZURE_RESOURCES.postgresqlFlexibleServer(stack, "pg") as PostgresqlFlexibleServer,
        {
          group: "data",
          cpuPercent: { critical: 85 },
        },
      );
    });
    const targets = targetsByKind(json);
    expect(Object.keys(targets).sort()).toEqual([
      "shop-orders",
      "shop-pg",
      "shop-reports",
      "shop-web",
    ]);

    const web = targets["shop-web"];
    expect(web).toMatchObject({
      kind: "azure_vm",
      address: "${azurerm_linux_virtual_machine.web.private_ip_address}",
      groups: [expect.stringMatching(/^\$\{monitoring_group\.[^.]+\.id\}$/)],
    });
    expect(web.thresholds).toEqual({
      "AZURE.RESOURCE_ID": "${azurerm_linux_virtual_machine.web.id}",
      "AZURE.SUBSCRIPTION_ID": SUBSCRIPTION_OF("azurerm_linux_virtual_machine.web.id"),
      // The template's one CPU level is a critical one: it takes the critical alert's threshold.
      "AZURE.VM.CPU.UTIL.CRIT": "92",
    });
    expect(alerts["shop-web-percentage-cpu-critical"].criteria[0].threshold).toBe(92);
    // Only a warning by default: the macro falls back to it (AMBA's 80).
    expect(targets["shop-reports"].thresholds["AZURE.VM.CPU.UTIL.CRIT"]).toBe("80");
    expect(targets["shop-reports"].address).toBe(
      "${azurerm_windows_virtual_machine.reports.private_ip_address}",
    );

    const orders = targets["shop-orders"];
    expect(orders.kind).toBe("azure_sql");
    expect(orders.address).toBe("shop-sql.database.windows.net");
    expect(orders.thresholds).toEqual({
      "AZURE.DB.CPU.UTIL.CRIT": "80",
      "AZURE.DB.STORAGE.PUSED.CRIT": "95",
      "AZURE.DB.STORAGE.PUSED.WARN": "80",
      "AZURE.RESOURCE_ID": "${azurerm_mssql_database.orders.id}",
      "AZURE.SUBSCRIPTION_ID": SUBSCRIPTION_OF("azurerm_mssql_database.orders.id"),
    });

    const pg = targets["shop-pg"];
    expect(pg).toMatchObject({
      kind: "azure_postgres",
      address: "${azurerm_postgresql_flexible_server.pg.fqdn}",
    });
    expect(pg.thresholds).toMatchObject({
      "AZURE.DB.CPU.UTIL.CRIT": "85",
      "AZURE.DB.MEMORY.UTIL.CRIT": "90",
      "AZURE.DB.STORAGE.PUSED.WARN": "90",
      "AZURE.RESOURCE_ID": "${azurerm_postgresql_flexible_server.pg.id}",
    });
    const groups = Object.values(json.resource.monitoring_group).map(
      (g) => (g as { name: string }).name,
    );
    expect(groups.sort()).toEqual(["data", "web"]);
  });

  it("asks no AWS region in an Azure-only app", () => {
    const { json } = synthAzure((stack) => {
      new Monitoring(stack, "monitoring", {
        prefix: "shop",
        backend: {},
      }).monitorLinuxVirtualMachine(linuxVm(stack, "web"));
    });
    expect(json.data?.aws_region).toBeUndefined();
    expect(Object.keys(json.resource.monitoring_target)).toHaveLength(1);
  });

  it("does not register types the backend has no template for, nor anything with registerTargets: false", () => {
    const { json } = synthAzure((stack) => {
      const m = new Monitoring(stack, "monitoring", { prefix: "shop", backend: {} });
      m.monitorKeyVault(AZURE_RESOURCES.keyVault(stack, "vault") as KeyVault);
      new Monitoring(stack, "quiet", {
        prefix: "quiet",
        backend: { registerTargets: false },
      }).monitorLinuxVirtualMachine(linuxVm(stack, "web"));
    });
    expect(json.resource.monitoring_target).toBeUndefined();
  });
});
