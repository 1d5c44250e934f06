#!/usr/bin/env node
import { Command } from "commander";
import { registerCoverageCommand } from "./coverage-command";
import { registerInitCommand } from "./init-command";
import { registerProviderCommand } from "./provider-command";
import { registerReviewCommand } from "./review-command";

/** Builds the `cdktf-monitoring` command line; each subcommand registers itself from its own file. */
export function buildCli(): Command {
  const program = new Command("cdktf-monitoring")
    .description("Monitoring as code for hybrid clouds on CDK for Terraform")
    .showHelpAfterError();
  // Subcommands register here, one line each: registerXxxCommand(program);
  registerReviewCommand(program);
  registerCoverageCommand(program);
  registerProviderCommand(program);
  registerInitCommand(program);
  return program;
}

if (require.main === module) {
  buildCli()
    .parseAsync(process.argv)
    .catch((error: unknown) => {
      process.stderr.write(
        `cdktf-monitoring: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = 1;
    });
}
