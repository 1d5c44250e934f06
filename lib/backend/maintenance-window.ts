import { TerraformProvider } from "cdktf";
import { Construct } from "constructs";
import { z } from "zod";
import {
  maintenanceScheduleSchema,
  type MaintenanceSchedule,
  type NormalizedSchedule,
} from "../core/maintenance-schedule";
import { MAINTENANCE_SCHEMA } from "../provider/schema";
import { rfc3339 } from "../provider/time";
import {
  MonitoringMaintenance,
  type MonitoringMaintenanceConfig,
} from "./generated/monitoring-maintenance";
import type { MonitoringTarget } from "./generated/monitoring-target";
import { groupNameSchema } from "./private/schemas";
import { parseProps } from "./private/validate-props";
import { ServiceGroups } from "./service-groups";

/** Anything that registered a `monitoring_target`: every backend target declaration. */
export interface MaintainedTarget {
  /** The `monitoring_target` the declaration registers. */
  readonly target: MonitoringTarget;
}

/** What a maintenance window does, wherever it is declared. */
export interface MaintenanceOptions {
  /** When it runs: once (`{ start, duration }`) or recurring (`{ every, startTime, duration, from, until }`). */
  readonly schedule: MaintenanceSchedule;
  /**
   * Whether the backend keeps collecting data during the window (problems raise no
   * notifications either way).
   *
   * @default true
   */
  readonly collectData?: boolean;
  /**
   * Name of the maintenance in the backend (unique, 1-128 characters).
   *
   * @default - the construct id
   */
  readonly name?: string;
  /**
   * Description shown in the backend's web interface.
   *
   * @default - none
   */
  readonly description?: string;
}

export interface MaintenanceWindowProps extends MaintenanceOptions {
  /**
   * Service groups whose targets are in maintenance.
   *
   * @default - none; at least one group or target is required
   */
  readonly groups?: readonly string[];
  /**
   * Targets in maintenance (server, database, network device, web endpoint declarations).
   *
   * @default - none; at least one group or target is required
   */
  readonly targets?: readonly MaintainedTarget[];
  /**
   * The `monitoring` provider configuration of the groups and targets.
   *
   * @default - the stack's default `monitoring` provider configuration
   */
  readonly provider?: TerraformProvider;
}

const CONTEXT = "MaintenanceWindow";
const NAME_MAX =
  MAINTENANCE_SCHEMA.block.attributes
    .find((a) => a.name === "name")
    ?.validators?.find((v) => v.kind === "length")?.max ?? 128;

/** @internal The zod shape of {@link MaintenanceOptions}, shared with `Monitoring.maintenance()`. */
export const maintenanceOptionsShape = {
  schedule: maintenanceScheduleSchema,
  collectData: z.boolean({ error: "must be true or false" }).optional(),
  name: z
    .string({ error: "must be a string" })
    .min(1, `1-${NAME_MAX} characters`)
    .max(NAME_MAX, `1-${NAME_MAX} characters`)
    .optional(),
  description: z.string({ error: "must be a string" }).optional(),
};

const windowSchema = z
  .object({
    ...maintenanceOptionsShape,
    groups: z.array(groupNameSchema).optional(),
    targets: z
      .array(
        z.custom<MaintainedTarget>(
          (t) => typeof t === "object" && t !== null && "target" in t && Construct.isConstruct(t),
          { error: "must be a backend target declaration (LinuxServer, Database, …)" },
        ),
      )
      .optional(),
    provider: z
      .custom<TerraformProvider>((v) => TerraformProvider.isTerraformProvider(v), {
        error: "must be a MonitoringProvider",
      })
      .optional(),
  })
  .strict()
  .refine((p) => (p.groups?.length ?? 0) + (p.targets?.length ?? 0) > 0, {
    path: ["groups"],
    error: "a maintenance window needs at least one service group in groups or target in targets",
  });

/** The `monitoring_maintenance` attributes of a validated schedule. */
export function maintenancePeriodConfig(
  s: NormalizedSchedule,
): Omit<MonitoringMaintenanceConfig, "name" | "groups" | "targets"> {
  const common = {
    activeSince: rfc3339(s.activeSince),
    activeTill: rfc3339(s.activeTill),
    duration: s.duration,
  };
  switch (s.type) {
    case "one_time":
      return { ...common, periodType: "one_time", start: rfc3339(s.start) };
    case "daily":
      return { ...common, periodType: "daily", every: s.interval, startTime: s.startTime };
    case "weekly":
      return {
        ...common,
        periodType: "weekly",
        every: s.interval,
        daysOfWeek: [...s.daysOfWeek],
        startTime: s.startTime,
      };
    case "monthly":
      return {
        ...common,
        periodType: "monthly",
        months: [...s.months],
        startTime: s.startTime,
        ...("dayOfMonth" in s.on
          ? { dayOfMonth: s.on.dayOfMonth }
          : { daysOfWeek: [...s.on.daysOfWeek], weekOfMonth: s.on.week }),
      };
  }
}

/**
 * A maintenance window in the backend (Zabbix: maintenance): one `monitoring_maintenance` over
 * service groups and targets; while it runs their problems raise no notifications.
 */
export class MaintenanceWindow extends Construct {
  /** The window's `monitoring_maintenance`. */
  public readonly maintenance: MonitoringMaintenance;

  /** The validated schedule (unix seconds), as the clouds' suppression rules read it. */
  public readonly schedule: NormalizedSchedule;

  constructor(scope: Construct, id: string, props: MaintenanceWindowProps) {
    super(scope, id);
    const options = parseProps(this, CONTEXT, windowSchema, props);
    this.schedule = options.schedule;
    const groups = ServiceGroups.of(this);
    const groupIds = [...new Set(options.groups ?? [])].map(
      (name) => groups.group(name, options.provider).id,
    );
    const targetIds = (options.targets ?? []).map((t) => t.target.id);
    this.maintenance = new MonitoringMaintenance(this, "Maintenance", {
      name: options.name ?? id,
      description: options.description,
      collectData: options.collectData,
      groups: groupIds.length > 0 ? groupIds : undefined,
      targets: targetIds.length > 0 ? targetIds : undefined,
      provider: options.provider,
      ...maintenancePeriodConfig(options.schedule),
    });
  }
}
