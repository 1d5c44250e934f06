import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

const CLI = resolve(__dirname, "../../../lib/cli/main.ts");

/** Runs `cdktf-monitoring <args>` as users do, in a child process without a terminal. */
export function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return cliWithInput("", ...args);
}

/** Like {@link cli}, with `input` on standard input. */
export function cliWithInput(
  input: string,
  ...args: string[]
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ["--import", "tsx", CLI, ...args], {
    input,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
