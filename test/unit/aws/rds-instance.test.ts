import { DbInstance } from "@cdktf/provider-aws/lib/db-instance";
import { describe, expect, it } from "vitest";
import { Monitoring } from "../../../lib";
import { alarmsByName, synth } from "../core/synth-helpers";

const GIB = 1024 ** 3;
const base = {
  instanceClass: "db.t3.micro",
  username: "app",
  password: "not-a-secret",
  skipFinalSnapshot: true,
};

describe("monitorRdsInstance", () => {
  it("computes free storage from the allocated storage, and accepts percentages", () => {
    const { json } = synth((stack) => {
      const db = new DbInstance(stack, "db", {
        ...base,
        identifier: "shop-db",
        engine: "postgres",
        allocatedStorage: 100,
      });
      new Monitoring(stack, "monitoring", { prefix: "shop" }).monitorRdsInstance(db, {
        freeStorageSpace: { critical: "5%" },
      });
    });
    const alarms = alarmsByName(json);
    expect(alarms["shop-db-free-storage-space-critical"]).toMatchObject({
      namespace: "AWS/RDS",
      metric_name: "FreeStorageSpace",
      statistic: "Minimum",
      comparison_operator: "LessThanThreshold",
      threshold: 5 * GIB,
      dimensions: { DBInstanceIdentifier: "shop-db" },
    });
    expect(alarms["shop-db-free-storage-space-warning"].threshold).toBe(20 * GIB);
    expect(alarms["shop-db-maximum-used-transaction-ids-critical"]).toBeDefined();
    expect(alarms["shop-db-replica-lag-warning"]).toBeUndefined();
  });

  it("leaves free storage out with a warning under storage autoscaling, and skips PostgreSQL-only alarms for MySQL", () => {
    const { json, warnings } = synth((stack) => {
      const db = new DbInstance(stack, "db", {
        ...base,
        engine: "mysql",
        allocatedStorage: 20,
        maxAllocatedStorage: 200,
      });
      new Monitoring(stack, "monitoring", { prefix: "shop" }).monitorRdsInstance(db);
    });
    const names = Object.keys(alarmsByName(json));
    expect(names.some((n) => n.includes("free-storage-space"))).toBe(false);
    expect(names.some((n) => n.includes("transaction-ids"))).toBe(false);
    expect(names).toContain("shop-db-cpu-utilization-critical");
    expect(warnings.map((w) => w.message).join("\n")).toMatch(
      /"freeStorageSpace" \(critical\) left out.*allocated storage/,
    );
  });

  it("monitors replica lag on read replicas", () => {
    const { json } = synth((stack) => {
      const db = new DbInstance(stack, "replica", { ...base, replicateSourceDb: "shop-db" });
      new Monitoring(stack, "monitoring", { prefix: "shop" }).monitorRdsInstance(db);
    });
    expect(alarmsByName(json)["shop-replica-replica-lag-critical"]).toMatchObject({
      threshold: 300,
      statistic: "Maximum",
    });
  });
});
