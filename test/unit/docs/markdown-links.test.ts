/**
 * Links between the guide's pages: every relative link in README.md and docs/*.md names a file of
 * the repository, and every `#fragment` a heading of the page it points at (GitHub's anchors).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..", "..");
const PAGES = [
  join(ROOT, "README.md"),
  ...readdirSync(join(ROOT, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => join(ROOT, "docs", f)),
];

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, "")
    .replace(/ /g, "-");
}

function anchorsOf(file: string): Set<string> {
  const text = readFileSync(file, "utf8").replace(/^```[\s\S]*?^```/gm, "");
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const match of text.matchAll(/^#{1,6} (.+)$/gm)) {
    const base = anchorOf(match[1]!);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

function linksOf(file: string): string[] {
  const text = readFileSync(file, "utf8").replace(/^```[\s\S]*?^```/gm, "");
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1]!)
    .filter((target) => !/^[a-z]+:/.test(target));
}

describe.each(PAGES.map((p) => [relative(ROOT, p), p]))("links in %s", (_name, page) => {
  it("point at files that exist and headings they have", () => {
    const broken: string[] = [];
    for (const link of linksOf(page)) {
      const [path, fragment] = link.split("#") as [string, string | undefined];
      const target = path === "" ? page : join(dirname(page), path);
      if (!existsSync(target)) broken.push(`${link}: no file ${relative(ROOT, target)}`);
      else if (
        fragment !== undefined &&
        target.endsWith(".md") &&
        !anchorsOf(target).has(fragment)
      ) {
        broken.push(`${link}: no heading with anchor #${fragment}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
