/**
 * Which CDK this build of the package is for: its npm name, its command and the CDK's own
 * package and CLI. The CDK Terrain flavor (scripts/build-cdktn-flavor.ts) is built from the same
 * compiled code with these values replaced in this module's output, so the CLI names itself and
 * the commands it prints after the package it runs from.
 */
export interface Flavor {
  /** The npm package name of this library, e.g. `cdktf-monitoring`. */
  readonly packageName: string;
  /** The command the package installs (its `bin`). */
  readonly command: string;
  /** The CDK's npm package and the name of its CLI's command, e.g. `cdktf`. */
  readonly cdk: string;
  /** The CDK's name in prose, e.g. `CDK for Terraform`. */
  readonly cdkName: string;
}

/** This build's flavor. */
export const FLAVOR: Flavor = {
  packageName: "cdktf-monitoring",
  command: "cdktf-monitoring",
  cdk: "cdktf",
  cdkName: "CDK for Terraform",
};
