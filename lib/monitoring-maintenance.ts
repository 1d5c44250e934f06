/**
 * `Monitoring.maintenance()`: one maintenance window for service groups, in the backend and in
 * each cloud that can silence alarms on a schedule.
 */
import { Annotations } from "cdktf";
import { z } from "zod";
import { maintenanceOptionsShape, type MaintenanceOptions } from "./backend/maintenance-window";
import { groupNameSchema } from "./backend/private/schemas";
import { parseProps } from "./backend/private/validate-props";
import type {
  AlarmCloud,
  AlarmFacade,
  AlarmRenderer,
  CreatedAlarm,
  SuppressionRequest,
} from "./core/alarm-cloud";
import type { NormalizedSchedule } from "./core/maintenance-schedule";

/** A maintenance window of service groups (`Monitoring.maintenance()`). */
export interface GroupMaintenanceOptions extends MaintenanceOptions {
  /** Service groups in maintenance: their backend targets and their cloud alarms. */
  readonly groups: readonly string[];
}

/** A validated window, waiting for the alarms of its groups (discovery runs at synth). */
export interface PlannedMaintenance extends SuppressionRequest {
  readonly groups: readonly string[];
  readonly collectData?: boolean;
}

const schema = z
  .object({
    ...maintenanceOptionsShape,
    groups: z
      .array(groupNameSchema, { error: "required: a list of service group names" })
      .min(1, "at least one service group"),
  })
  .strict();

/** Validates `options`, naming the facade's path and the option on failure. */
export function planMaintenance(
  facade: AlarmFacade,
  id: string,
  options: GroupMaintenanceOptions,
): PlannedMaintenance {
  const call = `maintenance("${id}")`;
  const parsed = parseProps(facade, call, schema, options);
  return {
    id,
    name: parsed.name ?? `${facade.prefix}-${id}`,
    description: parsed.description,
    schedule: parsed.schedule as NormalizedSchedule,
    groups: [...new Set(parsed.groups)],
    collectData: parsed.collectData,
    call,
  };
}

/**
 * Hands each cloud the window's alarms (those of its groups); a cloud without scheduled
 * suppression gets a synth warning saying its alarms keep notifying.
 */
export function suppressDuringMaintenance(
  facade: AlarmFacade,
  planned: PlannedMaintenance,
  renderings: ReadonlyMap<
    AlarmCloud,
    { readonly renderer: AlarmRenderer; readonly alarms: readonly CreatedAlarm[] }
  >,
): void {
  for (const [cloud, { renderer, alarms }] of renderings) {
    const inWindow = alarms.filter((a) => planned.groups.includes(a.spec.group));
    if (inWindow.length === 0) continue;
    if (renderer.suppress) {
      renderer.suppress(planned, inWindow);
      continue;
    }
    Annotations.of(facade).addWarning(
      `${planned.call}: ${cloud.title} has no scheduled alarm suppression, so the ${inWindow.length} ${cloud.title} alarm(s) of ${planned.groups.join(", ")} keep notifying during the window; only the backend and clouds with suppression rules are silenced (README: "Maintenance windows").`,
    );
  }
}
