import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { DocBlockError, parseDocBlocks, readDocBlocks } from "../../support/doc-blocks";
import { DOC_CONTEXTS } from "../../support/doc-contexts";
import { outputMismatch } from "../../support/doc-output";

const ROOT = resolve(__dirname, "..", "..", "..");
const DOC_FILES = [
  "README.md",
  ...readdirSync(join(ROOT, "docs"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => `docs/${name}`),
];

describe("doc block markers", () => {
  it("runs shell blocks and type-checks TypeScript blocks by default, with their line numbers", () => {
    const blocks = parseDocBlocks(
      "x.md",
      "# t\n\n```sh\nnpm ci\n```\n\n```ts\nconst a = 1;\n```\n",
    );
    expect(blocks.map((b) => [b.line, b.lang, b.check.kind, b.text])).toEqual([
      [3, "sh", "run", "npm ci\n"],
      [7, "ts", "typecheck", "const a = 1;\n"],
    ]);
  });

  it("reads the marker on the line above the fence", () => {
    const md =
      "<!-- check: skip: needs AWS credentials -->\n```sh\naws s3 ls\n```\n" +
      "<!-- check: synth app -->\n```ts\nx;\n```\n" +
      "<!-- check: compared-by test/e2e/a.test.ts#sample -->\n```text\nout\n```\n";
    expect(parseDocBlocks("x.md", md).map((b) => b.check)).toEqual([
      { kind: "skip", reason: "needs AWS credentials" },
      { kind: "synth", context: "app" },
      { kind: "compared-by", testFile: "test/e2e/a.test.ts", id: "sample" },
    ]);
  });

  it("rejects an unmarked output block, a skip without reason and an unknown check, naming the line", () => {
    expect(() => parseDocBlocks("x.md", "a\n```text\nout\n```\n")).toThrow(
      /^x\.md:2: a `text` block needs a marker/,
    );
    expect(() => parseDocBlocks("x.md", "<!-- check: skip: -->\n```sh\nls\n```\n")).toThrow(
      /x\.md:2: "check: skip:" needs a reason/,
    );
    expect(() => parseDocBlocks("x.md", "<!-- check: maybe -->\n```sh\nls\n```\n")).toThrow(
      DocBlockError,
    );
    expect(() => parseDocBlocks("x.md", "```sh\nls\n")).toThrow(/x\.md:1: code block never closed/);
  });
});

describe("output comparison", () => {
  it("masks elapsed times and points at the first differing line", () => {
    expect(outputMismatch("output", "[  0.1 s] a\nb\n", "[ 12.7 s] a\nb\n", 10)).toBeUndefined();
    expect(outputMismatch("output", "a\nb\n", "a\nc\n", 10)).toMatch(/^11: shown "b", printed "c"/);
    expect(outputMismatch("output", "a\n", "a\nb\n", 10)).toMatch(/^11: shown "\(end of block\)"/);
  });

  it("finds an excerpt's lines in order, skipping blank lines", () => {
    expect(outputMismatch("excerpt", "b\n\nd\n", "a\nb\nc\nd\n", 1)).toBeUndefined();
    expect(outputMismatch("excerpt", "d\nb\n", "a\nb\nc\nd\n", 1)).toMatch(
      /^2: "b" is not in the output after the lines matched before it/,
    );
  });
});

describe.each(DOC_FILES)("%s", (file) => {
  const blocks = readDocBlocks(join(ROOT, file));

  it("marks every block with a check that exists", () => {
    for (const block of blocks) {
      const check = block.check;
      if ((check.kind === "typecheck" || check.kind === "synth") && check.context) {
        expect(Object.keys(DOC_CONTEXTS), `${file}:${block.line}`).toContain(check.context);
      }
      if (check.kind === "compared-by") {
        const test = join(ROOT, check.testFile);
        expect(existsSync(test), `${file}:${block.line}: ${check.testFile} does not exist`).toBe(
          true,
        );
        expect(
          readFileSync(test, "utf8"),
          `${file}:${block.line}: ${check.testFile} never reads #${check.id}`,
        ).toContain(`"${check.id}"`);
      }
      if (check.kind === "output" || check.kind === "excerpt") {
        const before = blocks.filter((b) => b.line < block.line && b.check.kind === "run");
        expect(
          before.length,
          `${file}:${block.line}: no run block before this ${check.kind}`,
        ).toBeGreaterThan(0);
      }
    }
  });

  it("names only test files that exist in the vitest commands it does not run", () => {
    for (const block of blocks.filter((b) => b.check.kind === "skip")) {
      for (const command of block.text.matchAll(/npx vitest run ([^#\n]+)/g)) {
        for (const path of command[1]!.trim().split(/\s+/)) {
          expect(
            existsSync(join(ROOT, path)),
            `${file}:${block.line}: ${path} does not exist`,
          ).toBe(true);
        }
      }
    }
  });
});
