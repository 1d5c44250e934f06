import type { Command } from "commander";
import { Option } from "commander";
import { computeCoverage, formatCoverageText, readSynthesizedStacks } from "../review/coverage";
import { reportCliError, UsageError } from "../review/report-error";

interface CoverageOptions {
  readonly format: "text" | "json";
  readonly min?: string;
  readonly debug?: boolean;
}

/** Registers `cdktf-monitoring coverage <cdktf.out>`. */
export function registerCoverageCommand(program: Command): void {
  program
    .command("coverage")
    .description(
      "List resources of supported types that no alarm and no target covers, by type and service group",
    )
    .argument("<cdktf.out>", "output directory of `cdktf synth`")
    .addOption(
      new Option("-f, --format <format>", "output format")
        .choices(["text", "json"])
        .default("text"),
    )
    .option("--min <percent>", "exit 2 when the covered share is below this percentage (0-100)")
    .option("--debug", "print stack traces of errors")
    .action((dir: string, options: CoverageOptions) => {
      try {
        const min = options.min === undefined ? undefined : Number(options.min);
        if (min !== undefined && (!Number.isFinite(min) || min < 0 || min > 100)) {
          throw new UsageError(
            `--min: "${options.min}" is not a percentage; allowed: a number from 0 to 100`,
          );
        }
        const report = computeCoverage(readSynthesizedStacks(dir));
        process.stdout.write(
          options.format === "json"
            ? `${JSON.stringify(report, null, 2)}\n`
            : formatCoverageText(report),
        );
        if (min !== undefined && report.percent < min) {
          process.stderr.write(`coverage: ${report.percent}% is below --min ${min}%\n`);
          process.exitCode = 2;
        }
      } catch (error) {
        reportCliError("coverage", error, options.debug === true);
      }
    });
}
