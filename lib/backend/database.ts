import type { TerraformVariable } from "cdktf";
import type { Construct } from "constructs";
import { z } from "zod";
import { BackendTarget } from "./backend-target";
import {
  addressSchema,
  commonOptionsShape,
  portSchema,
  sensitiveVariableSchema,
} from "./private/schemas";
import { macrosOf, thresholdsSchema, type MacroTable } from "./private/threshold-macros";
import { parseProps } from "./private/validate-props";
import type { BackendTargetOptions } from "./target-options";

/** Props both database declarations accept. */
export interface DatabaseOptions extends BackendTargetOptions {
  /** Address of the database host's Zabbix agent (the agent queries the local server). */
  readonly address: string;
  /**
   * Port of the Zabbix agent.
   *
   * @default 10050
   */
  readonly agentPort?: number;
  /**
   * Port the database server listens on, as seen from the agent.
   *
   * @default - the template's: 5432 for PostgreSQL, 3306 for MySQL
   */
  readonly databasePort?: number;
}

/** Thresholds of "PostgreSQL by Zabbix agent 2"; each unset one keeps the template's default. */
export interface PostgresThresholds {
  /**
   * Connections in use, as % of `max_connections`, for a warning (`{$PG.CONN_TOTAL_PCT.MAX.WARN}`).
   *
   * @default 90 (the template's)
   */
  readonly connectionsPercentWarning?: number;
  /**
   * Number of slow queries for a warning (`{$PG.SLOW_QUERIES.MAX.WARN}`).
   *
   * @default 5 (the template's)
   */
  readonly slowQueriesWarning?: number;
  /**
   * Execution time (seconds) from which a query counts as slow (`{$PG.QUERY_ETIME.MAX.WARN}`).
   *
   * @default 30 (the template's)
   */
  readonly slowQuerySeconds?: number;
  /**
   * Deadlocks per second above which a warning is raised (`{$PG.DEADLOCKS.MAX.WARN}`).
   *
   * @default 0 (the template's)
   */
  readonly deadlocksWarning?: number;
}

/** Props of {@link PostgresDatabase}. */
export interface PostgresDatabaseProps extends DatabaseOptions {
  /**
   * Database the agent connects to (`{$PG.DATABASE}`).
   *
   * @default "postgres" (the template's)
   */
  readonly databaseName?: string;
  /**
   * User the agent connects as (`{$PG.USER}`).
   *
   * @default "postgres" (the template's)
   */
  readonly user?: string;
  /**
   * That user's password (`{$PG.PASSWORD}`), from a `TerraformVariable` declared with
   * `sensitive: true`.
   *
   * @default - the template's
   */
  readonly password?: TerraformVariable;
  /**
   * Threshold overrides, stored as host macros that the template's triggers read.
   *
   * @default - the template's defaults
   */
  readonly thresholds?: PostgresThresholds;
}

/** Thresholds of "MySQL by Zabbix agent"; each unset one keeps the template's default. */
export interface MysqlThresholds {
  /**
   * Failed connection attempts per second for a warning (`{$MYSQL.ABORTED_CONN.MAX.WARN}`).
   *
   * @default 3 (the template's)
   */
  readonly abortedConnectionsWarning?: number;
  /**
   * Buffer pool utilization (%) below which a warning is raised (`{$MYSQL.BUFF_UTIL.MIN.WARN}`).
   *
   * @default 50 (the template's)
   */
  readonly bufferPoolUtilizationMinWarning?: number;
  /**
   * Replication lag (seconds) above which a warning is raised (`{$MYSQL.REPL_LAG.MAX.WARN}`).
   *
   * @default 1800 (the template's 30m)
   */
  readonly replicationLagSecondsWarning?: number;
}

/** Props of {@link MysqlDatabase}. */
export interface MysqlDatabaseProps extends DatabaseOptions {
  /**
   * Threshold overrides, stored as host macros that the template's triggers read.
   *
   * @default - the template's defaults
   */
  readonly thresholds?: MysqlThresholds;
}

const COUNT = { min: 0, max: 1_000_000, unit: "count" };

const POSTGRES_MACROS: MacroTable = {
  connectionsPercentWarning: { macro: "PG.CONN_TOTAL_PCT.MAX.WARN", min: 0, max: 100, unit: "%" },
  slowQueriesWarning: { macro: "PG.SLOW_QUERIES.MAX.WARN", ...COUNT },
  slowQuerySeconds: { macro: "PG.QUERY_ETIME.MAX.WARN", min: 0, max: 86_400, unit: "seconds" },
  deadlocksWarning: { macro: "PG.DEADLOCKS.MAX.WARN", ...COUNT, unit: "per second" },
};

const MYSQL_MACROS: MacroTable = {
  abortedConnectionsWarning: { macro: "MYSQL.ABORTED_CONN.MAX.WARN", ...COUNT, unit: "per second" },
  bufferPoolUtilizationMinWarning: {
    macro: "MYSQL.BUFF_UTIL.MIN.WARN",
    min: 0,
    max: 100,
    unit: "%",
  },
  replicationLagSecondsWarning: {
    macro: "MYSQL.REPL_LAG.MAX.WARN",
    min: 0,
    max: 604_800,
    unit: "seconds",
    suffix: "s",
  },
};

const databaseShape = {
  ...commonOptionsShape,
  address: addressSchema("the database host's Zabbix agent"),
  agentPort: portSchema.optional(),
  databasePort: portSchema.optional(),
};

const POSTGRES_SCHEMA = z.strictObject({
  ...databaseShape,
  databaseName: z.string().min(1, "must not be empty").optional(),
  user: z.string().min(1, "must not be empty").optional(),
  password: sensitiveVariableSchema.optional(),
  thresholds: thresholdsSchema(POSTGRES_MACROS).optional(),
});

const MYSQL_SCHEMA = z.strictObject({
  ...databaseShape,
  thresholds: thresholdsSchema(MYSQL_MACROS).optional(),
});

/** A PostgreSQL server watched through Zabbix agent 2 ("PostgreSQL by Zabbix agent 2"). */
export class PostgresDatabase extends BackendTarget {
  public constructor(scope: Construct, id: string, props: PostgresDatabaseProps) {
    super(scope, id, "PostgresDatabase");
    const p = parseProps(this, this.context, POSTGRES_SCHEMA, props);
    const macros = macrosOf(p.thresholds, POSTGRES_MACROS);
    if (p.databasePort !== undefined) macros["PG.URI"] = `tcp://localhost:${p.databasePort}`;
    if (p.databaseName !== undefined) macros["PG.DATABASE"] = p.databaseName;
    if (p.user !== undefined) macros["PG.USER"] = p.user;
    if (p.password !== undefined) macros["PG.PASSWORD"] = p.password.stringValue;
    this.register(props, { kind: "postgres", address: p.address, port: p.agentPort, macros });
  }
}

/** A MySQL server watched through the Zabbix agent ("MySQL by Zabbix agent"). */
export class MysqlDatabase extends BackendTarget {
  public constructor(scope: Construct, id: string, props: MysqlDatabaseProps) {
    super(scope, id, "MysqlDatabase");
    const p = parseProps(this, this.context, MYSQL_SCHEMA, props);
    const macros = macrosOf(p.thresholds, MYSQL_MACROS);
    if (p.databasePort !== undefined) macros["MYSQL.PORT"] = String(p.databasePort);
    this.register(props, { kind: "mysql", address: p.address, port: p.agentPort, macros });
  }
}
