/**
 * An Azure estate with one resource of every supported azurerm type, monitored through the facade
 * as the README shows it (`monitorXxx()` on `Monitoring`, the `azure` and `notify` props), and
 * every alert it synthesizes compared with the catalog's rows: the rows are read from
 * `lib/catalog/azure/` (the data behind `docs/azure-default-alarms.md`) and turned into expected
 * Azure JSON here, not by the library's renderer. Rows AMBA marks verified are also compared with
 * the AMBA values their notes quote.
 */
import type { ApplicationGateway } from "@cdktf/provider-azurerm/lib/application-gateway";
import type { CosmosdbAccount } from "@cdktf/provider-azurerm/lib/cosmosdb-account";
import type { KeyVault } from "@cdktf/provider-azurerm/lib/key-vault";
import type { KubernetesCluster } from "@cdktf/provider-azurerm/lib/kubernetes-cluster";
import type { Lb } from "@cdktf/provider-azurerm/lib/lb";
import type { LinuxFunctionApp } from "@cdktf/provider-azurerm/lib/linux-function-app";
import type { LinuxVirtualMachine } from "@cdktf/provider-azurerm/lib/linux-virtual-machine";
import type { LinuxVirtualMachineScaleSet } from "@cdktf/provider-azurerm/lib/linux-virtual-machine-scale-set";
import type { LinuxWebApp } from "@cdktf/provider-azurerm/lib/linux-web-app";
import type { MssqlDatabase } from "@cdktf/provider-azurerm/lib/mssql-database";
import type { PostgresqlFlexibleServer } from "@cdktf/provider-azurerm/lib/postgresql-flexible-server";
import type { RedisCache } from "@cdktf/provider-azurerm/lib/redis-cache";
import type { ServicePlan } from "@cdktf/provider-azurerm/lib/service-plan";
import type { ServicebusNamespace } from "@cdktf/provider-azurerm/lib/servicebus-namespace";
import type { StorageAccount } from "@cdktf/provider-azurerm/lib/storage-account";
import type { WindowsFunctionApp } from "@cdktf/provider-azurerm/lib/windows-function-app";
import type { WindowsVirtualMachine } from "@cdktf/provider-azurerm/lib/windows-virtual-machine";
import type { WindowsVirtualMachineScaleSet } from "@cdktf/provider-azurerm/lib/windows-virtual-machine-scale-set";
import type { WindowsWebApp } from "@cdktf/provider-azurerm/lib/windows-web-app";
import type { TerraformStack } from "cdktf";
import { describe, expect, it } from "vitest";
import { Monitoring, Notify, type AlarmDefault } from "../../../lib";
import { AZURE_ALARM_CATALOG } from "../../../lib/catalog/azure/all-services";
import {
  alertNamePart,
  AZURE_OPERATOR,
  AZURE_SEVERITY,
  ISO_DURATION,
  staticCriterion,
} from "../../support/azure-expectations";
import { AZURE_RESOURCES, synthAzure } from "./azure-helpers";

type Declare = (stack: TerraformStack, monitoring: Monitoring, name: string) => void;

/** One resource of each type, by the catalog section whose rows it gets. */
const ESTATE: Readonly<
  Record<string, readonly { name: string; type: string; declare: Declare }[]>
> = {
  "Virtual machine (Linux, Windows)": [
    {
      name: "web",
      type: "azurerm_linux_virtual_machine",
      declare: (s, m, n) =>
        m.monitorLinuxVirtualMachine(
          AZURE_RESOURCES.linuxVirtualMachine(s, n) as LinuxVirtualMachine,
        ),
    },
    {
      name: "reports",
      type: "azurerm_windows_virtual_machine",
      declare: (s, m, n) =>
        m.monitorWindowsVirtualMachine(
          AZURE_RESOURCES.windowsVirtualMachine(s, n) as WindowsVirtualMachine,
        ),
    },
  ],
  "Key Vault": [
    {
      name: "vault",
      type: "azurerm_key_vault",
      declare: (s, m, n) => m.monitorKeyVault(AZURE_RESOURCES.keyVault(s, n) as KeyVault),
    },
  ],
  "Storage account": [
    {
      name: "assets",
      type: "azurerm_storage_account",
      declare: (s, m, n) =>
        m.monitorStorageAccount(AZURE_RESOURCES.storageAccount(s, n) as StorageAccount),
    },
  ],
  "Load balancer": [
    {
      name: "lb",
      type: "azurerm_lb",
      declare: (s, m, n) => m.monitorLoadBalancer(AZURE_RESOURCES.loadBalancer(s, n) as Lb),
    },
  ],
  "Cosmos DB account": [
    {
      name: "catalog",
      type: "azurerm_cosmosdb_account",
      declare: (s, m, n) =>
        m.monitorCosmosdbAccount(AZURE_RESOURCES.cosmosdbAccount(s, n) as CosmosdbAccount),
    },
  ],
  "PostgreSQL flexible server": [
    {
      name: "pg",
      type: "azurerm_postgresql_flexible_server",
      declare: (s, m, n) =>
        m.monitorPostgresqlFlexibleServer(
          AZURE_RESOURCES.postgresqlFlexibleServer(s, n) as PostgresqlFlexibleServer,
        ),
    },
  ],
  "SQL database": [
    {
      name: "orders",
      type: "azurerm_mssql_database",
      declare: (s, m, n) =>
        m.monitorMssqlDatabase(AZURE_RESOURCES.mssqlDatabase(s, n) as MssqlDatabase),
    },
  ],
  "App Service plan": [
    {
      name: "plan",
      type: "azurerm_service_plan",
      declare: (s, m, n) => m.monitorServicePlan(AZURE_RESOURCES.servicePlan(s, n) as ServicePlan),
    },
  ],
  "Service Bus namespace": [
    {
      name: "bus",
      type: "azurerm_servicebus_namespace",
      declare: (s, m, n) =>
        m.monitorServicebusNamespace(
          AZURE_RESOURCES.servicebusNamespace(s, n) as ServicebusNamespace,
        ),
    },
  ],
  "Azure Cache for Redis": [
    {
      name: "cache",
      type: "azurerm_redis_cache",
      declare: (s, m, n) => m.monitorRedisCache(AZURE_RESOURCES.redisCache(s, n) as RedisCache),
    },
  ],
  "Web app (Linux, Windows)": [
    {
      name: "shop",
      type: "azurerm_linux_web_app",
      declare: (s, m, n) => m.monitorLinuxWebApp(AZURE_RESOURCES.linuxWebApp(s, n) as LinuxWebApp),
    },
    {
      name: "backoffice",
      type: "azurerm_windows_web_app",
      declare: (s, m, n) =>
        m.monitorWindowsWebApp(AZURE_RESOURCES.windowsWebApp(s, n) as WindowsWebApp),
    },
  ],
  "Function app (Linux, Windows)": [
    {
      name: "thumbnails",
      type: "azurerm_linux_function_app",
      declare: (s, m, n) =>
        m.monitorLinuxFunctionApp(AZURE_RESOURCES.linuxFunctionApp(s, n) as LinuxFunctionApp),
    },
    {
      name: "invoices",
      type: "azurerm_windows_function_app",
      declare: (s, m, n) =>
        m.monitorWindowsFunctionApp(AZURE_RESOURCES.windowsFunctionApp(s, n) as WindowsFunctionApp),
    },
  ],
  "VM scale set (Linux, Windows)": [
    {
      name: "workers",
      type: "azurerm_linux_virtual_machine_scale_set",
      declare: (s, m, n) =>
        m.monitorLinuxVirtualMachineScaleSet(
          AZURE_RESOURCES.linuxVirtualMachineScaleSet(s, n) as LinuxVirtualMachineScaleSet,
        ),
    },
    {
      name: "renderers",
      type: "azurerm_windows_virtual_machine_scale_set",
      declare: (s, m, n) =>
        m.monitorWindowsVirtualMachineScaleSet(
          AZURE_RESOURCES.windowsVirtualMachineScaleSet(s, n) as WindowsVirtualMachineScaleSet,
        ),
    },
  ],
  "AKS cluster": [
    {
      name: "aks",
      type: "azurerm_kubernetes_cluster",
      declare: (s, m, n) =>
        m.monitorKubernetesCluster(AZURE_RESOURCES.kubernetesCluster(s, n) as KubernetesCluster),
    },
  ],
  "Application Gateway": [
    {
      name: "gateway",
      type: "azurerm_application_gateway",
      declare: (s, m, n) =>
        m.monitorApplicationGateway(AZURE_RESOURCES.applicationGateway(s, n) as ApplicationGateway),
    },
  ],
};

const PREFIX = "shop-prod";

const estate = synthAzure((stack) => {
  // The facade as the README's "Azure monitoring" block declares it.
  const monitoring = new Monitoring(stack, "monitoring", {
    prefix: PREFIX,
    notify: {
      critical: [
        Notify.email("oncall@example.com"),
        Notify.webhook("https://hooks.example.com/pager"),
      ],
      warning: [Notify.email("team@example.com")],
    },
    azure: { resourceGroupName: "rg-monitoring" },
  });
  for (const resources of Object.values(ESTATE)) {
    for (const { name, declare } of resources) declare(stack, monitoring, name);
  }
});

const actionGroupOf = (severity: keyof typeof AZURE_SEVERITY): string =>
  `\${azurerm_monitor_action_group.${estate.actionGroups[`${PREFIX}-${severity}`].id}.id}`;

/** The alerts the catalog's rows call for, per resource of the estate. */
const expected = Object.entries(ESTATE).flatMap(([section, resources]) => {
  const rows = AZURE_ALARM_CATALOG[section];
  if (!rows) throw new Error(`the catalog has no section "${section}"`);
  return resources.flatMap((resource) =>
    rows
      .filter((row) => row.enabledByDefault)
      .flatMap((row) =>
        (["warning", "critical"] as const).flatMap((severity) => {
          const threshold = row.thresholds[severity];
          if (threshold === undefined) return [];
          if (typeof threshold !== "number")
            throw new Error(`${section} ${row.key}: a computed default the estate cannot know`);
          const name = `${PREFIX}-${resource.name}-${alertNamePart(row.key)}-${severity}`;
          return [{ name, section, resource, row, severity, threshold }];
        }),
      ),
  );
});

describe("an estate of every supported Azure type, monitored with the defaults", () => {
  it("covers every section of the catalog, and every section's rows", () => {
    expect(Object.keys(ESTATE).sort()).toEqual(Object.keys(AZURE_ALARM_CATALOG).sort());
    const types = Object.values(ESTATE).flatMap((resources) => resources.map((r) => r.type));
    expect(types).toHaveLength(19);
    for (const type of types) expect(Object.keys(estate.json.resource[type] ?? {})).toHaveLength(1);
  });

  it.each(Object.entries(ESTATE).flatMap(([section, rs]) => rs.map((r) => [r.type, section])))(
    "%s: the metrics alerted are the %s section's defaults",
    (type, section) => {
      const resource = ESTATE[section]!.find((r) => r.type === type)!;
      const alerted = Object.values(estate.alerts)
        .filter((a) => a.scopes.includes(`\${${type}.${resource.name}.id}`))
        .map((a) => a.criteria[0].metric_name as string);
      const defaults = AZURE_ALARM_CATALOG[section]!.filter((row) => row.enabledByDefault).map(
        (row) => row.metricName,
      );
      expect(new Set(alerted)).toEqual(new Set(defaults));
    },
  );

  it("creates exactly the alerts the rows call for", () => {
    expect(Object.keys(estate.alerts).sort()).toEqual(expected.map((e) => e.name).sort());
  });

  it.each(expected.map((e) => [e.name, e] as const))(
    "%s equals its catalog row",
    (name, { resource, row, severity, threshold }) => {
      const alert = estate.alerts[name];
      expect(alert.criteria).toEqual([staticCriterion(row, threshold)]);
      expect(alert.dynamic_criteria).toBeUndefined();
      expect(alert.window_size).toBe(ISO_DURATION[row.period]);
      expect(alert.frequency).toBe(ISO_DURATION[row.frequency ?? row.period]);
      expect(alert.severity).toBe(AZURE_SEVERITY[severity]);
      expect(alert.scopes).toEqual([`\${${resource.type}.${resource.name}.id}`]);
      expect(alert.action).toEqual([{ action_group_id: actionGroupOf(severity) }]);
      expect(alert.enabled ?? true).toBe(true);
      // README: an alert goes to its resource's group; a SQL database's to its server's, from its id.
      expect(alert.resource_group_name).toBe(
        resource.type === "azurerm_mssql_database"
          ? `\${element(split("/", ${resource.type}.${resource.name}.id), 4)}`
          : "rg-shop",
      );
    },
  );

  it("notifies one action group per severity, named and short-named as the README says", () => {
    const groups = Object.values(estate.actionGroups).map((g) => [
      g.name,
      g.short_name,
      g.resource_group_name,
      (g.email_receiver ?? []).map((r: { email_address: string }) => r.email_address),
      (g.webhook_receiver ?? []).map((r: { service_uri: string }) => r.service_uri),
    ]);
    expect(groups.sort()).toEqual([
      [
        "shop-prod-critical",
        "shop-pr-crit",
        "rg-monitoring",
        ["oncall@example.com"],
        ["https://hooks.example.com/pager"],
      ],
      ["shop-prod-warning", "shop-pr-warn", "rg-monitoring", ["team@example.com"], []],
    ]);
  });
});

/** What an "AMBA verified: …" note quotes of AMBA's row. */
interface AmbaRow {
  readonly aggregation: string;
  readonly operator: string;
  readonly threshold: number;
  readonly window: string;
  readonly frequency?: string;
  readonly severity: number;
}

const AMBA_NOTE =
  /^AMBA verified: (\w+) (<=|>=|<|>) ([\d,.]+)(?: [^\s,]+)? over (P\w+)(?: every (P\w+))?, severity (\d)/;
const NOTE_OPERATOR: Readonly<Record<string, string>> = {
  ">": "GreaterThan",
  ">=": "GreaterThanOrEqual",
  "<": "LessThan",
  "<=": "LessThanOrEqual",
};

function ambaRowOf(row: AlarmDefault): AmbaRow {
  const match = AMBA_NOTE.exec(row.source.note ?? "");
  if (!match) throw new Error(`${row.key}: cannot read the AMBA row in "${row.source.note}"`);
  const [, aggregation, operator, threshold, window, frequency, severity] = match;
  return {
    aggregation: aggregation!,
    operator: NOTE_OPERATOR[operator!]!,
    threshold: Number(threshold!.replace(/,/g, "")),
    window: window!,
    ...(frequency ? { frequency } : {}),
    severity: Number(severity),
  };
}

const verified = expected.filter((e) => e.row.source.note?.startsWith("AMBA verified"));

describe("alerts of rows AMBA marks verified", () => {
  it("exist for the types AMBA verifies (VMs, Key Vault, storage, load balancer, Cosmos DB)", () => {
    expect(new Set(verified.map((e) => e.section))).toEqual(
      new Set([
        "Virtual machine (Linux, Windows)",
        "Key Vault",
        "Storage account",
        "Load balancer",
        "Cosmos DB account",
      ]),
    );
  });

  it.each(verified.map((e) => [e.name, e] as const))(
    "%s has AMBA's aggregation, operator, threshold, window, frequency and severity",
    (name, { row }) => {
      const amba = ambaRowOf(row);
      const alert = estate.alerts[name];
      expect(alert.criteria[0]).toMatchObject({
        aggregation: amba.aggregation,
        operator: amba.operator,
        threshold: amba.threshold,
      });
      expect(alert.window_size).toBe(amba.window);
      expect(alert.frequency).toBe(amba.frequency ?? amba.window);
      // README: AMBA's severities 0-1 become critical alerts, 2-4 warning ones.
      expect(alert.severity).toBe(amba.severity <= 1 ? 0 : 2);
      expect(AZURE_OPERATOR[row.comparisonOperator]).toBe(amba.operator);
    },
  );
});
