/**
 * The project templates as a user meets them: `cdktf-monitoring init` from the installed tarball
 * creates each project offline; the project, with the tarball and its own dependencies installed,
 * type-checks, passes its own tests and synthesizes with the real cdktf-cli; the AWS project also
 * plans with the mirrored AWS provider, and the hybrid project's backend stack is deployed with
 * `cdktf deploy` to a real Zabbix (the provider installed from the package), checked through the
 * Zabbix API and destroyed.
 */
import { execFile, spawnSync } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { promisify } from "node:util";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installInto, packFreshCopy, REPOSITORY } from "../../support/packed-package";
import { planOffline } from "../../support/offline-aws-plan";
import { findTerraform } from "../../support/terraform";
import { startZabbix, type ZabbixInstance } from "../../support/zabbix";
import { zipDirectory } from "../../support/zip-directory";
import { rawApi, type RawApi } from "../zabbix/fixture";

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
  return runWith({}, project, command, ...args);
}

function runWith(extraEnv: NodeJS.ProcessEnv, project: string, command: string, ...args: string[]) {
  const result = spawnSync(command, args, {
    cwd: project,
    encoding: "utf8",
    env: { ...userEnv(project), ...extraEnv },
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

// After the hybrid template's project has synthesized above.
describe("the hybrid template's backend stack", () => {
  const project = join(work, "hybrid-shop");
  let zabbix: ZabbixInstance;
  let api: RawApi;
  let env: NodeJS.ProcessEnv;

  interface HostRow {
    readonly host: string;
    readonly groups: readonly { readonly name: string }[];
    readonly parentTemplates: readonly { readonly name: string }[];
  }
  const hosts = () =>
    api.call<HostRow[]>("host.get", {
      output: ["host"],
      selectGroups: ["name"],
      selectParentTemplates: ["name"],
      tags: [{ tag: "terraform-provider-monitoring" }],
    });

  beforeAll(async () => {
    zabbix = await startZabbix();
    api = await rawApi(zabbix);
    env = {
      ZABBIX_URL: zabbix.url,
      ZABBIX_USERNAME: zabbix.username,
      ZABBIX_PASSWORD: zabbix.password,
      TF_VAR_snmp_community: "public-e2e",
      TF_VAR_stock_db_password: "stock-e2e",
    };
  }, 120_000);

  afterAll(async () => zabbix?.stop());

  it("deploys with cdktf deploy to Zabbix, with the provider from the package, and destroys", async () => {
    // The cloud stack is not applied here (no AWS account): its state gets the outputs an apply
    // would leave, where the backend stack's terraform_remote_state reads them.
    const stackDir = join(project, "cdktf.out", "stacks", "estate-backend");
    const backendJson = JSON.parse(readFileSync(join(stackDir, "cdk.tf.json"), "utf8")) as {
      data: { terraform_remote_state: Record<string, { config: { path: string } }> };
    };
    const remote = Object.values(backendJson.data.terraform_remote_state);
    expect(remote).toHaveLength(1);
    const cloudJson = JSON.parse(
      readFileSync(join(project, "cdktf.out", "stacks", "estate-cloud", "cdk.tf.json"), "utf8"),
    ) as { output: Record<string, { value: string }> };
    const outputs = Object.fromEntries(
      Object.keys(cloudJson.output).map((name, i) => [
        name,
        {
          value: /private_ip|address/.test(name) ? `192.0.2.${150 + i}` : `i-0e2e${i}`,
          type: "string",
        },
      ]),
    );
    writeFileSync(
      resolve(stackDir, remote[0]!.config.path),
      JSON.stringify({
        version: 4,
        terraform_version: "1.11.4",
        serial: 1,
        lineage: "e2e",
        outputs,
        resources: [],
      }),
    );

    const install = run(project, "cdktf-monitoring", "provider", "install");
    expect(install.status, install.output).toBe(0);

    const deployArgs = [
      "--auto-approve",
      "--skip-provider-lock",
      "--ignore-missing-stack-dependencies",
    ];
    const deploy = runWith(env, project, "cdktf", "deploy", "estate-backend", ...deployArgs);
    expect(deploy.status, deploy.output).toBe(0);
    const registered = await hosts();
    const byName = Object.fromEntries(registered.map((h) => [h.host, h]));
    expect(Object.keys(byName).sort()).toEqual(
      [
        "shop-home",
        "shop-orders",
        "shop-web-1",
        "shop-web-2",
        "wh-app-01",
        "wh-app-02",
        "wh-core-sw",
        "wh-stock-db",
      ].sort(),
    );
    expect(byName["wh-app-01"]!.groups.map((g) => g.name)).toEqual(["warehouse"]);
    expect(byName["shop-web-1"]!.groups.map((g) => g.name)).toEqual(["storefront"]);
    expect(byName["shop-web-1"]!.parentTemplates.map((t) => t.name)).toEqual(["AWS EC2 by HTTP"]);

    const destroy = runWith(
      env,
      project,
      "cdktf",
      "destroy",
      "estate-backend",
      "--auto-approve",
      "--ignore-missing-stack-dependencies",
    );
    expect(destroy.status, destroy.output).toBe(0);
    expect(await hosts()).toEqual([]);
  }, 600_000);
});

// After the aws template's project has been created by init above.
describe("the aws template, zipped as a repository download, with cdktf init --template <url>", () => {
  it("becomes the same project as with cdktf-monitoring init", async () => {
    const shipped = join(tool, "node_modules", "cdktf-monitoring", "templates", "aws");
    expect(existsSync(join(shipped, ".hooks.sscaff.js")), "the package ships the hook").toBe(true);
    const zip = zipDirectory(shipped, "aws-template-main");
    const server = createServer((request, response) => {
      if (request.url !== "/aws.zip") return void response.writeHead(404).end();
      response.writeHead(200, { "content-type": "application/zip" }).end(zip);
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/aws.zip`;
    const project = join(work, "zip-shop");
    const fromInit = join(work, "aws-shop");
    try {
      mkdirSync(project);
      const args = ["init", "--template", url, "--local", "--project-name", "Zip Shop"];
      args.push("--project-description", "A shop", "--enable-crash-reporting=false");
      await promisify(execFile)(join(fromInit, "node_modules", ".bin", "cdktf"), args, {
        cwd: project,
        env: userEnv(project),
        timeout: 120_000,
      });
    } finally {
      server.close();
    }
    const files = (dir: string) =>
      readdirSync(dir, { recursive: true, encoding: "utf8" })
        .filter((f) => !f.startsWith("node_modules") && !f.startsWith(".home"))
        .filter((f) => !f.startsWith("cdktf.out") && !f.startsWith(".gen"))
        .sort();
    const created = files(project);
    expect(created).toEqual(expect.arrayContaining([".gitignore", "main.ts", "cdktf.json"]));
    expect(created).not.toContain("gitignore");
    expect(created).not.toContain(".hooks.sscaff.js");
    for (const file of ["main.ts", "main.test.ts", "tsconfig.json", ".gitignore", "README.md"]) {
      expect(readFileSync(join(project, file), "utf8"), file).toBe(
        readFileSync(join(fromInit, file), "utf8"),
      );
    }
    const workflow = join(".github", "workflows", "monitoring-review.yml");
    expect(readFileSync(join(project, workflow), "utf8")).toBe(
      readFileSync(join(fromInit, workflow), "utf8"),
    );
    const manifest = JSON.parse(readFileSync(join(project, "package.json"), "utf8")) as Manifest;
    expect(manifest.name).toBe("zip-shop");
    expect(manifest.dependencies["cdktf-monitoring"]).toBe(`^${version}`);
    const cdktfJson = JSON.parse(readFileSync(join(project, "cdktf.json"), "utf8")) as {
      projectId: string;
      app: string;
    };
    expect(cdktfJson.app).toBe("npx tsx main.ts");
    expect(cdktfJson.projectId).not.toBe("cdktf-monitoring-aws-template");
  }, 180_000);
});
