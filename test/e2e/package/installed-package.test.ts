/**
 * What a user installs is the product: a fresh copy of the repository is packed with `npm pack`
 * (which builds it), and the tarball is unpacked into an empty project as npm would install it.
 * The project gets the package's run-time dependencies and peers from the copy's node_modules
 * (no registry), and `@cdktf/provider-aws` and `@cdktf/provider-azurerm` only where a check says
 * so: they are optional peers.
 */
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROVIDER_HOST, PROVIDER_SOURCE, PROVIDER_VERSION } from "../../../lib/provider/schema";
import { importCycles, importGraph } from "../../support/import-graph";
import { installInto, packFreshCopy, REPOSITORY } from "../../support/packed-package";
import { findTerraform } from "../../support/terraform";

const ROOT = REPOSITORY;
const work = mkdtempSync(join(tmpdir(), "cdktf-monitoring-package-"));
let packedFiles: readonly string[] = [];
let tarball = "";

beforeAll(() => {
  ({ tarball, files: packedFiles } = packFreshCopy(work));
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const AWS = "@cdktf/provider-aws";
const AZURERM = "@cdktf/provider-azurerm";

/** An empty project with the tarball installed and the optional provider peers given. */
function userProject(name: string, providers: readonly string[]): string {
  const project = join(work, name);
  installInto(project, tarball, [
    "cdktf",
    "constructs",
    "typescript",
    ...providers,
    ...(providers.length > 0 ? ["@types/node"] : []),
  ]);
  return project;
}

function runNode(project: string, script: string): { status: number | null; output: string } {
  writeFileSync(join(project, "script.js"), script);
  const run = spawnSync(process.execPath, ["script.js"], { cwd: project, encoding: "utf8" });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe("the packed tarball", () => {
  it("holds the compiled library with its declarations, the bundled provider, the CLI and the templates, and no sources", () => {
    expect(packedFiles).toEqual(
      expect.arrayContaining([
        "package.json",
        "README.md",
        "CHANGELOG.md",
        "dist/lib/index.js",
        "dist/lib/index.d.ts",
        "dist/lib/aws/index.js",
        "dist/lib/aws/index.d.ts",
        "dist/lib/azure/index.js",
        "dist/lib/azure/index.d.ts",
        "dist/lib/review/index.js",
        "dist/lib/review/index.d.ts",
        "dist/lib/cli/main.js",
        ...["aws", "azure", "hybrid"].flatMap((template) =>
          [
            "cdktf.json",
            "main.ts",
            "main.test.ts",
            "package.json",
            "tsconfig.json",
            "README.md",
            "gitignore",
          ].map((file) => `templates/${template}/${file}`),
        ),
      ]),
    );
    expect(packedFiles.some((path) => path.startsWith("dist/provider/"))).toBe(true);
    const unexpected = packedFiles.filter(
      (path) =>
        !/^(dist\/(lib|provider)|templates\/(aws|azure|hybrid))\//.test(path) &&
        !["package.json", "README.md", "LICENSE", "CHANGELOG.md"].includes(path),
    );
    expect(unexpected).toEqual([]);
    // TypeScript sources only in the templates, which are projects of their own.
    expect(
      packedFiles.filter(
        (path) => /\.ts$/.test(path) && !/\.d\.ts$/.test(path) && !path.startsWith("templates/"),
      ),
    ).toEqual([]);
  });

  it("gives the installed CLI its run bit: it starts as a program", () => {
    const project = userProject("cli", []);
    const cli = join(project, "node_modules", "cdktf-monitoring", "dist", "lib", "cli", "main.js");
    expect(statSync(cli).mode & 0o111).not.toBe(0);
    const run = spawnSync(cli, ["--help"], { cwd: project, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^Usage: cdktf-monitoring/m);
    expect(run.stdout).toMatch(/review/);
    expect(run.stdout).toMatch(/provider/);
  });

  it("depends at run time only on what the installed library and CLI load", () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    // Every other check here runs with just these installed; the provider bundle inlines its own.
    // yaml: read by addOpenSlo(), loaded on first use.
    expect(Object.keys(manifest.dependencies).sort()).toEqual(["commander", "yaml", "zod"]);
  });

  it("declares no @internal member in the types it ships", () => {
    const project = userProject("declarations", []);
    const declarations = readFileSync(
      join(project, "node_modules", "cdktf-monitoring", "dist", "lib", "monitoring.d.ts"),
      "utf8",
    );
    expect(declarations).toContain("createdAlarms()");
    expect(declarations).not.toMatch(/\bsettings\b|\bisMonitored\b|@internal/);
  });

  it("installs its bundled provider, which terraform init finds and starts", () => {
    const project = userProject("provider-install", []);
    const mirror = join(project, "mirror");
    const cli = join(project, "node_modules", ".bin", "cdktf-monitoring");
    const env = {
      ...process.env,
      HOME: project,
      CHECKPOINT_DISABLE: "1",
      TF_IN_AUTOMATION: "1",
      TF_CLI_CONFIG_FILE: join(project, "terraform.tfrc"),
    };
    const install = spawnSync(cli, ["provider", "install", "--dir", mirror], {
      cwd: project,
      encoding: "utf8",
      env,
    });
    expect(install.status, install.stderr).toBe(0);
    expect(install.stdout).toContain(`version = "${PROVIDER_VERSION}"`);
    expect(install.stdout).toContain("Code cache:"); // its warm-up launch started it
    writeFileSync(
      env.TF_CLI_CONFIG_FILE,
      `provider_installation {\n  filesystem_mirror {\n    path = "${mirror}"\n  }\n}\n`,
    );
    const dir = join(project, "terraform");
    mkdirSync(dir);
    writeFileSync(
      join(dir, "main.tf.json"),
      JSON.stringify({
        terraform: {
          required_providers: {
            monitoring: { source: PROVIDER_SOURCE, version: PROVIDER_VERSION },
          },
        },
      }),
    );
    const terraform = (...args: string[]) =>
      spawnSync(findTerraform(), args, { cwd: dir, encoding: "utf8", env });
    const init = terraform("init", "-input=false", "-no-color");
    expect(init.status, init.stderr).toBe(0);
    const schema = terraform("providers", "schema", "-json");
    expect(schema.status, schema.stderr).toBe(0);
    const schemas = (
      JSON.parse(schema.stdout) as {
        provider_schemas: Record<string, { resource_schemas: Record<string, unknown> }>;
      }
    ).provider_schemas;
    expect(
      Object.keys(schemas[`${PROVIDER_HOST}/${PROVIDER_SOURCE}`]?.resource_schemas ?? {}),
    ).toContain("monitoring_target");
  });

  it("exports the root, /aws, /azure, /review and /package.json, and nothing deeper", () => {
    const project = userProject("entry-points", [AWS, AZURERM]);
    const run = runNode(
      project,
      `
      const root = require("cdktf-monitoring");
      const aws = require("cdktf-monitoring/aws");
      const azure = require("cdktf-monitoring/azure");
      const review = require("cdktf-monitoring/review");
      let deep;
      try { require("cdktf-monitoring/dist/lib/monitoring"); deep = "loaded"; } catch (e) { deep = e.code; }
      console.log(JSON.stringify({
        root: [typeof root.Monitoring, typeof root.LinuxServer, typeof root.Notify],
        aws: [typeof aws.AWS_SERVICES, typeof root.AWS_SERVICES],
        azure: [azure.linuxVirtualMachineService.terraformResourceType, azure.azureMonitor.id],
        review: [typeof review.reviewPlans, typeof review.computeCoverage, review.REVIEW_SCHEMA_VERSION],
        version: require("cdktf-monitoring/package.json").version,
        deep,
      }));
      `,
    );
    expect(run.status, run.output).toBe(0);
    expect(JSON.parse(run.output)).toEqual({
      root: ["function", "function", "function"],
      aws: ["object", "undefined"],
      azure: ["azurerm_linux_virtual_machine", "azure"],
      review: ["function", "function", 1],
      version: JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version,
      deep: "ERR_PACKAGE_PATH_NOT_EXPORTED",
    });
  });

  it("synthesizes a backend-only app without the optional @cdktf/provider-aws installed", () => {
    const project = userProject("backend-only", []);
    expect(existsSync(join(project, "node_modules", "@cdktf", "provider-aws"))).toBe(false);
    const run = runNode(
      project,
      `
      const { App, TerraformStack } = require("cdktf");
      const { LinuxServer, MonitoringProvider } = require("cdktf-monitoring");
      const app = new App({ outdir: "out" });
      const stack = new TerraformStack(app, "backend");
      new MonitoringProvider(stack, "monitoring", { zabbix: { url: "http://127.0.0.1/api_jsonrpc.php" } });
      new LinuxServer(stack, "web-01", { address: "192.0.2.10", group: "payments" });
      app.synth();
      `,
    );
    expect(run.status, run.output).toBe(0);
    const synthesized = JSON.parse(
      readFileSync(join(project, "out", "stacks", "backend", "cdk.tf.json"), "utf8"),
    ) as { resource: Record<string, Record<string, { address: string; kind: string }>> };
    expect(
      Object.values(synthesized.resource.monitoring_target ?? {}).map((t) => [t.kind, t.address]),
    ).toEqual([["linux_server", "192.0.2.10"]]);
  });

  it("synthesizes an Azure app with only the optional @cdktf/provider-azurerm installed", () => {
    const project = userProject("azure-only", [AZURERM]);
    expect(existsSync(join(project, "node_modules", "@cdktf", "provider-aws"))).toBe(false);
    const run = runNode(
      project,
      `
      const { App, TerraformStack } = require("cdktf");
      const { AzurermProvider } = require("@cdktf/provider-azurerm/lib/provider");
      const { LinuxVirtualMachine } = require("@cdktf/provider-azurerm/lib/linux-virtual-machine");
      const { Monitoring, Notify } = require("cdktf-monitoring");
      const app = new App({ outdir: "out" });
      const stack = new TerraformStack(app, "azure");
      new AzurermProvider(stack, "azurerm", { features: [{}] });
      const web = new LinuxVirtualMachine(stack, "web", {
        name: "web", resourceGroupName: "rg-shop", location: "westeurope", size: "Standard_D2s_v5",
        adminUsername: "azureuser", networkInterfaceIds: ["/subscriptions/0/nic/web"],
        osDisk: { caching: "ReadWrite", storageAccountType: "Premium_LRS" },
      });
      new Monitoring(stack, "monitoring", {
        prefix: "shop",
        notify: { warning: [Notify.email("team@example.com")] },
        azure: { resourceGroupName: "rg-monitoring" },
      }).monitorLinuxVirtualMachine(web);
      app.synth();
      `,
    );
    expect(run.status, run.output).toBe(0);
    const synthesized = JSON.parse(
      readFileSync(join(project, "out", "stacks", "azure", "cdk.tf.json"), "utf8"),
    ) as { resource: Record<string, Record<string, { name: string }>> };
    expect(
      Object.values(synthesized.resource.azurerm_monitor_action_group ?? {}).map((g) => g.name),
    ).toEqual(["shop-warning"]);
    expect(
      Object.values(synthesized.resource.azurerm_monitor_metric_alert ?? {}).map((a) => a.name),
    ).toContain("shop-web-percentage-cpu-warning");
  });

  it.each(["node", "node16", "bundler"])(
    "types every entry point for a user's tsc --strict with moduleResolution %s",
    (moduleResolution) => {
      const project = userProject(`types-${moduleResolution}`, [AWS, AZURERM]);
      mkdirSync(join(project, "src"));
      writeFileSync(
        join(project, "src", "main.ts"),
        [
          `import { App, TerraformStack } from "cdktf";`,
          `import { Monitoring, Notify, LinuxServer } from "cdktf-monitoring";`,
          `import { AWS_SERVICES, type NotifyOptions } from "cdktf-monitoring/aws";`,
          `import type { VirtualMachineMonitoringOptions } from "cdktf-monitoring/azure";`,
          `import { reviewPlans, formatText, type MonitoringReview } from "cdktf-monitoring/review";`,
          `const stack = new TerraformStack(new App(), "s");`,
          `const notify: NotifyOptions = { critical: [Notify.email("oncall@example.com")] };`,
          `new Monitoring(stack, "m", { prefix: "shop", notify });`,
          `new LinuxServer(stack, "web", { address: "192.0.2.10", group: "payments" });`,
          `const review: MonitoringReview = reviewPlans([]);`,
          `export const vmOptions: VirtualMachineMonitoringOptions = { percentageCpu: { frequency: 60 } };`,
          `export const printed: string = formatText(review) + Object.keys(AWS_SERVICES).length;`,
          "",
        ].join("\n"),
      );
      writeFileSync(
        join(project, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: {
            target: "ES2022",
            module: { node: "commonjs", node16: "node16", bundler: "esnext" }[moduleResolution],
            moduleResolution,
            strict: true,
            esModuleInterop: true,
            skipLibCheck: true,
            types: ["node"],
            noEmit: true,
          },
          include: ["src"],
        }),
      );
      const tsc = spawnSync(
        process.execPath,
        [join(project, "node_modules", "typescript", "bin", "tsc"), "-p", ".", "--pretty", "false"],
        { cwd: project, encoding: "utf8" },
      );
      expect(`${tsc.stdout}${tsc.stderr}`).toBe("");
      expect(tsc.status).toBe(0);
    },
  );

  it("has no import cycle in the compiled library it ships", () => {
    const project = userProject("cycles", []);
    const graph = importGraph(
      join(project, "node_modules", "cdktf-monitoring", "dist", "lib"),
      ".js",
    );
    expect(graph.size).toBeGreaterThan(100);
    expect(importCycles(graph)).toEqual([]);
  });

  // The scenarios of test/unit/architecture/provider-bindings-loaded.test.ts, importing the
  // installed package instead of the sources, in a project that has both provider packages.
  it("loads only the provider bindings an app uses, from the installed package", () => {
    const project = userProject("loaded-modules", [AWS, AZURERM]);
    const scenarios = join(REPOSITORY, "test", "fixtures", "loaded-modules");
    const compile = (name: string) =>
      writeFileSync(
        join(project, `${name}.js`),
        ts.transpileModule(
          readFileSync(join(scenarios, `${name}.ts`), "utf8").replace(
            /from "\.\.\/\.\.\/\.\.\/lib"/g,
            'from "cdktf-monitoring"',
          ),
          { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } },
        ).outputText,
      );
    compile("report-loaded-modules");
    const loadedBy = (scenario: string) => {
      compile(scenario);
      const run = spawnSync(process.execPath, [`${scenario}.js`, join(project, "out")], {
        cwd: project,
        encoding: "utf8",
      });
      expect(run.status, run.stderr).toBe(0);
      return JSON.parse(run.stdout) as { aws: string[]; azurerm: string[]; library: string[] };
    };
    /** Catalog files of services (each service module brings its own), loaded on first use. */
    const serviceCatalogs = (library: string[]) =>
      library.filter((path) =>
        /^catalog\/(aws|azure)\/(?!sources$|amba-alert$|supported-metrics$)/.test(path),
      );
    const backend = loadedBy("backend-only");
    expect({ aws: backend.aws, azurerm: backend.azurerm }).toEqual({ aws: [], azurerm: [] });
    expect(serviceCatalogs(backend.library)).toEqual([]);
    expect(backend.library).not.toContain("aws/cloudwatch");
    const aws = loadedBy("aws-only");
    expect(aws.azurerm).toEqual([]);
    expect(serviceCatalogs(aws.library)).toEqual(["catalog/aws/lambda"]);
    expect(aws.library).not.toContain("azure/azure-monitor");
    expect(aws.aws).toContain("lib/cloudwatch-metric-alarm/index.js");
    expect(aws.aws).not.toContain("index.js");
    const azure = loadedBy("azure-only");
    expect(azure.aws).toEqual([]);
    expect(azure.azurerm).toContain("lib/monitor-metric-alert/index.js");
    expect(azure.azurerm).not.toContain("index.js");
    expect(serviceCatalogs(azure.library)).toEqual(["catalog/azure/virtual-machines"]);
    expect(azure.library).not.toContain("aws/cloudwatch");
  });
});
