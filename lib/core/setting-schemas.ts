import { z } from "zod";
import type { AcceptedValues } from "./alarm-rules";

/** A whole number >= 1, with what it counts in the message. */
export function positiveInt(what: string) {
  const error = `must be a whole number >= 1 (${what})`;
  return z.number({ error }).int({ error }).min(1, { error });
}

/**
 * A number in seconds that a cloud's rule accepts (a period, a frequency); `abort` skips the
 * refinements chained after it when it fails (the enclosing object's run either way).
 */
export function acceptedSeconds(rule: AcceptedValues<number>, abort = false) {
  return z.number({ error: `must be ${rule.allowed}` }).refine((s) => rule.accepts(s), {
    error: (i) => `${String(i.input)} is not allowed; allowed: ${rule.allowed}`,
    abort,
  });
}

/** A missing-data policy among the cloud's; anything when it has none (another rule rejects it). */
export function missingDataSchema(values: readonly string[]): z.ZodType {
  if (values.length === 0) return z.unknown();
  return z.enum(values as [string, ...string[]], {
    error: (i) => `${JSON.stringify(i.input)} is not allowed; allowed: ${values.join(", ")}`,
  });
}

/** The unsupported options present in `value`, each an issue with what to do instead. */
export function reportUnsupported(
  value: object,
  unsupported: Readonly<Record<string, string>>,
  service: string,
  ctx: z.RefinementCtx,
): void {
  for (const [key, instead] of Object.entries(unsupported)) {
    if ((value as Record<string, unknown>)[key] === undefined) continue;
    ctx.addIssue({
      code: "custom",
      path: [key],
      message: `is not allowed on ${service}; allowed: ${instead}`,
    });
  }
}
