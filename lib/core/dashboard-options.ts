import { z } from "zod";
import type { ConfigProblem } from "./config-error";
import { toProblems } from "./option-schema";

/**
 * How the facade lays out its dashboards: CloudWatch dashboards for AWS alarms, Azure portal
 * dashboards for Azure alerts.
 */
export interface DashboardOptions {
  /**
   * One dashboard per service group instead of one for the whole facade.
   *
   * @default false
   */
  readonly perGroup?: boolean;
  /**
   * Widgets (CloudWatch) or parts (Azure portal) per dashboard before it is split into
   * `<name>-2`, `<name>-3`, ... CloudWatch allows 500; smaller pages open faster and keep synth
   * linear.
   *
   * @default 100
   */
  readonly maxWidgets?: number;
  /**
   * Time range shown when the dashboard opens (ISO 8601 duration before now).
   *
   * @default "-PT6H"
   */
  readonly start?: string;
}

/** Widgets per dashboard unless `maxWidgets` says otherwise. */
export const DEFAULT_MAX_WIDGETS = 100;
/** The time range a dashboard opens on unless `start` says otherwise. */
export const DEFAULT_START = "-PT6H";
/** The largest `maxWidgets`: CloudWatch's limit of widgets per dashboard. */
export const MAX_WIDGETS_PER_DASHBOARD = 500;

const maxWidgetsError = (i: { input: unknown }) =>
  `${JSON.stringify(i.input)} is not allowed; allowed: a whole number 3..${MAX_WIDGETS_PER_DASHBOARD}`;

const dashboardSchema = z.strictObject({
  perGroup: z.boolean({ error: "must be true or false" }).optional(),
  maxWidgets: z
    .number({ error: maxWidgetsError })
    .int({ error: maxWidgetsError })
    .min(3, { error: maxWidgetsError })
    .max(MAX_WIDGETS_PER_DASHBOARD, { error: maxWidgetsError })
    .optional(),
  start: z
    .string({ error: "must be an ISO 8601 duration such as -PT6H" })
    .regex(/^-P(T?\d+[YMWDHS]|\d+[YMWD]T\d+[HMS])+$/, {
      error: (i) =>
        `${JSON.stringify(i.input)} is not allowed; allowed: an ISO 8601 duration before now such as -PT6H or -P7D`,
    })
    .optional(),
});

/** Problems with the facade's `dashboard` option (`false` is fine). */
export function validateDashboardOptions(options: unknown): ConfigProblem[] {
  if (options === undefined || options === false) return [];
  const result = dashboardSchema.safeParse(options);
  if (result.success) return [];
  return toProblems(
    result.error.issues,
    ["dashboard"],
    "perGroup, maxWidgets, start (or false for no dashboard)",
  );
}
