import type { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { TerraformStack, type TerraformProvider } from "cdktf";
import type { Construct } from "constructs";
import { awsBindings } from "./provider-bindings";

/** Settings of the default provider that name a region, or this provider: not copied. */
const NOT_COPIED = new Set(["alias", "region", "endpoints", "sts_region"]);

/** The us-east-1 provider made in each stack: one per stack, as Terraform allows one per alias. */
const madeFor = new WeakMap<TerraformStack, TerraformProvider>();

/**
 * The provider the facade creates for us-east-1 metrics when the user passes none: alias
 * `us-east-1`, region `us-east-1`, and the other settings of the stack's default AWS provider
 * (credentials, profile, assumed role, skip flags, default tags...), so both act for the same
 * account; without a default provider, credentials as the provider finds them by default. Made
 * once per stack, for every facade and shared notifications in it.
 */
export function usEast1ProviderFor(scope: Construct): TerraformProvider {
  const stack = TerraformStack.of(scope);
  const made = madeFor.get(stack);
  if (made) return made;
  const provider = new awsBindings.AwsProvider(scope, "aws-us-east-1", {
    alias: "us-east-1",
    region: "us-east-1",
  });
  const defaults = defaultAwsProvider(scope);
  if (defaults) {
    for (const [key, value] of Object.entries(attributesOf(defaults))) {
      if (!NOT_COPIED.has(key) && value !== undefined) provider.addOverride(key, value);
    }
  }
  madeFor.set(stack, provider);
  return provider;
}

function defaultAwsProvider(scope: Construct): AwsProvider | undefined {
  return TerraformStack.of(scope)
    .node.findAll()
    .find((c): c is AwsProvider => c instanceof awsBindings.AwsProvider && c.alias === undefined);
}

/** The provider's arguments as they are synthesized (snake_case keys). */
function attributesOf(provider: AwsProvider): Record<string, unknown> {
  return (
    provider as unknown as { synthesizeAttributes(): Record<string, unknown> }
  ).synthesizeAttributes();
}
