import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  dummyAwsProvider,
  findAwsMirror,
  plannedCreates,
  TerraformError,
  TerraformWorkdir,
} from "../../support/terraform";

describe("TerraformWorkdir (real terraform, AWS provider from the filesystem mirror)", () => {
  const workdirs: TerraformWorkdir[] = [];
  afterAll(() => workdirs.forEach((w) => w.remove()));

  function alarmConfig(threshold: number): Record<string, unknown> {
    return {
      terraform: { required_providers: { aws: { source: "hashicorp/aws", version: "~> 5.0" } } },
      provider: { aws: [dummyAwsProvider("eu-west-1")] },
      resource: {
        aws_cloudwatch_metric_alarm: {
          cpu: {
            alarm_name: "harness-cpu-critical",
            comparison_operator: "GreaterThanThreshold",
            evaluation_periods: 3,
            datapoints_to_alarm: 2,
            metric_name: "CPUUtilization",
            namespace: "AWS/EC2",
            period: 300,
            statistic: "Average",
            threshold,
            dimensions: { InstanceId: "i-0123456789abcdef0" },
          },
        },
      },
    };
  }

  it("finds a mirror that holds hashicorp/aws", () => {
    // GIVEN / WHEN
    const mirror = findAwsMirror();
    // THEN: init below installs from it; here only its shape
    expect(mirror).not.toMatch(/registry\.terraform\.io$/);
  });

  it("inits offline, validates and plans an alarm with the dummy-credential provider", async () => {
    // GIVEN
    const tf = new TerraformWorkdir();
    workdirs.push(tf);
    tf.writeJson(alarmConfig(90));
    const cliConfig = readFileSync(tf.cliConfigFile, "utf8");
    expect(cliConfig).toContain("filesystem_mirror");
    expect(tf.env.TF_CLI_CONFIG_FILE).toBe(tf.cliConfigFile);

    // WHEN
    const init = await tf.init();
    await tf.validate();
    await tf.plan({ out: "plan.bin", refresh: false });
    const plan = await tf.showJson("plan.bin");

    // THEN
    expect(init.stdout).toContain("hashicorp/aws v5.");
    expect(Object.fromEntries(plannedCreates(plan))).toEqual({ aws_cloudwatch_metric_alarm: 1 });
    const after = plan.resource_changes?.[0]?.change.after;
    expect(after).toMatchObject({
      alarm_name: "harness-cpu-critical",
      threshold: 90,
      datapoints_to_alarm: 2,
    });
  });

  it("throws with terraform's diagnostics when the configuration is invalid", async () => {
    // GIVEN an alarm with an operator the provider does not know
    const tf = new TerraformWorkdir();
    workdirs.push(tf);
    const config = alarmConfig(90) as {
      resource: { aws_cloudwatch_metric_alarm: { cpu: Record<string, unknown> } };
    };
    config.resource.aws_cloudwatch_metric_alarm.cpu.comparison_operator = "Bigger";
    tf.writeJson(config);
    await tf.init();

    // WHEN / THEN
    const error = await tf.validate().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TerraformError);
    expect((error as TerraformError).message).toContain("comparison_operator");
  });

  it("copies a synthesized stack directory and writes extra mirrors into the CLI config", () => {
    // GIVEN
    const source = new TerraformWorkdir();
    workdirs.push(source);
    source.writeJson(alarmConfig(75), "cdk.tf.json");
    const tf = new TerraformWorkdir({
      extraMirrors: [
        { path: "/nonexistent-mirror", include: ["registry.terraform.io/example/zabbix"] },
      ],
    });
    workdirs.push(tf);

    // WHEN
    tf.copyFrom(source.dir);

    // THEN
    expect(JSON.parse(readFileSync(join(tf.dir, "cdk.tf.json"), "utf8"))).toEqual(alarmConfig(75));
    expect(readFileSync(tf.cliConfigFile, "utf8")).toContain(
      'include = ["registry.terraform.io/example/zabbix"]',
    );
  });
});
