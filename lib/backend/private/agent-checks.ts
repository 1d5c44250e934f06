import type { TerraformProvider } from "cdktf";
import type { Construct } from "constructs";
import { z } from "zod";
import { CHECK_OPERATORS, CHECK_SCHEMA } from "../../provider/schema";
import type { AgentCheck } from "../agent-check";
import { MonitoringCheck } from "../generated/monitoring-check";
import { wholeNumber } from "./schemas";

const KEY_MAX =
  CHECK_SCHEMA.block.attributes
    .find((a) => a.name === "key")
    ?.validators?.find((v) => v.kind === "length")?.max ?? 2048;

const finite = z.number({ error: "must be a number" }).refine(Number.isFinite, "must be finite");

const checkSchema = z
  .strictObject({
    name: z.string({ error: "required: the check's name" }).regex(/^[0-9A-Za-z_. -]{1,100}$/, {
      error: "allowed: 1-100 letters, digits, spaces, '.', '_' and '-'",
    }),
    key: z
      .string({ error: "required: the agent item key, e.g. vfs.file.contents[/path]" })
      .min(1, "required: the agent item key, e.g. vfs.file.contents[/path]")
      .max(KEY_MAX, `at most ${KEY_MAX} characters`),
    intervalSeconds: wholeNumber(
      1,
      86400,
      "must be a whole number of seconds from 1 to 86400",
    ).optional(),
    operator: z.enum(CHECK_OPERATORS).optional(),
    warning: finite.optional(),
    critical: finite.optional(),
  })
  .superRefine((c, ctx) => {
    if (c.warning === undefined && c.critical === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["critical"],
        message: "set warning, critical or both",
      });
    } else if (c.warning !== undefined && c.critical !== undefined) {
      const below = c.operator === "below";
      if (below ? c.warning <= c.critical : c.warning >= c.critical) {
        ctx.addIssue({
          code: "custom",
          path: ["warning"],
          message: `${c.warning} must be ${below ? "above" : "below"} critical (${c.critical}) with operator "${c.operator ?? "above"}"`,
        });
      }
    }
  });

/** A list of checks with unique names and keys. */
export const agentChecksSchema = z.array(checkSchema).superRefine((checks, ctx) => {
  for (const field of ["name", "key"] as const) {
    const seen = new Set<string>();
    checks.forEach((c, i) => {
      if (seen.has(c[field]))
        ctx.addIssue({
          code: "custom",
          path: [i, field],
          message: `another check of this server has ${field} ${JSON.stringify(c[field])}`,
        });
      seen.add(c[field]);
    });
  }
});

/** Declares one `monitoring_check` per check, on the target `targetId` named `targetName`. */
export function declareAgentChecks(
  scope: Construct,
  target: { readonly id: string; readonly name: string },
  checks: readonly AgentCheck[],
  provider: TerraformProvider | undefined,
): MonitoringCheck[] {
  return checks.map(
    (c) =>
      new MonitoringCheck(scope, `Check-${c.name}`, {
        name: `${target.name}: ${c.name}`,
        target: target.id,
        key: c.key,
        interval: c.intervalSeconds,
        operator: c.operator,
        warning: c.warning,
        critical: c.critical,
        provider,
      }),
  );
}
