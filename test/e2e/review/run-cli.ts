import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const CLI = resolve(__dirname, "../../../lib/cli/main.ts");
/** tsx's loader by path, so that the CLI also starts from a directory outside the repository. */
const TSX = pathToFileURL(resolve(__dirname, "../../../node_modules/tsx/dist/loader.mjs")).href;

/** What a CLI run printed and how it ended. */
export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function runCli(args: readonly string[], input: string, cwd?: string): CliRun {
  const result = spawnSync(process.execPath, ["--import", TSX, CLI, ...args], {
    cwd,
    input,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `cdktf-monitoring <args>` as users do, in a child process without a terminal. */
export function cli(...args: string[]): CliRun {
  return runCli(args, "");
}

/** Like {@link cli}, with `input` on standard input. */
export function cliWithInput(input: string, ...args: string[]): CliRun {
  return runCli(args, input);
}

/** Like {@link cli}, run in `cwd` (so that relative paths print as a user typed them). */
export function cliIn(cwd: string, ...args: string[]): CliRun {
  return runCli(args, "", cwd);
}
