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
  /** The library's own modules under `lib/aws`, `lib/azure` and `lib/catalog`. */
  readonly library: readonly string[];
}

/** The catalog files of services an app loaded (not the shared catalog code and sources). */
function serviceCatalogs(loaded: LoadedModules): string[] {
  return loaded.library.filter(
    (path) =>
      path.startsWith("catalog/") &&
      !/^catalog\/(alarm-default|aws\/sources|azure\/(sources|amba-alert|supported-metrics))$/.test(
        path,
      ),
  );
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
    const loaded = loadedBy("backend-only");
    expect({ aws: loaded.aws, azurerm: loaded.azurerm }).toEqual({ aws: [], azurerm: [] });
    // Nor any service definition, catalog file or cloud renderer of the library.
    expect(serviceCatalogs(loaded)).toEqual([]);
    expect(loaded.library).not.toContain("aws/cloudwatch");
    expect(loaded.library).not.toContain("azure/azure-monitor");
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
    // Of the library's services, only the one monitored: no other AWS service, nothing of Azure's.
    expect(serviceCatalogs(loaded)).toEqual(["catalog/aws/lambda"]);
    expect(loaded.library).toContain("aws/lambda-function");
    expect(loaded.library).not.toContain("aws/sqs-queue");
    expect(loaded.library).not.toContain("azure/azure-monitor");
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
    expect(serviceCatalogs(loaded)).toEqual(["catalog/azure/virtual-machines"]);
    expect(loaded.library).not.toContain("aws/cloudwatch");
  }, 30_000);
});
