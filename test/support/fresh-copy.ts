/**
 * A fresh copy of the repository, as a clone of it would be: the files git tracks or would
 * track (ignored files such as node_modules, dist and cdktf.out left out), with their modes,
 * taken from the working tree so that uncommitted changes are checked too.
 */
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";

/** Copies the repository at `root` into `target` (created); returns `target`. */
export function freshCopy(root: string, target: string): string {
  const listed = execFileSync(
    "git",
    ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
    { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  for (const file of listed.split("\0")) {
    if (!file || !existsSync(join(root, file))) continue;
    const to = join(target, file);
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(join(root, file), to);
    if (statSync(join(root, file)).mode & 0o111) execFileSync("chmod", ["+x", to]);
  }
  return target;
}

/** What a shell script printed (standard output and error, interleaved) and how it ended. */
export interface ShellRun {
  readonly exitCode: number | null;
  readonly output: string;
}

/** Runs `script` with `bash -euo pipefail` in `cwd`; resolves when it ends or after `timeoutMs`. */
export function runShell(
  script: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<ShellRun> {
  return new Promise((resolve, reject) => {
    const child = spawn("bash", ["-euo", "pipefail", "-c", `exec 2>&1\n${script}`], {
      cwd,
      env,
      stdio: ["ignore", "pipe", "inherit"],
      detached: true,
    });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    const timer = setTimeout(() => {
      if (child.pid) process.kill(-child.pid, "SIGKILL");
    }, timeoutMs);
    child.on("error", reject);
    child.on("close", (exitCode) => {
      clearTimeout(timer);
      resolve({ exitCode, output: Buffer.concat(chunks).toString("utf8") });
    });
  });
}
