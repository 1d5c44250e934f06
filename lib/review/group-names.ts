import type { MonitoringResourceType } from "./monitoring-resources";
import { configAddress } from "./plan-config";
import type { PlanReferences } from "./plan-config";
import type { PlanResourceChange } from "./plan-types";
import type { PlanSide } from "./plan-values";
import { knownValue } from "./plan-values";
import { UNGROUPED } from "./review-model";

/** A plan with its stack name and the references of its configuration. */
export interface StackPlan {
  readonly stack: string;
  readonly changes: readonly PlanResourceChange[];
  readonly references: PlanReferences;
}

/**
 * Names of the `monitoring_group`s of all plans, by backend id and by address, so that targets
 * and dashboards (which hold group ids, often unknown until apply) are grouped by name.
 */
export class GroupNames {
  private readonly byId = new Map<string, string>();
  private readonly byAddress = new Map<string, string>();

  constructor(plans: readonly StackPlan[]) {
    for (const { stack, changes } of plans) {
      for (const rc of changes) {
        if (rc.type !== "monitoring_group" || rc.mode !== "managed") continue;
        for (const values of [rc.change.before, rc.change.after]) {
          if (typeof values?.name !== "string") continue;
          if (typeof values.id === "string") this.byId.set(values.id, values.name);
          this.byAddress.set(`${stack}\u0000${configAddress(rc.address)}`, values.name);
        }
      }
    }
  }

  /** The service group of a resource on one side of its change. */
  groupOf(
    plan: StackPlan,
    rc: PlanResourceChange,
    side: PlanSide,
    describer: MonitoringResourceType,
  ): string {
    if (!describer.groupedByIds) return describer.group(side);
    const ids = knownValue(side, ["groups"]);
    for (const id of Array.isArray(ids) ? ids : []) {
      const name = typeof id === "string" ? this.byId.get(id) : undefined;
      if (name) return name;
    }
    if (side.values === rc.change.after) {
      for (const ref of plan.references.of(rc.address, "groups")) {
        const name = this.byAddress.get(`${plan.stack}\u0000${ref}`);
        if (name) return name;
      }
    }
    return UNGROUPED;
  }
}
