import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import type { TerraformProvider } from "cdktf";
import type { Construct } from "constructs";

/**
 * The provider the facade creates for us-east-1 metrics when the user passes none: alias
 * `us-east-1`, region `us-east-1`, credentials as the provider finds them by default.
 */
export function usEast1ProviderFor(scope: Construct): TerraformProvider {
  return new AwsProvider(scope, "aws-us-east-1", { alias: "us-east-1", region: "us-east-1" });
}
