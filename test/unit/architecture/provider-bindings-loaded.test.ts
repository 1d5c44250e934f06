import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const SCENARIOS = resolve(__dirname, "..", "..", "fixtures", "loaded-modules");
const TSX = pathToFileURL(resolve(__dirname, "../../../node_modules/tsx/dist/loader.mjs")).href;

interface LoadedModules {
  readonly aws: readonly string[];
  readonly azurerm: readonly string[];
}

/** Synthesizes one scenario app in a fresh node process and lists the provider modules it loaded. */
function loadedBy(scenario: string): LoadedModules {
  const outdir = mkdtempSync(join(tmpdir(), "loaded-modules-"));
  try {
    const run = spawnSync(
      process.execPath,
      ["--import", TSX, join(SCENARIOS, `${scenario}.ts`), outdir],
      { encoding: "utf8" },
    );
    if (run.status !== 0) throw new Error(`${scenario}.ts failed:\n${run.stderr}`);
    return JSON.parse(run.stdout) as LoadedModules;
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

describe("provider bindings loaded by an app", () => {
  it("an app importing the package root and declaring only backend targets loads none", () => {
    expect(loadedBy("backend-only")).toEqual({ aws: [], azurerm: [] });
  }, 30_000);

  it("an AWS-only app loads the provider-aws classes it renders and no azurerm module", () => {
    const loaded = loadedBy("aws-only");
    expect(loaded.azurerm).toEqual([]);
    expect(loaded.aws).toEqual(
      expect.arrayContaining([
        "lib/cloudwatch-metric-alarm/index.js",
        "lib/sns-topic/index.js",
        "lib/lambda-function/index.js",
      ]),
    );
    // Nothing the app does not use: no composite alarm, no us-east-1 region lookup.
    expect(loaded.aws).not.toContain("lib/cloudwatch-composite-alarm/index.js");
    expect(loaded.aws).not.toContain("lib/data-aws-region/index.js");
  }, 30_000);

  it("an Azure-only app loads the azurerm classes it renders and no provider-aws module", () => {
    const loaded = loadedBy("azure-only");
    expect(loaded.aws).toEqual([]);
    expect(loaded.azurerm).toEqual(
      expect.arrayContaining([
        "lib/monitor-metric-alert/index.js",
        "lib/monitor-action-group/index.js",
        "lib/portal-dashboard/index.js",
        "lib/linux-virtual-machine/index.js",
      ]),
    );
    expect(loaded.azurerm).not.toContain("lib/windows-virtual-machine/index.js");
  }, 30_000);
});
