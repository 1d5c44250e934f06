import type { Construct } from "constructs";
import { z } from "zod";
import type { AgentCheck } from "./agent-check";
import { BackendTarget } from "./backend-target";
import type { MonitoringCheck } from "./generated/monitoring-check";
import { addressSchema, commonOptionsShape, portSchema } from "./private/schemas";
import { agentChecksSchema, declareAgentChecks } from "./private/agent-checks";
import { macrosOf, ordered, thresholdsSchema, type MacroTable } from "./private/threshold-macros";
import { parseProps } from "./private/validate-props";
import type { BackendTargetOptions } from "./target-options";

/** Thresholds both server templates read; each unset one keeps the template's default. */
export interface ServerThresholds {
  /**
   * CPU utilization (%) above which a problem is raised (`{$CPU.UTIL.CRIT}`).
   *
   * @default 90 (the template's)
   */
  readonly cpuUtilizationCritical?: number;
  /**
   * Memory utilization (%) above which a problem is raised (`{$MEMORY.UTIL.MAX}`).
   *
   * @default 90 (the template's)
   */
  readonly memoryUtilizationMax?: number;
  /**
   * Filesystem space used (%) for a warning (`{$VFS.FS.PUSED.MAX.WARN}`); below the critical one.
   *
   * @default 80 (the template's)
   */
  readonly filesystemUsedWarning?: number;
  /**
   * Filesystem space used (%) for a critical problem (`{$VFS.FS.PUSED.MAX.CRIT}`).
   *
   * @default 90 (the template's)
   */
  readonly filesystemUsedCritical?: number;
  /**
   * Free swap (%) below which a warning is raised (`{$SWAP.PFREE.MIN.WARN}`).
   *
   * @default 50 on Linux, 20 on Windows (the templates')
   */
  readonly swapFreeMinWarning?: number;
}

/** Thresholds of "Linux by Zabbix agent". */
export interface LinuxServerThresholds extends ServerThresholds {
  /**
   * Load average per CPU above which a warning is raised (`{$LOAD_AVG_PER_CPU.MAX.WARN}`).
   *
   * @default 1.5 (the template's)
   */
  readonly loadAveragePerCpuWarning?: number;
}

/** Thresholds of "Windows by Zabbix agent". */
export interface WindowsServerThresholds extends ServerThresholds {
  /**
   * Processor queue length above which a problem is raised (`{$CPU.QUEUE.CRIT.MAX}`).
   *
   * @default 3 (the template's)
   */
  readonly processorQueueCritical?: number;
}

/** Props of {@link LinuxServer} and {@link WindowsServer}. */
export interface ServerProps<T extends ServerThresholds> extends BackendTargetOptions {
  /** Address of the server's Zabbix agent: IPv4, IPv6 or DNS name. */
  readonly address: string;
  /**
   * Port of the Zabbix agent.
   *
   * @default 10050
   */
  readonly agentPort?: number;
  /**
   * Threshold overrides, stored as host macros that the templates' triggers read.
   *
   * @default - the templates' defaults
   */
  readonly thresholds?: T;
  /**
   * Values read from the server's agent, each with thresholds that raise a problem of their
   * severity in the backend (`monitoring_check`s).
   *
   * @default - none: only the templates' own triggers
   */
  readonly checks?: readonly AgentCheck[];
}

const PERCENT = { min: 0, max: 100, unit: "%" };

const SERVER_MACROS: MacroTable = {
  cpuUtilizationCritical: { macro: "CPU.UTIL.CRIT", ...PERCENT },
  memoryUtilizationMax: { macro: "MEMORY.UTIL.MAX", ...PERCENT },
  filesystemUsedWarning: { macro: "VFS.FS.PUSED.MAX.WARN", ...PERCENT },
  filesystemUsedCritical: { macro: "VFS.FS.PUSED.MAX.CRIT", ...PERCENT },
  swapFreeMinWarning: { macro: "SWAP.PFREE.MIN.WARN", ...PERCENT },
};

const LINUX_MACROS: MacroTable = {
  ...SERVER_MACROS,
  loadAveragePerCpuWarning: {
    macro: "LOAD_AVG_PER_CPU.MAX.WARN",
    min: 0,
    max: 1000,
    unit: "load per CPU",
  },
};

const WINDOWS_MACROS: MacroTable = {
  ...SERVER_MACROS,
  processorQueueCritical: {
    macro: "CPU.QUEUE.CRIT.MAX",
    min: 0,
    max: 10_000,
    unit: "queued threads",
  },
};

function serverSchema(table: MacroTable) {
  return z.strictObject({
    ...commonOptionsShape,
    address: addressSchema("the server's Zabbix agent"),
    agentPort: portSchema.optional(),
    thresholds: thresholdsSchema(table)
      .superRefine(ordered("filesystemUsedWarning", "filesystemUsedCritical"))
      .optional(),
    checks: agentChecksSchema.optional(),
  });
}

interface ServerVariant {
  readonly context: string;
  readonly kind: "linux_server" | "windows_server";
  readonly table: MacroTable;
  readonly schema: ReturnType<typeof serverSchema>;
}

const LINUX: ServerVariant = {
  context: "LinuxServer",
  kind: "linux_server",
  table: LINUX_MACROS,
  schema: serverSchema(LINUX_MACROS),
};

const WINDOWS: ServerVariant = {
  context: "WindowsServer",
  kind: "windows_server",
  table: WINDOWS_MACROS,
  schema: serverSchema(WINDOWS_MACROS),
};

/** A server watched by a Zabbix agent at its address. */
abstract class AgentServer extends BackendTarget {
  /** The declared checks' `monitoring_check`s, in declaration order. */
  public readonly checks: readonly MonitoringCheck[];

  protected constructor(
    scope: Construct,
    id: string,
    props: ServerProps<ServerThresholds>,
    variant: ServerVariant,
  ) {
    super(scope, id, variant.context);
    const p = parseProps(this, this.context, variant.schema, props);
    this.register(props, {
      kind: variant.kind,
      address: p.address,
      port: p.agentPort,
      macros: macrosOf(p.thresholds, variant.table),
    });
    this.checks = declareAgentChecks(
      this,
      { id: this.target.id, name: this.targetName },
      p.checks ?? [],
      props.provider,
    );
  }
}

/** A Linux server watched by a Zabbix agent ("Linux by Zabbix agent"). */
export class LinuxServer extends AgentServer {
  public constructor(scope: Construct, id: string, props: ServerProps<LinuxServerThresholds>) {
    super(scope, id, props, LINUX);
  }
}

/** A Windows server watched by a Zabbix agent ("Windows by Zabbix agent"). */
export class WindowsServer extends AgentServer {
  public constructor(scope: Construct, id: string, props: ServerProps<WindowsServerThresholds>) {
    super(scope, id, props, WINDOWS);
  }
}
