import { describe, expect, it } from "vitest";
import { CDKTN_FLAVOR } from "../../../scripts/cdktn-flavor/cdktn-flavor";
import { withIdentity } from "../../../scripts/cdktn-flavor/flavor-identity";
import { templateManifest } from "../../../scripts/cdktn-flavor/manifests";
import { rewriteModuleSpecifiers } from "../../../scripts/cdktn-flavor/module-specifiers";
import { renameProse, renameSpecifier } from "../../../scripts/cdktn-flavor/renames";

const rename = (file: string, text: string) =>
  rewriteModuleSpecifiers(file, text, (s) => renameSpecifier(s.text, CDKTN_FLAVOR));

describe("the CDK Terrain flavor's renames", () => {
  it("renames every kind of module specifier and leaves other strings alone", () => {
    const js = [
      'const cdktf_1 = require("cdktf");',
      'const alarm = () => require("@cdktf/provider-aws/lib/cloudwatch-metric-alarm");',
      'const lazy = import("@cdktf/provider-azurerm/lib/key-vault");',
      'const name = "cdktf";',
    ].join("\n");
    const result = rename("x.js", js);
    expect(result.rewritten).toBe(3);
    expect(result.text).toBe(
      [
        'const cdktf_1 = require("cdktn");',
        'const alarm = () => require("@cdktn/provider-aws/lib/cloudwatch-metric-alarm");',
        'const lazy = import("@cdktn/provider-azurerm/lib/key-vault");',
        'const name = "cdktf";',
      ].join("\n"),
    );
    const dts = [
      "import type { Lb } from '@cdktf/provider-aws/lib/lb';",
      'export { TerraformStack } from "cdktf";',
      'export declare function f(): import("cdktf").TerraformProvider;',
      'import { z } from "zod";',
    ].join("\n");
    expect(rename("x.d.ts", dts).text).toBe(
      [
        "import type { Lb } from '@cdktn/provider-aws/lib/lb';",
        'export { TerraformStack } from "cdktn";',
        'export declare function f(): import("cdktn").TerraformProvider;',
        'import { z } from "zod";',
      ].join("\n"),
    );
  });

  it("fails on a cdktf package it has no name for, naming it", () => {
    expect(() => rename("x.js", 'require("@cdktf/provider-google/lib/x")')).toThrow(
      /no cdktn package for @cdktf\/provider-google/,
    );
  });

  it("renames commands in prose but keeps cdktf.json, cdktf.out and the provider address", () => {
    expect(
      renameProse(
        "`npx cdktf synth` writes cdktf.out; see cdktf.json, @cdktf/provider-aws, cdktf-monitoring/monitoring and npmjs.com/package/cdktf-monitoring on CDK for Terraform",
        CDKTN_FLAVOR,
        "x",
      ),
    ).toBe(
      "`npx cdktn synth` writes cdktf.out; see cdktf.json, @cdktn/provider-aws, cdktf-monitoring/monitoring and npmjs.com/package/cdktn-monitoring on CDK Terrain",
    );
    expect(() => renameProse("mycdktf", CDKTN_FLAVOR, "README.md")).toThrow(/README.md/);
  });

  it("gives a template the flavor's packages at the flavor's ranges", () => {
    const manifest = templateManifest(
      {
        name: "t",
        version: "0.1.0",
        scripts: { synth: "cdktf synth", review: "cdktf-monitoring review" },
        dependencies: { cdktf: "^0.21.0", "@cdktf/provider-aws": "^20.1.0", zod: "^4.0.0" },
        devDependencies: { "cdktf-cli": "^0.21.0" },
      },
      CDKTN_FLAVOR,
      "t/package.json",
    );
    expect(manifest.dependencies).toEqual({
      "@cdktn/provider-aws": "^25.5.0",
      cdktn: "^0.24.0",
      zod: "^4.0.0",
    });
    expect(manifest.devDependencies).toEqual({ "cdktn-cli": "^0.24.0" });
    expect(manifest.scripts).toEqual({ synth: "cdktn synth", review: "cdktn-monitoring review" });
    expect(() =>
      templateManifest(
        { name: "t", version: "1.0.0", dependencies: { "@cdktf/provider-google": "^1.0.0" } },
        CDKTN_FLAVOR,
        "t/package.json",
      ),
    ).toThrow(/t\/package.json: no cdktn package for the dependency @cdktf\/provider-google/);
  });

  it("replaces the compiled FLAVOR's values and refuses a FLAVOR it does not know", () => {
    const compiled =
      'exports.FLAVOR = {\n    packageName: "cdktf-monitoring",\n    command: "cdktf-monitoring",\n    cdk: "cdktf",\n    cdkName: "CDK for Terraform",\n};\n';
    expect(withIdentity(compiled, CDKTN_FLAVOR.identity)).toBe(
      'exports.FLAVOR = {\n    packageName: "cdktn-monitoring",\n    command: "cdktn-monitoring",\n    cdk: "cdktn",\n    cdkName: "CDK Terrain",\n};\n',
    );
    expect(() =>
      withIdentity('exports.FLAVOR = { packageName: "x" };', CDKTN_FLAVOR.identity),
    ).toThrow(/FLAVOR lacks command, cdk, cdkName/);
  });
});
