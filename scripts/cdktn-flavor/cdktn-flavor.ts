/**
 * The CDK Terrain flavor as data: what the package is called, which cdktf package each cdktf
 * package becomes and at which versions. CDK Terrain is a rename of CDK for Terraform (same
 * API, same `cdktf.json` and `cdktf.out`), so a flavor is names and ranges, nothing else.
 */
import type { Flavor } from "../../lib/cli/flavor";

/** What one package of the cdktf world becomes in the flavor. */
export interface RenamedPackage {
  /** The flavor's package. */
  readonly name: string;
  /**
   * The range a template asks for, when templates depend on it.
   *
   * @default - the template's range is kept
   */
  readonly range?: string;
  /**
   * The range the flavor's package.json accepts, when the library has it as a peer.
   *
   * @default - `range`
   */
  readonly peerRange?: string;
}

/** A flavor of the package: its identity and its package renames. */
export interface FlavorSpec {
  readonly identity: Flavor;
  /** cdktf package → flavor package; keys are package names, not specifiers. */
  readonly packages: Readonly<Record<string, RenamedPackage>>;
  /** The templates the flavor ships (folders of `templates/`). */
  readonly templates: readonly string[];
}

/**
 * CDK Terrain 0.24. Tested with cdktn 0.24.0, cdktn-cli 0.24.0 and @cdktn/provider-aws 25.5.0
 * (the repository's devDependencies). No @cdktn/provider-aws is built for hashicorp/aws 5.x:
 * 25.x (the only line whose peer is cdktn ^0.24) is built for aws 6.6x.
 */
export const CDKTN_FLAVOR: FlavorSpec = {
  identity: {
    packageName: "cdktn-monitoring",
    command: "cdktn-monitoring",
    cdk: "cdktn",
    cdkName: "CDK Terrain",
  },
  packages: {
    cdktf: { name: "cdktn", range: "^0.24.0" },
    "cdktf-cli": { name: "cdktn-cli", range: "^0.24.0" },
    "@cdktf/provider-aws": {
      name: "@cdktn/provider-aws",
      range: "^25.5.0",
      peerRange: ">=25.0.0 <26.0.0",
    },
    // 16.1.0, the only release, declares the peer cdktn ^0.23.0, which no published cdktn
    // satisfies together with 0.24; it installs only with --legacy-peer-deps (untested here).
    "@cdktf/provider-azurerm": {
      name: "@cdktn/provider-azurerm",
      range: "^16.1.0",
      peerRange: ">=16.0.0 <17.0.0",
    },
    // cdktn 0.24 and its providers accept constructs >=10.6.0 <10.8.0.
    constructs: { name: "constructs", range: "^10.6.0" },
    "cdktf-monitoring": { name: "cdktn-monitoring" },
  },
  // azure: its provider package cannot be installed next to cdktn 0.24 (see above).
  templates: ["aws", "hybrid"],
};
