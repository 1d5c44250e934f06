import { z } from "zod";
import { thresholdNumber } from "./schemas";

/** How one typed threshold option maps to a template macro. */
export interface MacroSpec {
  /** Macro name without `{$…}`, as the Zabbix 6.0 template reads it. */
  readonly macro: string;
  readonly min: number;
  readonly max: number;
  /** Unit, for error messages. */
  readonly unit: string;
  /** Suffix appended to the number in the macro value, e.g. `s` for seconds. */
  readonly suffix?: string;
}

export type MacroTable = Readonly<Record<string, MacroSpec>>;

/** A strict zod object with one optional bounded number per typed threshold option. */
export function thresholdsSchema(table: MacroTable) {
  return z.strictObject(
    Object.fromEntries(
      Object.entries(table).map(([option, spec]) => [
        option,
        thresholdNumber(spec.min, spec.max, spec.unit).optional(),
      ]),
    ),
  );
}

/** The macros for the typed thresholds that are set (unset ones keep the template's default). */
export function macrosOf(
  thresholds: Readonly<Record<string, number | undefined>> | undefined,
  table: MacroTable,
): Record<string, string> {
  const macros: Record<string, string> = {};
  for (const [option, value] of Object.entries(thresholds ?? {})) {
    const spec = table[option];
    if (spec && value !== undefined) macros[spec.macro] = `${value}${spec.suffix ?? ""}`;
  }
  return macros;
}

/** A refinement: `low` (when set) must be below `high` (when set). */
export function ordered(low: string, high: string) {
  return (t: Readonly<Record<string, number | undefined>>, ctx: z.RefinementCtx): void => {
    const l = t[low];
    const h = t[high];
    if (l !== undefined && h !== undefined && l >= h) {
      ctx.addIssue({
        code: "custom",
        path: [low],
        message: `${l} must be below ${high} (${h})`,
      });
    }
  };
}
