import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { FLAVOR } from "./flavor";

/** The directory of this package (`cdktf-monitoring`) the code runs from (a checkout or an install). */
export function packageRoot(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (
      existsSync(manifest) &&
      JSON.parse(readFileSync(manifest, "utf8")).name === FLAVOR.packageName
    ) {
      return dir;
    }
  }
  throw new Error(`cannot find the ${FLAVOR.packageName} package root above ${__dirname}`);
}
