import type { DbInstance } from "@cdktf/provider-aws/lib/db-instance";
import { RDS_INSTANCE_ALARMS } from "../catalog/aws/rds";
import type { AlarmOptions, ResourceMonitoringOptions } from "../core/alarm-options";
import { memoizedPerResource } from "./private/resource-references";
import { literal } from "../core/service-definition";
import { cloudWatch } from "./cloudwatch";
import type { AwsServiceDefinition } from "./aws-service-definition";

const GIB = 1024 ** 3;

/**
 * Options of `monitorRdsInstance()`. Each alarm option takes `{ warning?, critical?, ...overrides }`
 * or `false`; defaults and their sources are in `lib/catalog/aws/rds.ts`.
 */
export interface RdsInstanceMonitoringOptions extends ResourceMonitoringOptions {
  /**
   * Average CPU utilization (%).
   *
   * @default - see the catalog entry `cpuUtilization` (RA: > 90, 5 of 5 minutes)
   */
  readonly cpuUtilization?: AlarmOptions | false;
  /**
   * Free storage (bytes, Minimum); percentages (`"10%"`) are of the allocated storage. Left out
   * with a warning when storage autoscaling is on or the allocated storage is not a literal.
   *
   * @default - warning < 20%, critical < 10% of the allocated storage, 5 of 5 minutes
   */
  readonly freeStorageSpace?: AlarmOptions | false;
  /**
   * Freeable memory (bytes).
   *
   * @default - warning < 512 MiB, critical < 256 MiB, 15 of 15 minutes
   */
  readonly freeableMemory?: AlarmOptions | false;
  /**
   * Connections; depends on max_connections, so off unless set with thresholds.
   *
   * @default - off
   */
  readonly databaseConnections?: AlarmOptions | false;
  /**
   * EBS byte balance (%) of burstable storage.
   *
   * @default - warning < 20, critical < 10
   */
  readonly ebsByteBalance?: AlarmOptions | false;
  /**
   * EBS I/O balance (%) of burstable storage.
   *
   * @default - warning < 20, critical < 10
   */
  readonly ebsIoBalance?: AlarmOptions | false;
  /**
   * p90 read latency (s).
   *
   * @default - warning > 0.02 s
   */
  readonly readLatency?: AlarmOptions | false;
  /**
   * p90 write latency (s).
   *
   * @default - warning > 0.02 s
   */
  readonly writeLatency?: AlarmOptions | false;
  /**
   * Replica lag (s); by default only on read replicas (`replicateSourceDb` set).
   *
   * @default - warning > 60 s, critical > 300 s on replicas
   */
  readonly replicaLag?: AlarmOptions | false;
  /**
   * Transaction IDs used (PostgreSQL wraparound); by default only for PostgreSQL engines.
   *
   * @default - warning > 5e8, critical > 1e9 for PostgreSQL
   */
  readonly maximumUsedTransactionIds?: AlarmOptions | false;
  /**
   * DB load (sessions) against the vCPU count; needs Performance Insights, so off unless set.
   *
   * @default - off
   */
  readonly dbLoad?: AlarmOptions | false;
}

/** The literal identifier, else one `identifier` token per instance. */
const identifierOf = memoizedPerResource(
  (db: DbInstance) => literal(db.identifierInput) ?? db.identifier,
);

/** RDS DB instances (`aws_db_instance`), dimension `DBInstanceIdentifier`. */
export const rdsInstanceService: AwsServiceDefinition<DbInstance, RdsInstanceMonitoringOptions> = {
  id: "rdsInstance",
  title: "RDS instance",
  terraformResourceType: "aws_db_instance",
  cloud: cloudWatch,
  alarms: RDS_INSTANCE_ALARMS,
  // Template "AWS RDS instance by HTTP".
  backendTarget: {
    kind: "aws_rds",
    address: (db) => db.address,
    identifiers: (db, region) => ({ "AWS.RDS.INSTANCE.ID": db.identifier, "AWS.REGION": region }),
    sharedThresholds: [{ key: "cpuUtilization", macro: "AWS.RDS.CPU.UTIL.WARN.MAX" }],
  },
  dimensions: (db) => ({ DBInstanceIdentifier: identifierOf(db) ?? db.identifier }),
  applies: (db, alarm) => {
    if (alarm.key === "replicaLag") return db.replicateSourceDbInput !== undefined;
    if (alarm.key === "maximumUsedTransactionIds") {
      const engine = literal(db.engineInput);
      return engine === undefined ? db.engineInput !== undefined : engine.includes("postgres");
    }
    return true;
  },
  inputs: {
    allocatedStorageBytes: {
      describe:
        "the instance's allocated storage (a percentage is meaningless with storage autoscaling)",
      howToSet: "set `allocatedStorage` to a literal number and leave `maxAllocatedStorage` unset",
      resolve: (db) => {
        const max = literal(db.maxAllocatedStorageInput);
        if (db.maxAllocatedStorageInput !== undefined && (max === undefined || max > 0))
          return undefined;
        const allocated = literal(db.allocatedStorageInput);
        return allocated === undefined ? undefined : allocated * GIB;
      },
    },
    maxConnections: {
      describe: "the engine's max_connections",
      howToSet: "look up max_connections for the instance class and parameter group",
      resolve: () => undefined,
    },
    vcpuCount: {
      describe: "the instance class's vCPU count",
      howToSet: "look up the vCPU count of the instance class",
      resolve: () => undefined,
    },
  },
};
