import { describe, expect, it } from "vitest";
import { Monitoring, MonitoringConfigError } from "../../../lib";
import { AZURE_SERVICES } from "../../../lib/azure";
import { SEVERITIES } from "../../../lib/core/severity";
import { kebab } from "../../../lib/core/alarm-naming";
import { ISO_DURATION, staticCriterion } from "../../support/azure-expectations";
import { AZURE_RESOURCES, synthAzure } from "./azure-helpers";

describe.each(Object.entries(AZURE_SERVICES))("%s with its defaults", (id, service) => {
  const { alerts, json } = synthAzure((stack) => {
    const resource = AZURE_RESOURCES[id as keyof typeof AZURE_SERVICES](stack, "res");
    new Monitoring(stack, "monitoring", { prefix: "shop" }).monitor(service, resource);
  });
  const resourceType = service.terraformResourceType;
  const expected = service.alarms
    .filter((entry) => entry.enabledByDefault)
    .flatMap((entry) =>
      SEVERITIES.filter((severity) => entry.thresholds[severity] !== undefined).map((severity) => ({
        entry,
        severity,
        name: `shop-res-${kebab(entry.key)}-${severity}`,
      })),
    );

  it("creates one alert per enabled default and severity, and nothing else", () => {
    expect(Object.keys(alerts).sort()).toEqual(expected.map((e) => e.name).sort());
  });

  it.each(expected.map((e) => [e.name, e] as const))(
    "%s matches its catalog entry property by property",
    (name, { entry, severity }) => {
      const alert = alerts[name];
      expect(alert.scopes).toEqual([`\${${resourceType}.res.id}`]);
      expect(alert.severity).toBe(severity === "critical" ? 0 : 2);
      expect(alert.window_size).toBe(ISO_DURATION[entry.period]);
      expect(alert.frequency).toBe(ISO_DURATION[entry.frequency ?? entry.period]);
      expect(alert.criteria).toEqual([
        staticCriterion(entry, entry.thresholds[severity] as number),
      ]);
      expect(alert.description).toContain(entry.description);
      expect(json.resource[resourceType].res).toBeDefined();
    },
  );
});

describe("resource groups of the alerts", () => {
  it("puts a SQL database's alerts in its server's resource group, read from its id", () => {
    const { alerts } = synthAzure((stack) => {
      const db = AZURE_RESOURCES.mssqlDatabase(stack, "orders");
      new Monitoring(stack, "monitoring", { prefix: "shop" }).monitor(
        AZURE_SERVICES.mssqlDatabase,
        db,
      );
    });
    expect(alerts["shop-orders-cpu-percent-warning"].resource_group_name).toBe(
      '${element(split("/", azurerm_mssql_database.orders.id), 4)}',
    );
  });
});

describe("checks against the supported-metrics reference", () => {
  function errorOf(id: keyof typeof AZURE_SERVICES, options: object): MonitoringConfigError {
    try {
      synthAzure((stack) => {
        const resource = AZURE_RESOURCES[id](stack, "res");
        new Monitoring(stack, "monitoring", { prefix: "shop" }).monitor(
          AZURE_SERVICES[id],
          resource,
          options,
        );
      });
    } catch (e) {
      if (e instanceof MonitoringConfigError) return e;
      throw e;
    }
    throw new Error("expected a MonitoringConfigError");
  }

  it("rejects an aggregation the metric does not have, listing the ones it has", () => {
    const error = errorOf("mssqlDatabase", { cpuPercent: { statistic: "Total" } });
    expect(error.problems).toEqual([
      {
        option: "cpuPercent.statistic",
        message: '"Total" is not an aggregation of cpu_percent; allowed: Average, Minimum, Maximum',
      },
    ]);
    expect(error.message).toContain("stack/res");
  });

  it("rejects a window shorter than the metric's time grain", () => {
    const error = errorOf("storageAccount", { usedCapacity: { period: 300 } });
    expect(error.problems.map((p) => [p.option, p.message])).toEqual([
      [
        "usedCapacity.period",
        "300 is shorter than UsedCapacity's time grain; allowed: at least 3600",
      ],
    ]);
  });
});
