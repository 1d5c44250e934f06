import { PlanInputError } from "./plan-parser";

/** A mistake in the command line itself (bad option value); reported in one line, exit 1. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/**
 * Reports an error of a subcommand: one line `cdktf-monitoring <command>: <message>` and exit
 * code 1; the stack trace only with `--debug` or for errors that are bugs rather than bad input.
 */
export function reportCliError(command: string, error: unknown, debug: boolean): void {
  const expected = error instanceof PlanInputError || error instanceof UsageError;
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`cdktf-monitoring ${command}: ${message}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  else if (!expected) process.stderr.write("(run again with --debug for the stack trace)\n");
  process.exitCode = 1;
}
