import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { initProject, packageNameOf, templateNames } from "../../../lib/cli/init-command";

const work = mkdtempSync(join(tmpdir(), "cdktf-monitoring-init-"));
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe("cdktf-monitoring init", () => {
  it("offers the templates the package ships", () => {
    expect(templateNames()).toEqual(["aws", "azure", "hybrid"]);
  });

  it("rejects an unknown template, listing the allowed ones", () => {
    expect(() => initProject(join(work, "app"), "gcp")).toThrow(
      'unknown template "gcp"; allowed: aws, azure, hybrid',
    );
  });

  it("refuses a directory that is not empty unless forced, and keeps its other files", () => {
    const dir = join(work, "existing");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "notes.txt"), "mine");
    expect(() => initProject(dir, "aws")).toThrow(/existing is not empty \(1 entry\).*--force/);
    initProject(dir, "aws", { force: true });
    expect(readFileSync(join(dir, "notes.txt"), "utf8")).toBe("mine");
    expect(readFileSync(join(dir, ".gitignore"), "utf8")).toContain("cdktf.out/");
  });

  it.each([
    ["/tmp/My Shop", "my-shop"],
    ["/tmp/.hidden", "hidden"],
    ["/tmp/___", "fallback"],
  ])("names the project after %s: %s", (dir, name) => {
    expect(packageNameOf(dir, "fallback")).toBe(name);
  });
});
