import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { importCycles, importGraph } from "../../support/import-graph";

const LIB = resolve(__dirname, "..", "..", "..", "lib");

describe("import graph", () => {
  it("finds a cycle through a type-only import, and none in a chain", () => {
    const dir = mkdtempSync(join(tmpdir(), "cdktf-monitoring-cycles-"));
    try {
      mkdirSync(join(dir, "core"));
      writeFileSync(join(dir, "a.ts"), 'import { b } from "./core/b";\nexport const a = b;\n');
      writeFileSync(
        join(dir, "core", "b.ts"),
        'import type { A } from "../c";\nexport const b: A = 1;\n',
      );
      writeFileSync(join(dir, "c.ts"), 'export type { a as A } from "./a";\n');
      writeFileSync(join(dir, "d.ts"), 'import "./a";\nimport { z } from "zod";\n');
      const graph = importGraph(dir);
      expect(graph.get("d.ts")).toEqual({ files: ["a.ts"], packages: ["zod"] });
      expect(importCycles(graph)).toEqual([["a.ts", "c.ts", "core/b.ts"]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("lib", () => {
  it("has no import cycle (type-only imports included)", () => {
    expect(importCycles(importGraph(LIB))).toEqual([]);
  });
});
