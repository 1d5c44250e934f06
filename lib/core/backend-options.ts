import { TerraformProvider } from "cdktf";
import { Construct } from "constructs";
import type { ConfigProblem } from "./config-error";

/**
 * Where the facade's backend resources go: the `monitoring_group` and `monitoring_dashboard` of
 * every service group its alarms use, and (with `registerTargets`) one `monitoring_target` per
 * monitored EC2 instance, RDS instance and S3 bucket.
 */
export interface MonitoringBackendOptions {
  /**
   * Construct whose stack holds the backend resources: another `TerraformStack` keeps backend
   * credentials out of the cloud stack (addresses then cross stacks as outputs/remote state).
   *
   * @default - the facade's stack
   */
  readonly scope?: Construct;
  /**
   * The `monitoring` provider configuration for the backend resources.
   *
   * @default - the default `monitoring` provider of the backend stack
   */
  readonly provider?: TerraformProvider;
  /**
   * Also register every monitored EC2 instance, RDS instance and S3 bucket as a backend target
   * (kinds `aws_ec2`, `aws_rds`, `aws_s3`), so the backend's cloud templates watch them too.
   *
   * @default true
   */
  readonly registerTargets?: boolean;
}

/** Options of `registerS3Bucket()`. */
export interface S3BucketTargetOptions {
  /**
   * Service group of the target.
   *
   * @default - the facade's `defaultGroup`
   */
  readonly group?: string;
  /**
   * Resource name in the target name `<prefix>-<name>`.
   *
   * @default - the bucket's construct path below its stack, kebab-cased (like alarm names)
   */
  readonly name?: string;
  /**
   * Id of the bucket's request-metrics filter (`aws_s3_bucket_metric`), for the template's
   * request metrics (`{$AWS.S3.FILTER.ID}`).
   *
   * @default - not set: the template reads only the daily storage metrics
   */
  readonly requestMetricsFilterId?: string;
}

const BACKEND_KEYS = ["scope", "provider", "registerTargets"];

/** Problems of the facade's `backend` option, with the option paths they concern. */
export function validateBackendOptions(
  backend: MonitoringBackendOptions | undefined,
): ConfigProblem[] {
  if (backend === undefined) return [];
  if (backend === null || typeof backend !== "object" || Array.isArray(backend)) {
    return [
      {
        option: "backend",
        message: "must be an object; allowed: { scope?, provider?, registerTargets? }",
      },
    ];
  }
  const problems: ConfigProblem[] = [];
  for (const key of Object.keys(backend)) {
    if (!BACKEND_KEYS.includes(key))
      problems.push({
        option: `backend.${key}`,
        message: `unknown option; allowed: ${BACKEND_KEYS.join(", ")}`,
      });
  }
  if (backend.scope !== undefined && !Construct.isConstruct(backend.scope))
    problems.push({
      option: "backend.scope",
      message: "must be a construct (e.g. a TerraformStack)",
    });
  if (backend.provider !== undefined && !TerraformProvider.isTerraformProvider(backend.provider))
    problems.push({ option: "backend.provider", message: "must be a MonitoringProvider" });
  if (backend.registerTargets !== undefined && typeof backend.registerTargets !== "boolean")
    problems.push({
      option: "backend.registerTargets",
      message: "must be a boolean; allowed: true, false",
    });
  return problems;
}
