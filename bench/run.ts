/**
 * `npm run bench`: runs every `bench/*.bench.ts` in its own process (so peak RSS figures are not
 * shared) and lets each print its own table of figures and ratios against its in-run baseline.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const only = process.argv.slice(2);
const files = readdirSync(__dirname)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failed = 0;
for (const file of files) {
  process.stdout.write(`\n=== ${file} ===\n`);
  const result = spawnSync(process.execPath, ["--import", "tsx", join(__dirname, file)], {
    stdio: "inherit",
  });
  if (result.status !== 0) failed++;
}
if (files.length === 0) process.stdout.write("no benchmarks found\n");
process.exitCode = failed ? 1 : 0;
