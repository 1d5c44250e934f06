import type { TerraformProvider } from "cdktf";
import type { Construct } from "constructs";

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
