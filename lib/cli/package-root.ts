import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** The directory of the `cdktf-monitoring` package this code runs from (a checkout or an install). */
export function packageRoot(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (
      existsSync(manifest) &&
      JSON.parse(readFileSync(manifest, "utf8")).name === "cdktf-monitoring"
    ) {
      return dir;
    }
  }
  throw new Error("cannot find the cdktf-monitoring package root above " + __dirname);
}
