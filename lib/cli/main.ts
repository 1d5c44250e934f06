#!/usr/bin/env node
import { Command } from "commander";
import { registerCoverageCommand } from "./coverage-command";
import { FLAVOR } from "./flavor";
import { registerInitCommand } from "./init-command";
import { registerProviderCommand } from "./provider-command";
import { registerReviewCommand } from "./review-command";

/** Builds the `cdktf-monitoring` command line; each subcommand registers itself from its own file. */
export function buildCli(): Command {
  const program = new Command(FLAVOR.command)
    .description(`Monitoring as code for hybrid clouds on ${FLAVOR.cdkName}`)
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
        `${FLAVOR.command}: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = 1;
    });
}
