/**
 * The project templates as a user meets them: `cdktf-monitoring init` from the installed tarball
 * creates each project offline; the project, with the tarball and its own dependencies installed,
 * type-checks, passes its own tests and synthesizes with the real cdktf-cli; the AWS project also
 * plans with the mirrored AWS provider.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installInto, packFreshCopy, REPOSITORY } from "../../support/packed-package";
import { planOffline } from "../../support/offline-aws-plan";
import { findTerraform } from "../../support/terraform";

const work = mkdtempSync(join(tmpdir(), "cdktf-monitoring-templates-"));
const tool = join(work, "tool");
let tarball = "";
const version = (
  JSON.parse(readFileSync(join(REPOSITORY, "package.json"), "utf8")) as {
    version: string;
  }
).version;

beforeAll(() => {
  ({ tarball } = packFreshCopy(work));
  installInto(tool, tarball, []);
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Manifest {
  readonly name: string;
  readonly dependencies: Record<string, string>;
  readonly devDependencies: Record<string, string>;
}

/** The environment of a user's shell in `project`: its executables first, no parent vitest. */
function userEnv(project: string): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !key.startsWith("VITEST") && key !== "FORCE_COLOR",
    ),
  );
  return {
    ...env,
    HOME: join(project, ".home"),
    CHECKPOINT_DISABLE: "1",
    NO_COLOR: "1",
    CI: "1",
    PATH: [join(project, "node_modules", ".bin"), dirname(findTerraform()), process.env.PATH].join(
      delimiter,
    ),
  };
}

function run(project: string, command: string, ...args: string[]) {
  const result = spawnSync(command, args, {
    cwd: project,
    encoding: "utf8",
    env: userEnv(project),
    timeout: 300_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** `^X.Y.Z` accepts `version` (same major, not older). */
function caretAccepts(range: string, installed: string): boolean {
  const [major, minor, patch] = range.replace(/^\^/, "").split(".").map(Number);
  const [m, n, p] = installed.split(".").map(Number);
  if (m !== major) return false;
  return n! > minor! || (n === minor && p! >= patch!);
}

describe.each(["aws", "azure", "hybrid"])("the %s template", (template) => {
  const project = join(work, `${template}-shop`);
  let init: { status: number | null; output: string };
  let manifest: Manifest;

  beforeAll(() => {
    init = run(
      work,
      join(tool, "node_modules", ".bin", "cdktf-monitoring"),
      "init",
      project,
      "--template",
      template,
    );
    manifest = JSON.parse(readFileSync(join(project, "package.json"), "utf8")) as Manifest;
    const packages = [
      ...Object.keys(manifest.dependencies),
      ...Object.keys(manifest.devDependencies),
    ];
    installInto(
      project,
      tarball,
      packages.filter((name) => name !== "cdktf-monitoring"),
    );
  }, 120_000);

  it("is created by init, named after its directory, on this package's version, with the next commands", () => {
    expect(init.status, init.output).toBe(0);
    expect(init.output).toContain(`from the ${template} template (cdktf-monitoring ^${version})`);
    expect(init.output).toMatch(
      /Next:\n {2}cd .+\n {2}npm install\n {2}npm test && npx cdktf synth\n/,
    );
    expect(readdirSync(project).sort()).toEqual(
      expect.arrayContaining([
        ".gitignore",
        "README.md",
        "cdktf.json",
        "main.test.ts",
        "main.ts",
        "package.json",
        "tsconfig.json",
      ]),
    );
    const workflow = join(project, ".github", "workflows", "monitoring-review.yml");
    expect(readFileSync(workflow, "utf8")).toContain("cdktf-monitoring review");
    expect(manifest.name).toBe(`${template}-shop`);
    expect(manifest.dependencies["cdktf-monitoring"]).toBe(`^${version}`);
  });

  it("asks for versions of its dependencies that this repository tests with", () => {
    const ranges = { ...manifest.dependencies, ...manifest.devDependencies };
    const mismatched = Object.entries(ranges)
      .filter(([name]) => name !== "cdktf-monitoring")
      .map(([name, range]) => {
        const installed = (
          JSON.parse(
            readFileSync(join(REPOSITORY, "node_modules", name, "package.json"), "utf8"),
          ) as { version: string }
        ).version;
        return caretAccepts(range, installed)
          ? undefined
          : `${name}: ${range} does not accept ${installed}`;
      })
      .filter(Boolean);
    expect(mismatched).toEqual([]);
  });

  it("type-checks with its own tsconfig", () => {
    const tsc = run(project, "tsc", "-p", ".");
    expect(tsc.status, tsc.output).toBe(0);
  });

  it("passes its own tests", () => {
    const tests = run(project, "vitest", "run");
    expect(tests.status, tests.output).toBe(0);
    expect(tests.output).toMatch(/Tests\s+\d+ passed/);
  });

  it("synthesizes with cdktf-cli", () => {
    const synth = run(project, "cdktf", "synth");
    expect(synth.status, synth.output).toBe(0);
    const stacks = readdirSync(join(project, "cdktf.out", "stacks"));
    expect(stacks.length).toBeGreaterThan(0);
    for (const stack of stacks) {
      expect(existsSync(join(project, "cdktf.out", "stacks", stack, "cdk.tf.json"))).toBe(true);
    }
  });
});

// After the aws template's project has synthesized above (describe blocks run in order).
describe("the aws template's stack", () => {
  it("plans with the mirrored AWS provider", async () => {
    const stack = join(work, "aws-shop", "cdktf.out", "stacks", "shop");
    const synthesized = JSON.parse(readFileSync(join(stack, "cdk.tf.json"), "utf8")) as {
      resource: Record<string, Record<string, unknown>>;
    };
    const plan = await planOffline(stack, { prefix: "cdktf-monitoring-template-plan-" });
    const alarms = (plan.resource_changes ?? []).filter(
      (change) => change.type === "aws_cloudwatch_metric_alarm",
    );
    expect(alarms.length).toBe(
      Object.keys(synthesized.resource.aws_cloudwatch_metric_alarm ?? {}).length,
    );
    expect(alarms.length).toBeGreaterThan(20);
    expect(alarms.every((change) => change.change.actions.join() === "create")).toBe(true);
  });
});
