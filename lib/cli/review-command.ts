import type { Command } from "commander";
import { Option } from "commander";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readSynthesizedStacks } from "../review/coverage";
import { formatGithub } from "../review/format-github";
import { formatJson } from "../review/format-json";
import { formatSarif, type LocateFlag } from "../review/format-sarif";
import { formatMarkdown } from "../review/format-markdown";
import { formatText } from "../review/format-text";
import { readPlanFiles } from "../review/read-plan-file";
import type { RiskCode } from "../review/review-model";
import { RISK_CODES } from "../review/review-model";
import { reviewPlans } from "../review/review-plans";
import { reportCliError, UsageError } from "../review/report-error";
import { SourceLocations } from "../review/source-locations";
import { packageRoot } from "./package-root";

interface ReviewOptions {
  readonly format: "text" | "markdown" | "json" | "sarif" | "github";
  readonly failOn?: string;
  readonly synth?: string;
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
        .choices(["text", "markdown", "json", "sarif", "github"])
        .default("text"),
    )
    .option(
      "--fail-on <codes>",
      `exit ${EXIT_FLAGGED} when one of these flags fires (comma-separated, or 'any'): ${RISK_CODES.join(", ")}`,
    )
    .option(
      "--synth <cdktf.out>",
      "output directory of `cdktf synth`: sarif and github results point at the line that declared each flagged resource",
    )
    .option("--no-color", "no ANSI colours in text output (default: colours only on a terminal)")
    .option("--debug", "print stack traces of errors")
    .action((files: string[], options: ReviewOptions) => {
      try {
        const failOn = parseFailOn(options.failOn);
        const review = reviewPlans(readPlanFiles(files));
        const color = options.color && process.stdout.isTTY === true && !process.env.NO_COLOR;
        const locate = locator(options.synth);
        const output =
          options.format === "sarif"
            ? formatSarif(review, locate, ownVersion())
            : options.format === "github"
              ? formatGithub(review, locate)
              : options.format === "json"
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

/** Locations from the synthesized stacks in `dir`, paths relative to the working directory. */
function locator(dir: string | undefined): LocateFlag {
  if (!dir) return () => undefined;
  const root = packageRoot();
  const locations = new SourceLocations(readSynthesizedStacks(dir), process.cwd(), [
    join(root, "lib"),
    join(root, "dist"),
  ]);
  return (stack, address) => locations.of(stack, address);
}

function ownVersion(): string {
  return (
    JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version: string }
  ).version;
}
