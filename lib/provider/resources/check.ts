/** `monitoring_check`: a value from a target's agent with a threshold per severity. */
import type { Check, CheckSeverity, CheckSpec } from "../backend-driver";
import { errorDiagnostic, type Diagnostic } from "../diagnostics";
import type { ObjectValue } from "../protocol/dynamic-value";
import { CHECK_SCHEMA, CHECK_SEVERITIES } from "../schema";
import { crudResource } from "./crud-resource";

const known = (v: unknown): v is number => typeof v === "number";

/** At least one threshold; the warning one on the safe side of the critical one. */
function checkThresholds(value: ObjectValue): Diagnostic[] {
  const { warning, critical, operator } = value;
  if (warning === null && critical === null) {
    return [
      errorDiagnostic(
        "Missing threshold",
        "A check needs `warning`, `critical` or both: the value that raises a problem of that severity.",
        ["critical"],
      ),
    ];
  }
  if (!known(warning) || !known(critical) || typeof operator !== "string") return [];
  const below = operator === "below";
  if (below ? warning > critical : warning < critical) return [];
  return [
    errorDiagnostic(
      "Thresholds out of order",
      `With operator "${operator}", the warning threshold (${warning}) must be ${below ? "above" : "below"} the critical one (${critical}): the warning comes first.`,
      ["warning"],
    ),
  ];
}

export const checkResource = crudResource<CheckSpec, Check>({
  schema: CHECK_SCHEMA,
  noun: "check",
  api: (driver) => driver.checks,

  toSpec: (planned) => {
    const thresholds: Partial<Record<CheckSeverity, number>> = {};
    for (const severity of CHECK_SEVERITIES) {
      const v = planned[severity];
      if (known(v)) thresholds[severity] = v;
    }
    return {
      name: String(planned.name),
      target: String(planned.target),
      key: String(planned.key),
      interval: Number(planned.interval),
      operator: planned.operator === "below" ? "below" : "above",
      thresholds,
    };
  },

  toState: (check) => ({
    id: check.id,
    name: check.name,
    target: check.target,
    key: check.key,
    interval: check.interval,
    operator: check.operator,
    warning: check.thresholds.warning ?? null,
    critical: check.thresholds.critical ?? null,
  }),

  validateExtra: checkThresholds,

  async checkPlan(planned, ctx) {
    if (typeof planned.target !== "string" || (await ctx.driver.targets.read(planned.target)))
      return [];
    return [
      errorDiagnostic(
        "Unknown target",
        `No target with id "${planned.target}" exists in ${ctx.driver.name}. Use the id of a monitoring_target (e.g. monitoring_target.web.id).`,
        ["target"],
      ),
    ];
  },
});
