/**
 * examples/azure-app synthesized as `npx tsx examples/azure-app/main.ts` does, its JSON checked
 * property by property against the catalog's rows and the example's overrides. No azurerm provider
 * binary can be installed offline, so nothing here runs `terraform validate` or `plan` on it.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAzureApp, STACK_NAME } from "../../../examples/azure-app/main";
import {
  ERP_DATABASE,
  ERP_SERVER,
  NOTIFY,
  SHOP_GROUP,
} from "../../../examples/azure-app/monitoring";
import type { AlarmDefault } from "../../../lib";
import { KEY_VAULT_ALARMS } from "../../../lib/catalog/azure/key-vault";
import { MSSQL_DATABASE_ALARMS } from "../../../lib/catalog/azure/mssql-database";
import { SERVICE_PLAN_ALARMS } from "../../../lib/catalog/azure/service-plan";
import { STORAGE_ACCOUNT_ALARMS } from "../../../lib/catalog/azure/storage-account";
import { VIRTUAL_MACHINE_ALARMS } from "../../../lib/catalog/azure/virtual-machines";
import { WEB_APP_ALARMS } from "../../../lib/catalog/azure/web-app";
import {
  alertNamePart,
  AZURE_SEVERITY,
  ISO_DURATION,
  metricOf,
  staticCriterion,
} from "../../support/azure-expectations";
import { comparedBlock } from "../../support/doc-blocks";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

type Severity = keyof typeof AZURE_SEVERITY;

/** What the example changes on a catalog row (`false`: that severity's alert is off). */
interface Override {
  readonly warning?: number | false;
  readonly critical?: number | false;
  readonly period?: number;
  readonly frequency?: number;
  readonly enable?: boolean;
  readonly dynamic?: { readonly critical: string };
}

/** Each monitored resource of the example: its alert name part, its row set and the overrides. */
const MONITORED: readonly {
  readonly name: string;
  readonly resource: string;
  readonly rows: readonly AlarmDefault[];
  readonly overrides: Readonly<Record<string, Override>>;
}[] = [
  { name: "plan", resource: "azurerm_service_plan.plan", rows: SERVICE_PLAN_ALARMS, overrides: {} },
  {
    name: "storefront",
    resource: "azurerm_linux_web_app.storefront",
    rows: WEB_APP_ALARMS,
    overrides: {
      healthCheckStatus: { enable: true, warning: 100 },
      httpResponseTime: { dynamic: { critical: "Medium" } },
    },
  },
  {
    name: "orders",
    resource: "azurerm_mssql_database.orders",
    rows: MSSQL_DATABASE_ALARMS,
    overrides: { cpuPercent: { warning: 70, critical: 90 } },
  },
  {
    name: "assets",
    resource: "azurerm_storage_account.assets",
    rows: STORAGE_ACCOUNT_ALARMS,
    overrides: {},
  },
  { name: "vault", resource: "azurerm_key_vault.vault", rows: KEY_VAULT_ALARMS, overrides: {} },
  {
    name: "order-export",
    resource: "azurerm_linux_virtual_machine.export",
    rows: VIRTUAL_MACHINE_ALARMS,
    overrides: { percentageCpu: { warning: 85, critical: 98, period: 900, frequency: 300 } },
  },
];

interface ExpectedAlert {
  readonly name: string;
  readonly resource: string;
  readonly row: AlarmDefault;
  readonly severity: Severity;
  readonly threshold?: number;
  readonly sensitivity?: string;
  readonly period: number;
  readonly frequency: number;
}

function expectedAlerts(): ExpectedAlert[] {
  const expected: ExpectedAlert[] = [];
  for (const { name, resource, rows, overrides } of MONITORED) {
    for (const row of rows) {
      const override = overrides[row.key] ?? {};
      if (!row.enabledByDefault && !override.enable) continue;
      for (const severity of ["warning", "critical"] as const) {
        const sensitivity = override.dynamic?.[severity as "critical"];
        const given = override[severity];
        const threshold = given === undefined ? row.thresholds[severity] : given;
        if (threshold === false || (threshold === undefined && !sensitivity)) continue;
        if (typeof threshold === "object") throw new Error(`${row.key}: computed threshold`);
        expected.push({
          name: `shop-azure-${name}-${alertNamePart(row.key)}-${severity}`,
          resource,
          row,
          severity,
          ...(sensitivity ? { sensitivity } : { threshold: threshold! }),
          period: override.period ?? row.period,
          frequency: override.frequency ?? row.frequency ?? row.period,
        });
      }
    }
  }
  return expected;
}

describe("examples/azure-app synthesizes to the alerts, action groups and targets it declares", () => {
  const outdir = mkdtempSync(join(tmpdir(), "cdktf-monitoring-azure-example-"));
  let resources: Record<string, Record<string, Json>>;
  let alerts: Record<string, Json>;
  const idOf = (type: string, name: string): string => {
    const found = Object.entries(resources[type] ?? {}).find(([, r]) => r.name === name);
    if (!found) throw new Error(`no ${type} named ${name}`);
    return `\${${type}.${found[0]}.id}`;
  };

  beforeAll(() => {
    buildAzureApp(outdir).synth();
    const json = JSON.parse(
      readFileSync(join(outdir, "stacks", STACK_NAME, "cdk.tf.json"), "utf8"),
    ) as Json;
    resources = json.resource;
    alerts = Object.fromEntries(
      Object.values(resources.azurerm_monitor_metric_alert ?? {}).map((a: Json) => [a.name, a]),
    );
  });

  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it("creates one alert per enabled catalog row and severity of each resource, and no other", () => {
    expect(Object.keys(alerts).sort()).toEqual(
      expectedAlerts()
        .map((e) => e.name)
        .sort(),
    );
  });

  it.each(expectedAlerts().map((e) => [e.name, e] as const))(
    "%s: namespace, metric, aggregation, operator, threshold, window, frequency, severity, scopes, action",
    (name, e) => {
      const alert = alerts[name];
      expect(alert, name).toBeDefined();
      if (e.sensitivity) {
        expect(alert.criteria).toBeUndefined();
        expect(alert.dynamic_criteria).toEqual({
          ...metricOf(e.row),
          alert_sensitivity: e.sensitivity,
          evaluation_total_count: 4,
          evaluation_failure_count: 4,
        });
      } else {
        expect(alert.dynamic_criteria).toBeUndefined();
        expect(alert.criteria).toEqual([staticCriterion(e.row, e.threshold!)]);
      }
      expect(alert.window_size).toBe(ISO_DURATION[e.period]);
      expect(alert.frequency).toBe(ISO_DURATION[e.frequency]);
      expect(alert.severity).toBe(AZURE_SEVERITY[e.severity]);
      expect(alert.scopes).toEqual([`\${${e.resource}.id}`]);
      expect(alert.action).toEqual([
        {
          action_group_id: idOf("azurerm_monitor_action_group", `shop-azure-${e.severity}`),
        },
      ]);
      expect(alert.tags).toEqual({
        "monitoring:group": SHOP_GROUP,
        "monitoring:severity": e.severity,
      });
    },
  );

  it("puts every alert in the resource group of what it watches", () => {
    expect(alerts["shop-azure-vault-availability-critical"].resource_group_name).toBe("rg-shop");
    // A SQL database names no group of its own: its alerts go to its server's, read from its id.
    expect(alerts["shop-azure-orders-cpu-percent-critical"].resource_group_name).toBe(
      '${element(split("/", azurerm_mssql_database.orders.id), 4)}',
    );
  });

  it("builds one action group per severity from the example's channels", () => {
    const groups = Object.values(resources.azurerm_monitor_action_group!) as Json[];
    expect(groups.map((g) => [g.name, g.short_name, g.resource_group_name]).sort()).toEqual([
      ["shop-azure-critical", "shop-az-crit", "rg-shop"],
      ["shop-azure-warning", "shop-az-warn", "rg-shop"],
    ]);
    for (const severity of ["critical", "warning"] as const) {
      const group = groups.find((g) => g.name === `shop-azure-${severity}`);
      const channels = NOTIFY[severity] ?? [];
      const receivers = [
        ...(group.email_receiver ?? []).map((r: Json) => ["email", r.email_address]),
        ...(group.webhook_receiver ?? []).map((r: Json) => ["webhook", r.service_uri]),
      ];
      expect(receivers.sort(), severity).toEqual(channels.map((c) => [c.kind, c.target]).sort());
    }
  });

  it("registers the two on-premises machines and the Azure VM and database in one service group", () => {
    const groups = Object.entries(resources.monitoring_group ?? {});
    expect(groups.map(([, g]) => (g as Json).name)).toEqual([SHOP_GROUP]);
    const shop = `\${monitoring_group.${groups[0]![0]}.id}`;
    const targets: Record<string, Json> = Object.fromEntries(
      Object.values(resources.monitoring_target ?? {}).map((t: Json) => [t.name, t]),
    );
    expect(Object.keys(targets).sort()).toEqual(
      [ERP_DATABASE.id, ERP_SERVER.id, "shop-azure-order-export", "shop-azure-orders"].sort(),
    );
    for (const target of Object.values(targets)) expect(target.groups).toEqual([shop]);

    expect(targets[ERP_SERVER.id]).toMatchObject({
      kind: "linux_server",
      address: ERP_SERVER.address,
      thresholds: { "CPU.UTIL.CRIT": "90" },
    });
    expect(targets[ERP_DATABASE.id]).toMatchObject({
      kind: "postgres",
      address: ERP_DATABASE.address,
      thresholds: { "PG.PASSWORD": "${var.erp_db_password}" },
    });
    for (const { address } of [ERP_SERVER, ERP_DATABASE]) expect(address).toMatch(/^192\.0\.2\./);

    const vm = "azurerm_linux_virtual_machine.export";
    expect(targets["shop-azure-order-export"]).toEqual(
      expect.objectContaining({
        kind: "azure_vm",
        address: `\${${vm}.private_ip_address}`,
        thresholds: {
          "AZURE.RESOURCE_ID": `\${${vm}.id}`,
          "AZURE.SUBSCRIPTION_ID": `\${element(split("/", ${vm}.id), 2)}`,
          // One threshold, two places: the critical CPU alert's 98.
          "AZURE.VM.CPU.UTIL.CRIT": String(
            alerts["shop-azure-order-export-percentage-cpu-critical"].criteria[0].threshold,
          ),
        },
      }),
    );
    const db = "azurerm_mssql_database.orders";
    expect(targets["shop-azure-orders"]).toEqual(
      expect.objectContaining({
        kind: "azure_sql",
        address: `\${element(split("/", ${db}.server_id), 8)}.database.windows.net`,
        thresholds: {
          "AZURE.RESOURCE_ID": `\${${db}.id}`,
          "AZURE.SUBSCRIPTION_ID": `\${element(split("/", ${db}.id), 2)}`,
          "AZURE.DB.CPU.UTIL.CRIT": "90",
          "AZURE.DB.STORAGE.PUSED.WARN": "90",
          "AZURE.DB.STORAGE.PUSED.CRIT": "90",
        },
      }),
    );
  });

  it("synthesizes the resource counts the README shows", () => {
    const block = comparedBlock("README.md", "azure-app-resources");
    const counts = Object.entries(resources)
      .map(([type, byName]) => `${String(Object.keys(byName).length).padStart(3)} ${type}`)
      .sort((a, b) => a.slice(4).localeCompare(b.slice(4)))
      .join("\n");
    expect(block.text).toBe(`${counts}\n`);
  });
});
