/**
 * Plans a synthesized stack (`cdktf.out/stacks/<stack>`) with the real AWS provider from the
 * filesystem mirror and no AWS account: an override file gives the stack's `aws` provider
 * dummy keys and the settings that skip every call to AWS.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { TerraformWorkdir, type TerraformPlanJson } from "./terraform";

/** Options of {@link planOffline}. */
export interface OfflinePlanOptions {
  /** Prefix of the temporary working directory's name. */
  readonly prefix: string;
  /**
   * An AWS provider version to require instead of the stack's (the mirror's, when the stack's
   * bindings were built for another one).
   *
   * @default - the stack's own requirement
   */
  readonly awsVersion?: string;
}

/** `terraform init` and `plan` (no refresh) of a copy of `stack`; the plan as JSON. */
export async function planOffline(
  stack: string,
  options: OfflinePlanOptions,
): Promise<TerraformPlanJson> {
  const tf = new TerraformWorkdir({ prefix: options.prefix });
  try {
    tf.copyFrom(stack);
    writeFileSync(
      join(tf.dir, "offline_override.tf.json"),
      JSON.stringify({
        ...(options.awsVersion
          ? {
              terraform: {
                required_providers: {
                  aws: { source: "hashicorp/aws", version: options.awsVersion },
                },
              },
            }
          : {}),
        provider: {
          aws: {
            access_key: "AKIAIOSFODNN7EXAMPLE",
            secret_key: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            skip_credentials_validation: true,
            skip_requesting_account_id: true,
            skip_metadata_api_check: true,
          },
        },
      }),
    );
    await tf.init();
    await tf.plan({ out: "offline.tfplan", refresh: false });
    return await tf.showJson("offline.tfplan");
  } finally {
    tf.remove();
  }
}
