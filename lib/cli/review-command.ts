import type { Command } from "commander";
import { Option } from "commander";
import { formatJson } from "../review/format-json";
import { formatMarkdown } from "../review/format-markdown";
import { formatText } from "../review/format-text";
import { readPlanFiles } from "../review/read-plan-file";
import type { RiskCode } from "../review/review-model";
import { RISK_CODES } from "../review/review-model";
import { reviewPlans } from "../review/review-plans";
import { reportCliError, UsageError } from "../review/report-error";

interface ReviewOptions {
  readonly format: "text" | "markdown" | "json";
  readonly failOn?: string;
  readonly color: boolean;
  readonly debug?: boolean;
}

/** Exit code when a flag listed in `--fail-on` fires. */
export const EXIT_FLAGGED = 2;

/** Parses `--fail-on COVERAGE_LOSS,THRESHOLD_LOOSENED` (or `any`) into codes. */
export function parseFailOn(value: string | undefined): RiskCode[] {
  if (!value) return [];
  const codes = value
    .split(",")
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);
  if (codes.includes("ANY")) return [...RISK_CODES];
  const unknown = codes.filter((c) => !(RISK_CODES as readonly string[]).includes(c));
  if (unknown.length > 0) {
    throw new UsageError(
      `--fail-on: unknown code ${unknown.join(", ")}; allowed: ${RISK_CODES.join(", ")}, any`,
    );
  }
  return codes as RiskCode[];
}

/** Registers `cdktf-monitoring review <plan.json...>`. */
export function registerReviewCommand(program: Command): void {
  program
    .command("review")
    .description(
      "Summarize what plans change for monitoring, with risk flags (input: `terraform show -json <planfile>`)",
    )
    .argument("<plan.json...>", "JSON plans, one per stack ('-' reads standard input)")
    .addOption(
      new Option("-f, --format <format>", "output format")
        .choices(["text", "markdown", "json"])
        .default("text"),
    )
    .option(
      "--fail-on <codes>",
      `exit ${EXIT_FLAGGED} when one of these flags fires (comma-separated, or 'any'): ${RISK_CODES.join(", ")}`,
    )
    .option("--no-color", "no ANSI colours in text output (default: colours only on a terminal)")
    .option("--debug", "print stack traces of errors")
    .action((files: string[], options: ReviewOptions) => {
      try {
        const failOn = parseFailOn(options.failOn);
        const review = reviewPlans(readPlanFiles(files));
        const color = options.color && process.stdout.isTTY === true && !process.env.NO_COLOR;
        const output =
          options.format === "json"
            ? formatJson(review)
            : options.format === "markdown"
              ? formatMarkdown(review)
              : formatText(review, { color });
        process.stdout.write(output);
        const fired = review.flags.filter((f) => failOn.includes(f.code));
        if (fired.length > 0) {
          process.stderr.write(
            `review: ${fired.length} flag(s) listed in --fail-on fired: ${[...new Set(fired.map((f) => f.code))].join(", ")}\n`,
          );
          process.exitCode = EXIT_FLAGGED;
        }
      } catch (error) {
        reportCliError("review", error, options.debug === true);
      }
    });
}
