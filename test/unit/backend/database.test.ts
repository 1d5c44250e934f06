import { TerraformVariable } from "cdktf";
import { describe, expect, it } from "vitest";
import { MysqlDatabase, PostgresDatabase } from "../../../lib/backend/database";
import { MonitoringProvider } from "../../../lib/backend/generated/provider";
import { at, byName, synth } from "./synth-json";

describe("PostgresDatabase and MysqlDatabase", () => {
  it("register postgres and mysql targets at the agent's address with connection macros", () => {
    // GIVEN
    const json = synth((stack) => {
      new MonitoringProvider(stack, "monitoring");
      new PostgresDatabase(stack, "pg-01", {
        address: "db1.example.internal",
        group: "payments/db",
        databasePort: 5433,
        databaseName: "orders",
        user: "zbx_monitor",
        password: new TerraformVariable(stack, "pg_password", { type: "string", sensitive: true }),
        thresholds: { connectionsPercentWarning: 80, slowQueriesWarning: 10, slowQuerySeconds: 5 },
      });
      new MysqlDatabase(stack, "my-01", {
        address: "192.0.2.30",
        agentPort: 10051,
        group: "payments/db",
        databasePort: 3307,
        thresholds: { replicationLagSecondsWarning: 600, bufferPoolUtilizationMinWarning: 40 },
      });
    });

    // THEN
    expect(byName(json, "monitoring_target", "pg-01")).toMatchObject({
      kind: "postgres",
      address: "db1.example.internal",
      thresholds: {
        "PG.URI": "tcp://localhost:5433",
        "PG.DATABASE": "orders",
        "PG.USER": "zbx_monitor",
        "PG.PASSWORD": "${var.pg_password}",
        "PG.CONN_TOTAL_PCT.MAX.WARN": "80",
        "PG.SLOW_QUERIES.MAX.WARN": "10",
        "PG.QUERY_ETIME.MAX.WARN": "5",
      },
    });
    expect(byName(json, "monitoring_target", "my-01")).toMatchObject({
      kind: "mysql",
      address: "192.0.2.30",
      port: 10051,
      thresholds: {
        "MYSQL.PORT": "3307",
        "MYSQL.REPL_LAG.MAX.WARN": "600s",
        "MYSQL.BUFF_UTIL.MIN.WARN": "40",
      },
    });
    // Both in one group, created once
    const groups = Object.values(at(json, "resource", "monitoring_group") as object);
    expect(groups).toEqual([{ name: "payments/db" }]);
  });

  it("reject out-of-range thresholds and a plain-text password", () => {
    expect(() =>
      synth((stack) => {
        new MonitoringProvider(stack, "monitoring");
        new PostgresDatabase(stack, "pg-01", {
          address: "192.0.2.31",
          group: "db",
          password: "hunter2" as never,
          thresholds: { connectionsPercentWarning: 120 },
        });
      }),
    ).toThrow(
      /test\/pg-01 in PostgresDatabase:\n[\s\S]*password: must be a TerraformVariable declared with sensitive: true[\s\S]*thresholds\.connectionsPercentWarning: must be a number from 0 to 100 \(%\)/,
    );
  });
});
