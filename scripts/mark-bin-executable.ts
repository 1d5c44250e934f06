/**
 * Gives every `bin` entry of package.json its run bit after `tsc` wrote it (tsc writes files
 * with mode 0644). npm sets the bit itself when it installs the package from a tarball, but not
 * for the package's own bins in its repository, where `npx cdktf-monitoring` runs the file as it is.
 *
 *   npx tsx scripts/mark-bin-executable.ts
 */
import { chmodSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";

const root = resolve(__dirname, "..");
const manifest = JSON.parse(readFileSync(resolve(root, "package.json"), "utf8")) as {
  bin?: string | Record<string, string>;
};
const targets =
  typeof manifest.bin === "string" ? [manifest.bin] : Object.values(manifest.bin ?? {});
for (const target of targets) {
  const file = resolve(root, target);
  chmodSync(file, statSync(file).mode | 0o111);
}
