import { readFileSync } from "node:fs";
import { basename, dirname, extname } from "node:path";
import { parsePlan, PlanInputError } from "./plan-parser";
import type { ReviewInput } from "./review-plans";

/**
 * Reads and parses plan files (`-` reads standard input); stacks are named after the files (or
 * their directory for `plan.json`).
 */
export function readPlanFiles(files: readonly string[]): ReviewInput[] {
  const inputs = files.map((source) => {
    let text: string;
    try {
      text = readFileSync(source === "-" ? 0 : source, "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why =
        code === "ENOENT"
          ? "no such file"
          : code === "EISDIR"
            ? "is a directory"
            : (error as Error).message;
      throw new PlanInputError(
        source,
        `cannot read (${why}); expected the JSON of \`terraform show -json <planfile>\``,
      );
    }
    const name = source === "-" ? "stdin" : stackName(source);
    return { name, source, plan: parsePlan(text, source === "-" ? "(stdin)" : source) };
  });
  const seen = new Map<string, number>();
  for (const input of inputs) seen.set(input.name, (seen.get(input.name) ?? 0) + 1);
  return inputs.map((input) =>
    (seen.get(input.name) ?? 0) > 1 ? { ...input, name: input.source } : input,
  );
}

/** `stacks/api/plan.json` → `api`; `api.plan.json` → `api.plan`; `api.json` → `api`. */
export function stackName(file: string): string {
  const base = basename(file, extname(file));
  return /^(plan|tfplan)$/i.test(base) ? basename(dirname(file)) || base : base;
}
