import type { IConstruct } from "constructs";
import type { z } from "zod";
import { MonitoringConfigError, type ConfigProblem } from "../../core/config-error";

/** `a.b[0]["CPU.UTIL.CRIT"]`: identifiers dotted, other keys quoted in brackets. */
export function optionPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((p, i) => {
      if (typeof p === "number") return `[${p}]`;
      const key = String(p);
      if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)) return i === 0 ? key : `.${key}`;
      return `[${JSON.stringify(key)}]`;
    })
    .join("");
}

function problem(issue: z.core.$ZodIssue): ConfigProblem {
  const option = optionPath(issue.path);
  if (issue.code === "invalid_key" && issue.issues.length > 0) {
    return { option, message: issue.issues[0]!.message };
  }
  if (issue.code === "unrecognized_keys") {
    return {
      option: optionPath([...issue.path, ...issue.keys]),
      message: "unknown option (misspelt?)",
    };
  }
  if (issue.code === "invalid_union" && "discriminator" in issue && "options" in issue) {
    const options = (issue.options as readonly unknown[]).map((o) => JSON.stringify(o));
    return { option, message: `not allowed; allowed: ${options.join(", ")}` };
  }
  return { option, message: issue.message };
}

/**
 * Parses `props` with `schema`; on failure throws a {@link MonitoringConfigError} naming the
 * construct path, each wrong option and what is allowed.
 */
export function parseProps<S extends z.ZodType>(
  scope: IConstruct,
  context: string,
  schema: S,
  props: unknown,
): z.output<S> {
  const result = schema.safeParse(props);
  if (result.success) return result.data;
  throw new MonitoringConfigError(scope.node.path, context, result.error.issues.map(problem));
}
