import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { importGraph } from "../../support/import-graph";

const LIB = resolve(__dirname, "..", "..", "..", "lib");
const CLOUD_FOLDERS = ["aws/", "azure/"];
const CLOUD_PACKAGES = ["@cdktf/provider-aws", "@cdktf/provider-azurerm", "@cdktn/provider-"];

describe("lib/core and lib/backend", () => {
  it("imports no cloud's folder and no cloud provider package, not even for types", () => {
    const offending: string[] = [];
    for (const [file, imports] of importGraph(LIB)) {
      if (!file.startsWith("core/") && !file.startsWith("backend/")) continue;
      for (const target of imports.files) {
        if (CLOUD_FOLDERS.some((folder) => target.startsWith(folder)))
          offending.push(`${file} → lib/${target}`);
      }
      for (const name of imports.packages) {
        if (CLOUD_PACKAGES.some((prefix) => name.startsWith(prefix)))
          offending.push(`${file} → ${name}`);
      }
    }
    expect(offending).toEqual([]);
  });
});
