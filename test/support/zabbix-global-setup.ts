/**
 * vitest global setup of the `e2e` project: one PostgreSQL cluster with the Zabbix schema loaded,
 * shared by every {@link startZabbix} call of the run (each gets its own database).
 * Starts nothing when Zabbix is not installed: `startZabbix` then fails with the install hint.
 */
import type { TestProject } from "vitest/node";
import { SHARED_CLUSTER_KEY } from "./zabbix";
import { destroyZabbixCluster, startZabbixCluster, type PostgresCluster } from "./zabbix-postgres";

let cluster: PostgresCluster | undefined;

export async function setup(project: TestProject): Promise<void> {
  try {
    cluster = await startZabbixCluster();
  } catch (error) {
    // Tests that need Zabbix fail with this reason; the others still run.
    console.error(`Zabbix PostgreSQL cluster not started: ${(error as Error).message}`);
    return;
  }
  project.provide(SHARED_CLUSTER_KEY, cluster);
}

export async function teardown(): Promise<void> {
  if (cluster) await destroyZabbixCluster(cluster);
  cluster = undefined;
}
